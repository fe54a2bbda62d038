using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Pathway.Platform.Authorization;

namespace Pathway.Web.Account;

internal static class AccountRecoveryServices
{
    /// <summary>The account e-mails (confirmation, password reset, registration attempt) and how long other sessions survive a reset.</summary>
    public static IServiceCollection AddAccountRecovery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(AccountMailOptions.From(configuration));
        services.AddSingleton<AccountMailQueue>();
        services.AddHostedService<AccountMailer>();
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            // A password reset changes the security stamp; sessions elsewhere notice it within this
            // time instead of Identity's default half hour.
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            // The check rebuilds the session's claims from the database; the two-factor proof of the
            // sign-in is not there, and without it staff would lose personal data at the next check.
            options.OnRefreshingPrincipal = context =>
            {
                var proof = context.CurrentPrincipal?.FindAll(PermissionPolicies.MfaClaim).ToList() ?? [];
                if (proof.Count > 0 && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == PermissionPolicies.MfaClaim))
                {
                    identity.AddClaims(proof.Select(c => new Claim(c.Type, c.Value)));
                }

                return Task.CompletedTask;
            };
        });
        return services;
    }
}
