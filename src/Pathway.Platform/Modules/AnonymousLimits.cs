using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pathway.Platform.Modules;

/// <summary>Rate limits of the modules' anonymous forms and checks: each client address gets a number of requests a minute.</summary>
public static class AnonymousLimits
{
    /// <summary>Adds the policy <paramref name="name"/>, allowing the number of requests a minute set in <paramref name="setting"/> (<paramref name="fallback"/> when unset).</summary>
    public static IServiceCollection AddPerClientLimit(this IServiceCollection services, string name, string setting, int fallback)
    {
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((limiter, configuration) =>
        {
            var perMinute = int.TryParse(configuration[setting], NumberStyles.None, CultureInfo.InvariantCulture, out var set) && set > 0 ? set : fallback;
            limiter.AddPolicy(name, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
