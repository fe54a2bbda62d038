using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;

namespace Pathway.Analytics.DataExchange;

/// <summary>
/// The anonymous open-data API's rate limit: each client address gets a number of calls a minute
/// (<c>RateLimits:OpenDataPerMinute</c>, 30 by default: stricter than a partner's 60, since nobody
/// answers for an anonymous caller). A refusal is a 429 problem with <c>Retry-After</c>.
/// </summary>
internal sealed class OpenDataLimit(int perMinute) : IRateLimiterPolicy<string>
{
    public const string Name = "open-data";
    public const string Setting = "RateLimits:OpenDataPerMinute";
    public const int DefaultPerMinute = 30;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        return new ValueTask(TooMany(context.HttpContext, wait).ExecuteAsync(context.HttpContext));
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    /// <summary>The 429 answer of both limits: a problem in the caller's language, with the seconds to wait in <c>Retry-After</c>.</summary>
    public static ProblemHttpResult TooMany(HttpContext http, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<AnalyticsText>>();
        return TypedResults.Problem(title: text["Too many requests: try again in {0} s.", seconds], statusCode: StatusCodes.Status429TooManyRequests);
    }
}
