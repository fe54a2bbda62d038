using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.Warehouse;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.Dashboards;

/// <summary>
/// The dashboard's figures, summed in the database from the warehouse's monthly counts (kept with the
/// facts, a few thousand rows where the facts are millions): each query groups by month and a code, so
/// what comes back is a few hundred rows whatever the number of cases.
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
        // The voivodeship's offices, looked up once: a list the database compares each count's office with.
        var offices = filter.Voivodeship is { } voivodeship
            ? await db.Set<OfficeDimension>().AsNoTracking().Where(o => o.TenantId == tenant && o.Voivodeship == voivodeship).Select(o => o.OfficeId).ToListAsync(cancellationToken)
            : null;
        var applications = Filtered(db.Set<MonthlyApplications>(), tenant, filter, offices);
        var (from, end) = (filter.From, filter.End);
        var received = applications.Where(c => c.SubmittedMonth >= from && c.SubmittedMonth < end);

        var inflow = await received
            .GroupBy(c => new { c.SubmittedMonth, c.ApplicationType })
            .Select(g => new { g.Key.SubmittedMonth, g.Key.ApplicationType, Count = g.Sum(c => c.Applications) })
            .ToListAsync(cancellationToken);

        // Decisions by month, outcome and number of days: the outcomes and the processing times' percentiles are
        // read off these counts; the offices' sums when the view filters on nothing of the persons.
        var decided = filter is { ApplicationType: null, Citizenship: null, Sex: null, AgeBand: null }
            ? await DecidedAsync(ByOffice(db.Set<MonthlyOfficeDecisions>(), tenant, filter, offices), from, end, cancellationToken)
            : await DecidedAsync(Filtered(db.Set<MonthlyDecisions>(), tenant, filter, offices), from, end, cancellationToken);

        // Cases waiting at some month's end in the span, by the month they came in and the month they were settled.
        var waiting = await applications.Where(c => c.SubmittedMonth < end && c.SettledMonth >= from)
            .GroupBy(c => new { c.SubmittedMonth, c.SettledMonth })
            .Select(g => new { g.Key.SubmittedMonth, g.Key.SettledMonth, Count = g.Sum(c => c.Applications) })
            .ToListAsync(cancellationToken);

        var citizenships = await received
            .GroupBy(c => c.Citizenship)
            .Select(g => new { Citizenship = g.Key, Count = g.Sum(c => c.Applications) })
            .ToListAsync(cancellationToken);

        // By office, then by the office's voivodeship here: an office's voivodeship is one row of a dimension.
        var byOffice = await received
            .GroupBy(c => c.OfficeId)
            .Select(g => new { OfficeId = g.Key, Count = g.Sum(c => c.Applications) })
            .ToListAsync(cancellationToken);
        var places = await db.Set<OfficeDimension>().AsNoTracking().Where(o => o.TenantId == tenant && o.Voivodeship != null)
            .Select(o => new { o.OfficeId, o.Voivodeship }).ToDictionaryAsync(o => o.OfficeId, o => o.Voivodeship, cancellationToken);

        var (months, model) = forecast ? await ForecastAsync(applications, filter, cancellationToken) : ([], null);
        var top = citizenships.OrderByDescending(c => c.Count).ThenBy(c => c.Citizenship, StringComparer.Ordinal).ToList();
        var named = top.Take(TopCitizenships).Select(c => new CitizenshipCount(c.Citizenship, c.Count)).ToList();
        if (top.Count > TopCitizenships)
        {
            named.Add(new CitizenshipCount(null, top.Skip(TopCitizenships).Sum(c => c.Count)));
        }

        var outcomes = decided.Where(d => d.Outcome != MonthlyDecisions.NoOutcome)
            .GroupBy(d => (d.DecidedMonth, d.Outcome))
            .Select(g => new OutcomeMonth(g.Key.DecidedMonth, g.Key.Outcome, g.Sum(d => d.Decisions)));
        var days = decided.ToLookup(d => d.DecidedMonth);
        return new DashboardData(
            filter,
            [.. inflow.Select(i => new TypeMonth(i.SubmittedMonth, i.ApplicationType, i.Count)).OrderBy(i => i.Month).ThenBy(i => i.ApplicationType, StringComparer.Ordinal)],
            [.. filter.EachMonth().Select(m => BacklogAt(m, waiting.Select(w => (w.SubmittedMonth, w.SettledMonth == MonthlyApplications.Unsettled ? (DateOnly?)null : w.SettledMonth, w.Count))))],
            [.. filter.EachMonth().Select(m => ProcessingIn(m, days[m].Select(d => new DaysCount(d.ProcessingDays, d.Decisions, d.WithDueDay, d.InTime))))],
            [.. outcomes.OrderBy(d => d.Month).ThenBy(d => d.Outcome, StringComparer.Ordinal)],
            named,
            ByVoivodeship(byOffice.Select(o => (places.GetValueOrDefault(o.OfficeId), o.Count))),
            months,
            model,
            await SupportLoadFigures.ForAsync(db, tenant, filter, cancellationToken));
    }

    // The forecast's history reaches back before the period: every month under the filter up to its end.
    private async Task<(IReadOnlyList<ForecastMonth> Months, string? Model)> ForecastAsync(IQueryable<MonthlyApplications> applications, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var last = ApplicationsForecast.LastWholeMonth(filter, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var historyEnd = last.AddMonths(1);
        var monthly = await applications.Where(c => c.SubmittedMonth < historyEnd)
            .GroupBy(c => c.SubmittedMonth)
            .Select(g => new { Month = g.Key, Count = g.Sum(c => c.Applications) })
            .ToListAsync(cancellationToken);
        return ApplicationsForecast.Of(monthly.ToDictionary(m => m.Month, m => m.Count), filter.From, last);
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

    private static Task<List<DecidedCount>> DecidedAsync<T>(IQueryable<T> counts, DateOnly from, DateOnly end, CancellationToken cancellationToken)
        where T : class, IDecisionCount =>
        counts.Where(c => c.DecidedMonth >= from && c.DecidedMonth < end)
            .GroupBy(c => new { c.DecidedMonth, c.Outcome, c.ProcessingDays })
            .Select(g => new DecidedCount(g.Key.DecidedMonth, g.Key.Outcome, g.Key.ProcessingDays, g.Sum(c => c.Decisions), g.Sum(c => c.WithDueDay), g.Sum(c => c.InTime)))
            .ToListAsync(cancellationToken);

    private static IQueryable<T> ByOffice<T>(IQueryable<T> counts, Guid tenant, DashboardFilter filter, List<Guid>? voivodeshipOffices)
        where T : class, IOfficeCount
    {
        counts = counts.AsNoTracking().Where(c => c.TenantId == tenant);
        if (filter.Office is { } office)
        {
            counts = counts.Where(c => c.OfficeId == office);
        }

        if (voivodeshipOffices is not null)
        {
            counts = counts.Where(c => voivodeshipOffices.Contains(c.OfficeId));
        }

        return counts;
    }

    private static IQueryable<T> Filtered<T>(IQueryable<T> counts, Guid tenant, DashboardFilter filter, List<Guid>? voivodeshipOffices)
        where T : class, IMonthlyCount
    {
        counts = ByOffice(counts, tenant, filter, voivodeshipOffices);
        if (filter.ApplicationType is { } type)
        {
            counts = counts.Where(c => c.ApplicationType == type);
        }

        if (filter.Citizenship is { } citizenship)
        {
            counts = counts.Where(c => c.Citizenship == citizenship);
        }

        if (filter.Sex is { } sex)
        {
            counts = counts.Where(c => c.Sex == sex);
        }

        if (filter.AgeBand is { } ageBand)
        {
            counts = counts.Where(c => c.AgeBand == ageBand);
        }

        return counts;
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
    internal static ProcessingMonth ProcessingIn(DateOnly month, IEnumerable<DaysCount> decided)
    {
        var rows = decided.GroupBy(d => d.Days).Select(g => new DaysCount(g.Key, g.Sum(d => d.Decisions), g.Sum(d => d.WithDueDay), g.Sum(d => d.InTime)))
            .OrderBy(d => d.Days).ToList();
        var total = rows.Sum(r => r.Decisions);
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
                seen += row.Decisions;
                if (seen >= rank)
                {
                    return row.Days;
                }
            }

            return rows[^1].Days;
        }

        return new ProcessingMonth(month, total, Rank(0.5), Rank(0.9), rows.Sum(r => r.WithDueDay), rows.Sum(r => r.InTime));
    }
}

/// <summary>A month's decisions of one outcome that took a number of calendar days.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct DecidedCount(DateOnly DecidedMonth, string Outcome, int ProcessingDays, int Decisions, int WithDueDay, int InTime);

/// <summary>Decisions that took a number of calendar days: how many, how many had a due day, how many came by it.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct DaysCount(int Days, int Decisions, int WithDueDay, int InTime);
