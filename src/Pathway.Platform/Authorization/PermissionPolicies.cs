using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Modules;

namespace Pathway.Platform.Authorization;

public static class PermissionPolicies
{
    public const string MfaClaim = "amr";
    public const string MfaValue = "mfa";

    /// <summary>One policy per permission in the catalog, whichever module contributed it.</summary>
    public static IServiceCollection AddPermissionPolicies(this IServiceCollection services)
    {
        services.AddSingleton<PermissionCatalog>();
        services.AddOptions<AuthorizationOptions>().Configure<PermissionCatalog>((options, catalog) =>
        {
            foreach (var permission in catalog.All)
            {
                options.AddPolicy(permission, policy => policy
                    .RequireAuthenticatedUser()
                    .RequireAssertion(context => catalog.IsGranted(context.User, permission)));
            }
        });
        return services;
    }

    public static bool HasTwoFactor(System.Security.Claims.ClaimsPrincipal user) => user.HasClaim(MfaClaim, MfaValue);
}
