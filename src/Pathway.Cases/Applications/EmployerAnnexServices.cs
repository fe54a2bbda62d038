using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Modules;

namespace Pathway.Cases.Applications;

internal static class EmployerAnnexServices
{
    /// <summary>The employer's link is anonymous: each client gets a number of requests a minute (RateLimits:PublicFormPerMinute, as the other anonymous forms, 20 by default).</summary>
    public const string Limit = "cases-employer-annex";

    public static IServiceCollection AddEmployerAnnex(this IServiceCollection services)
    {
        services.AddScoped<EmployerAnnexDesk>();
        services.AddPerClientLimit(Limit, "RateLimits:PublicFormPerMinute", 20);
        return services;
    }
}
