using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Workflow;

/// <summary>How long one application type took, from submission to decision, over the decisions of the last year.</summary>
/// <param name="Decided">Decisions counted; below <see cref="ProcessingTimes.MinimumDecisions"/> no times are published.</param>
public sealed record ProcessingTime(string ApplicationType, int Decided, int? MedianDays, int? Percentile90Days);

public sealed record ProcessingTimesReport(DateOnly From, DateOnly To, IReadOnlyList<ProcessingTime> Types);

/// <summary>
/// The real processing times the portal publishes: per application type, the median and 90th
/// percentile of calendar days from submission to decision, over the cases decided in the 365
/// days before today. Worked out once a day per tenant. Figures from fewer than ten decisions are
/// not published: they say little and could point at a person.
/// </summary>
public sealed class ProcessingTimes(PathwayDbContext db, ITenantScopeAccessor scope, IMemoryCache cache, TimeProvider clock)
{
    public const int MinimumDecisions = 10;

    public async Task<ProcessingTimesReport> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = scope.Current.TenantId;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return (await cache.GetOrCreateAsync((nameof(ProcessingTimes), tenantId, today), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(1);
            return await ComputeAsync(tenantId, today, cancellationToken);
        }))!;
    }

    private async Task<ProcessingTimesReport> ComputeAsync(Guid tenantId, DateOnly today, CancellationToken cancellationToken)
    {
        var from = today.AddDays(-365);
        var to = today.AddDays(-1);
        // Counts and percentiles of days only leave this method, never a case: the tenancy filter,
        // which hides cases from anonymous visitors, is set aside for the tenant named here.
        var decided = await db.Set<ResidenceCase>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.DecidedOn >= from && c.DecidedOn <= to && c.Outcome != DecisionOutcome.Discontinued)
            .Select(c => new { c.ApplicationType, c.SubmittedOn, DecidedOn = c.DecidedOn!.Value })
            .ToListAsync(cancellationToken);
        var types = decided.GroupBy(d => d.ApplicationType, StringComparer.Ordinal)
            .Select(g =>
            {
                var days = g.Select(d => d.DecidedOn.DayNumber - d.SubmittedOn.DayNumber).Order().ToList();
                return days.Count < MinimumDecisions
                    ? new ProcessingTime(g.Key, days.Count, null, null)
                    : new ProcessingTime(g.Key, days.Count, NearestRank(days, 0.5), NearestRank(days, 0.9));
            })
            .OrderBy(t => t.ApplicationType, StringComparer.Ordinal)
            .ToList();
        return new ProcessingTimesReport(from, to, types);
    }

    /// <summary>The nearest-rank percentile: the smallest value with at least <paramref name="share"/> of the values at or below it.</summary>
    internal static int NearestRank(IReadOnlyList<int> sorted, double share) => sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];
}
