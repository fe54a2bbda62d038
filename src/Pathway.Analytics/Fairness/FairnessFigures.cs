using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pathway.Analytics.Dashboards;
using Pathway.Analytics.DataExchange;
using Pathway.Analytics.Warehouse;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.Fairness;

/// <summary>
/// The fairness monitor's counts from the warehouse: the decisions of a period (by the day they were made)
/// grouped in the database by citizenship, sex, application type, office and outcome, with the sum and sum of
/// squares of their days, so what comes back is a few thousand rows whatever the number of cases; then
/// <see cref="FairnessMethod"/> on those counts.
/// </summary>
public sealed class FairnessFigures(PathwayDbContext db, ITenantScopeAccessor scope, IOptions<DisclosureSettings> settings)
{
    private const string Granted = "Granted";
    private const string Refused = "Refused";
    private const string Discontinued = "Discontinued";

    public async Task<FairnessReport> ForAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        var tenant = scope.Current.TenantId;
        var (from, end) = (filter.From, filter.End);
        var facts = db.Set<ApplicationFact>().AsNoTracking().Where(f => f.TenantId == tenant && f.DecidedOn >= from && f.DecidedOn < end);
        if (filter.Office is { } office)
        {
            facts = facts.Where(f => f.OfficeId == office);
        }

        var rows = await facts.Where(f => f.Outcome == Granted || f.Outcome == Refused)
            .GroupBy(f => new { f.Citizenship, f.Sex, f.ApplicationType, f.OfficeId, f.Outcome })
            .Select(g => new
            {
                g.Key.Citizenship,
                g.Key.Sex,
                g.Key.ApplicationType,
                g.Key.OfficeId,
                g.Key.Outcome,
                Count = g.Count(),
                Timed = g.Count(f => f.ProcessingDays != null),
                Days = g.Sum(f => (long?)f.ProcessingDays) ?? 0,
                Squares = g.Sum(f => (long?)f.ProcessingDays * f.ProcessingDays) ?? 0,
            })
            .ToListAsync(cancellationToken);
        var discontinued = await facts.CountAsync(f => f.Outcome == Discontinued, cancellationToken);

        var cells = rows.GroupBy(r => (r.Citizenship, r.Sex, r.ApplicationType, r.OfficeId))
            .Select(g => new DecisionCell(
                g.Key.Citizenship, g.Key.Sex, g.Key.ApplicationType, g.Key.OfficeId,
                g.Where(r => r.Outcome == Granted).Sum(r => r.Count),
                g.Where(r => r.Outcome == Refused).Sum(r => r.Count),
                new DaysSummary(g.Sum(r => r.Timed), g.Sum(r => (double)r.Days), g.Sum(r => (double)r.Squares))))
            .ToList();
        var threshold = settings.Value.Rules.Threshold;
        var comparison = FairnessMethod.Compare(cells, threshold);
        return new FairnessReport(
            DashboardFilter.Month(filter.From), DashboardFilter.Month(filter.To), filter.Office, cells.Sum(c => c.Decided), discontinued, threshold,
            "Benjamini-Hochberg", FalseDiscovery.Rate, comparison.Outcomes, comparison.ProcessingTimes, comparison.TooFewForOutcomes, comparison.TooFewForProcessingTimes);
    }
}
