using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pathway.Cases.Applications;

internal static class EmployerAnnexServices
{
    /// <summary>The employer's link is anonymous: each client gets a number of requests a minute (RateLimits:PublicFormPerMinute, as the other anonymous forms, 20 by default).</summary>
    public const string Limit = "cases-employer-annex";

    public static IServiceCollection AddEmployerAnnex(this IServiceCollection services)
    {
        services.AddScoped<EmployerAnnexDesk>();
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((limiter, configuration) =>
        {
            var perMinute = int.TryParse(configuration["RateLimits:PublicFormPerMinute"], NumberStyles.None, CultureInfo.InvariantCulture, out var set) && set > 0 ? set : 20;
            limiter.AddPolicy(Limit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
