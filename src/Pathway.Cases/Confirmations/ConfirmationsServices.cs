using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pathway.Cases.Confirmations;

internal static class ConfirmationsServices
{
    /// <summary>The public check is anonymous: each client gets a number of checks a minute (RateLimits:VerifyPerMinute, 60 by default).</summary>
    public const string VerifyLimit = "cases-verify";

    public static IServiceCollection AddConfirmations(this IServiceCollection services)
    {
        services.AddScoped<ConfirmationDesk>();
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((limiter, configuration) =>
        {
            var perMinute = int.TryParse(configuration["RateLimits:VerifyPerMinute"], NumberStyles.None, CultureInfo.InvariantCulture, out var set) && set > 0 ? set : 60;
            limiter.AddPolicy(VerifyLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
