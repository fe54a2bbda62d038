using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Modules;

namespace Pathway.Cases.Confirmations;

internal static class ConfirmationsServices
{
    /// <summary>The public check is anonymous: each client gets a number of checks a minute (RateLimits:VerifyPerMinute, 60 by default).</summary>
    public const string VerifyLimit = "cases-verify";

    public static IServiceCollection AddConfirmations(this IServiceCollection services)
    {
        services.AddScoped<ConfirmationDesk>();
        services.AddPerClientLimit(VerifyLimit, "RateLimits:VerifyPerMinute", 60);
        return services;
    }
}
