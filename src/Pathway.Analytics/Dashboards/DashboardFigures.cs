using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.Warehouse;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.Dashboards;

/// <summary>
/// The dashboard's figures, counted in the database from the warehouse's facts: each query groups
/// by month and a code, so what comes back is a few hundred rows whatever the number of cases.
/// </summary>
public sealed class DashboardFigures(PathwayDbContext db, ITenantScopeAccessor scope, TimeProvider clock)
{
    /// <summary>The most citizenships named one by one; the rest are counted together.</summary>
    public const int TopCitizenships = 10;

    public Task<DashboardData> ForAsync(DashboardFilter filter, CancellationToken cancellationToken = default) =>
        ForAsync(scope.Current.TenantId, filter, cancellationToken);

    /// <summary>
    /// The figures of <paramref name="tenant"/>'s warehouse: for a report run by the office itself, outside a
    /// request. Without <paramref name="forecast"/> the forecast is left out (empty): it reads every month
    /// of the office's history and fits models, which a report that does not show it need not pay for.
    /// </summary>
    public async Task<DashboardData> ForAsync(Guid tenant, DashboardFilter filter, CancellationToken cancellationToken = default, bool forecast = true)
    {
        var facts = Filtered(tenant, filter);
        var (from, end) = (filter.From, filter.End);

        var inflow = await facts.Where(f => f.SubmittedOn >= from && f.SubmittedOn < end)
            .GroupBy(f => new { f.SubmittedOn.Year, f.SubmittedOn.Month, f.ApplicationType })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.ApplicationType, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var decisions = await facts.Where(f => f.DecidedOn >= from && f.DecidedOn < end && f.Outcome != null)
            .GroupBy(f => new { f.DecidedOn!.Value.Year, f.DecidedOn.Value.Month, f.Outcome })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // Days to decision by month and number of days: percentiles are read off these counts.
        var days = await facts.Where(f => f.DecidedOn >= from && f.DecidedOn < end && f.ProcessingDays != null)
            .GroupBy(f => new { f.DecidedOn!.Value.Year, f.DecidedOn.Value.Month, f.ProcessingDays, f.DecidedInTime })
            .Select(g => new { g.Key.Year, g.Key.Month, Days = g.Key.ProcessingDays!.Value, g.Key.DecidedInTime, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // Cases waiting at some month's end in the span, by the month they came in and the month they were settled.
        var waiting = await facts.Where(f => f.SubmittedOn < end && (f.SettledOn == null || f.SettledOn >= from))
            .GroupBy(f => new { f.SubmittedOn.Year, f.SubmittedOn.Month, SettledYear = (int?)f.SettledOn!.Value.Year, SettledMonth = (int?)f.SettledOn.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.SettledYear, g.Key.SettledMonth, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var citizenships = await facts.Where(f => f.SubmittedOn >= from && f.SubmittedOn < end)
            .GroupBy(f => f.Citizenship)
            .Select(g => new { Citizenship = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // By office, then by the office's voivodeship here: an office's voivodeship is one row of a dimension.
        var byOffice = await facts.Where(f => f.SubmittedOn >= from && f.SubmittedOn < end)
            .GroupBy(f => f.OfficeId)
            .Select(g => new { OfficeId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var places = await db.Set<OfficeDimension>().AsNoTracking().Where(o => o.TenantId == tenant && o.Voivodeship != null)
            .Select(o => new { o.OfficeId, o.Voivodeship }).ToDictionaryAsync(o => o.OfficeId, o => o.Voivodeship, cancellationToken);

        static DateOnly Month(int year, int month) => new(year, month, 1);
        var (months, model) = forecast ? await ForecastAsync(facts, filter, cancellationToken) : ([], null);
        var top = citizenships.OrderByDescending(c => c.Count).ThenBy(c => c.Citizenship, StringComparer.Ordinal).ToList();
        var named = top.Take(TopCitizenships).Select(c => new CitizenshipCount(c.Citizenship, c.Count)).ToList();
        if (top.Count > TopCitizenships)
        {
            named.Add(new CitizenshipCount(null, top.Skip(TopCitizenships).Sum(c => c.Count)));
        }

        return new DashboardData(
            filter,
            [.. inflow.Select(i => new TypeMonth(Month(i.Year, i.Month), i.ApplicationType, i.Count)).OrderBy(i => i.Month).ThenBy(i => i.ApplicationType, StringComparer.Ordinal)],
            [.. filter.EachMonth().Select(m => BacklogAt(m, waiting.Select(w => (Month(w.Year, w.Month), w.SettledYear is { } y ? Month(y, w.SettledMonth!.Value) : (DateOnly?)null, w.Count))))],
            [.. filter.EachMonth().Select(m => ProcessingIn(m, days.Where(d => d.Year == m.Year && d.Month == m.Month).Select(d => (d.Days, d.DecidedInTime, d.Count))))],
            [.. decisions.Select(d => new OutcomeMonth(Month(d.Year, d.Month), d.Outcome!, d.Count)).OrderBy(d => d.Month).ThenBy(d => d.Outcome, StringComparer.Ordinal)],
            named,
            ByVoivodeship(byOffice.Select(o => (places.GetValueOrDefault(o.OfficeId), o.Count))),
            months,
            model,
            await SupportLoadFigures.ForAsync(db, tenant, filter, cancellationToken));
    }

    // The forecast's history reaches back before the period: every month under the filter up to its end.
    private async Task<(IReadOnlyList<ForecastMonth> Months, string? Model)> ForecastAsync(IQueryable<ApplicationFact> facts, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var last = ApplicationsForecast.LastWholeMonth(filter, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var historyEnd = last.AddMonths(1);
        var monthly = await facts.Where(f => f.SubmittedOn < historyEnd)
            .GroupBy(f => new { f.SubmittedOn.Year, f.SubmittedOn.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return ApplicationsForecast.Of(monthly.ToDictionary(m => new DateOnly(m.Year, m.Month, 1), m => m.Count), filter.From, last);
    }

    /// <summary>Every voivodeship with its applications (none counts 0), then those of offices whose voivodeship is not known, if any.</summary>
    internal static IReadOnlyList<VoivodeshipCount> ByVoivodeship(IEnumerable<(string? Voivodeship, int Count)> offices)
    {
        var counts = offices.GroupBy(o => o.Voivodeship is { } code && Voivodeships.IsKnown(code) ? code : "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Count), StringComparer.Ordinal);
        var known = Voivodeships.All.Select(v => new VoivodeshipCount(v.Code, v.PolishName, counts.GetValueOrDefault(v.Code))).ToList();
        return counts.TryGetValue("", out var unknown) ? [.. known, new VoivodeshipCount(null, null, unknown)] : known;
    }

    public async Task<DashboardChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        var tenant = scope.Current.TenantId;
        var offices = await db.Set<OfficeDimension>().AsNoTracking().Where(o => o.TenantId == tenant).OrderBy(o => o.Name).Select(o => new { o.OfficeId, o.Name }).ToListAsync(cancellationToken);
        var types = await db.Set<ApplicationTypeDimension>().AsNoTracking().Where(t => t.TenantId == tenant).OrderBy(t => t.Code).Select(t => t.Code).ToListAsync(cancellationToken);
        var citizenships = await db.Set<CodeDimension>().AsNoTracking().Where(c => c.Dimension == FactCodes.CitizenshipDimension).OrderBy(c => c.Code).Select(c => c.Code).ToListAsync(cancellationToken);
        return new DashboardChoices([.. offices.Select(o => (o.OfficeId, o.Name))], types, citizenships);
    }

    private IQueryable<ApplicationFact> Filtered(Guid tenant, DashboardFilter filter)
    {
        var facts = db.Set<ApplicationFact>().AsNoTracking().Where(f => f.TenantId == tenant);
        if (filter.Office is { } office)
        {
            facts = facts.Where(f => f.OfficeId == office);
        }

        if (filter.ApplicationType is { } type)
        {
            facts = facts.Where(f => f.ApplicationType == type);
        }

        if (filter.Citizenship is { } citizenship)
        {
            facts = facts.Where(f => f.Citizenship == citizenship);
        }

        if (filter.Sex is { } sex)
        {
            facts = facts.Where(f => f.Sex == sex);
        }

        if (filter.AgeBand is { } ageBand)
        {
            facts = facts.Where(f => f.AgeBand == ageBand);
        }

        if (filter.Voivodeship is { } voivodeship)
        {
            var offices = db.Set<OfficeDimension>().Where(o => o.TenantId == tenant && o.Voivodeship == voivodeship).Select(o => o.OfficeId);
            facts = facts.Where(f => offices.Contains(f.OfficeId));
        }

        return facts;
    }

    /// <summary>The cases that came in by the month's end and were not settled by then, by whole months waited.</summary>
    internal static BacklogMonth BacklogAt(DateOnly month, IEnumerable<(DateOnly Submitted, DateOnly? Settled, int Count)> cases)
    {
        var bands = new int[4];
        foreach (var (submitted, settled, count) in cases)
        {
            if (submitted > month || settled <= month)
            {
                continue;
            }

            var waited = ((month.Year - submitted.Year) * 12) + month.Month - submitted.Month;
            bands[Math.Min(waited, 3)] += count;
        }

        return new BacklogMonth(month, bands[0], bands[1], bands[2], bands[3]);
    }

    /// <summary>The month's decisions from their counts by number of days: the nearest-rank median and 90th percentile.</summary>
    internal static ProcessingMonth ProcessingIn(DateOnly month, IEnumerable<(int Days, bool? InTime, int Count)> decided)
    {
        var rows = decided.OrderBy(d => d.Days).ToList();
        var total = rows.Sum(r => r.Count);
        int? Rank(double share)
        {
            if (total == 0)
            {
                return null;
            }

            var rank = (int)Math.Ceiling(share * total);
            var seen = 0;
            foreach (var row in rows)
            {
                seen += row.Count;
                if (seen >= rank)
                {
                    return row.Days;
                }
            }

            return rows[^1].Days;
        }

        return new ProcessingMonth(month, total, Rank(0.5), Rank(0.9), rows.Where(r => r.InTime is not null).Sum(r => r.Count), rows.Where(r => r.InTime == true).Sum(r => r.Count));
    }
}
