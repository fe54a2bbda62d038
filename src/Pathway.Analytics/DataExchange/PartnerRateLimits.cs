using System.Threading.RateLimiting;

namespace Pathway.Analytics.DataExchange;

/// <summary>
/// The calls a minute each partner may make, across all its keys: a fixed window per partner, from
/// the same limiters as ASP.NET Core's rate-limiting middleware. Taken in the endpoint rather than by
/// the middleware because the middleware picks a partition before authentication, from the request
/// alone, while the partner and its limit are known only once its key is read from the database.
/// A singleton; the limit changed by an administrator takes effect with a new window (a new partition).
/// </summary>
public sealed class PartnerRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<PartnerQuota> limiter = PartitionedRateLimiter.Create<PartnerQuota, PartnerQuota>(quota =>
        RateLimitPartition.GetFixedWindowLimiter(quota, q => new FixedWindowRateLimiterOptions
        {
            PermitLimit = q.PerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Takes one call of the partner's allowance: null when allowed, else how long to wait.</summary>
    public TimeSpan? Take(Guid partner, int perMinute)
    {
        using var lease = limiter.AttemptAcquire(new PartnerQuota(partner, perMinute));
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => limiter.Dispose();

    /// <summary>A partner with its limit: a changed limit is a new partition with a window of its own.</summary>
    public sealed record PartnerQuota(Guid Partner, int PerMinute);
}
