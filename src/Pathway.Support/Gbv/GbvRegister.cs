using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Numbering;

namespace Pathway.Support.Gbv;

/// <summary>An incident as the list and the API show it: its id, code and categories, nothing more.</summary>
public sealed record GbvIncidentView(
    Guid Id, string Code, string IncidentMonth, string ReportedMonth, string? Place, IncidentContext Context, GbvIncidentType Type,
    SurvivorAgeGroup AgeGroup, SurvivorSex Sex, bool SeparatedChild, PerpetratorRelation Perpetrator, PerpetratorCount Perpetrators,
    IReadOnlyList<GbvService> Services, bool StatisticsConsent);

/// <summary>One row of a figures table: a category and its count, not shown when small or when it would give a small one away (<see cref="SmallCells"/>).</summary>
public sealed record GbvFigure<T>(T Category, int? Count, bool Suppressed, string Shown)
    where T : struct, Enum;

/// <summary>The incidents reported in a period whose survivors agreed to be counted, by type, age group and perpetrator.</summary>
public sealed record GbvFigures(
    string From, string To, IReadOnlyList<GbvFigure<GbvIncidentType>> ByType, IReadOnlyList<GbvFigure<SurvivorAgeGroup>> ByAgeGroup,
    IReadOnlyList<GbvFigure<PerpetratorRelation>> ByPerpetrator);

/// <summary>
/// The organisation's record of gender-based-violence incidents, kept apart from the support cases
/// (nothing here points at a case or a person), and the suppressed figures drawn from it. The
/// platform's data scope shows an NGO its own incidents and the office's units theirs; each new
/// record, and each correction (with the names of the fields changed), is audited by the platform;
/// a deletion is audited with its reason.
/// </summary>
public sealed class GbvRegister(PathwayDbContext db, ITenantScopeAccessor scope, OrganisationDirectory directory, TimeProvider clock)
{
    /// <summary>The longest period the figures are asked for: five years of months.</summary>
    public const int MaxMonths = 60;

    private const int ListLimit = 500;

    private Guid Tenant => scope.Current.TenantId;

    public Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) => directory.TodayOfAsync(Tenant, cancellationToken);

    /// <summary>How many incidents reported this year (the office's) the reader's organisation recorded, whether or not they count in the figures.</summary>
    public async Task<int> RecordedThisYearAsync(CancellationToken cancellationToken = default)
    {
        var today = await TodayAsync(cancellationToken);
        var first = new DateOnly(today.Year, 1, 1);
        return await db.Set<GbvIncident>().CountAsync(i => i.TenantId == Tenant && i.ReportedMonth >= first, cancellationToken);
    }

    /// <summary>The latest incidents first (by code, which is the order they were recorded in a year).</summary>
    public async Task<IReadOnlyList<GbvIncidentView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<GbvIncident>().AsNoTracking().Where(i => i.TenantId == Tenant)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Code).Take(ListLimit).ToListAsync(cancellationToken);
        return [.. rows.Select(View)];
    }

    /// <summary>
    /// Counts the incidents reported in the months from <paramref name="from"/> to <paramref name="to"/>
    /// whose survivor agreed to the statistics, every category listed (nought included). The three
    /// tables count the same incidents, so they add up to one total: a reader who finds it in one table
    /// could work out a single hidden count of another. Each count from 1 to 4 is hidden, and beside it
    /// what <see cref="SmallCells.Suppress(IReadOnlyList{int}, IReadOnlyList{CellLine})"/> hides to protect it.
    /// </summary>
    public async Task<GbvFigures> FiguresAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<GbvIncident>().AsNoTracking()
            .Where(i => i.TenantId == Tenant && i.StatisticsConsent && i.ReportedMonth >= from && i.ReportedMonth <= to)
            .Select(i => new { i.Type, i.AgeGroup, i.Perpetrator }).ToListAsync(cancellationToken);
        var byType = Count(rows.Select(r => r.Type));
        var byAge = Count(rows.Select(r => r.AgeGroup));
        var byPerpetrator = Count(rows.Select(r => r.Perpetrator));
        var cells = new List<int>();
        var lines = new List<CellLine>();
        var total = byType.Length + byAge.Length + byPerpetrator.Length;
        foreach (var table in new[] { byType.Select(c => c.Count), byAge.Select(c => c.Count), byPerpetrator.Select(c => c.Count) })
        {
            var first = cells.Count;
            cells.AddRange(table);
            lines.Add(new CellLine([.. Enumerable.Range(first, cells.Count - first)], total, WholeShown: false));
        }

        cells.Add(rows.Count);
        var hidden = SmallCells.Suppress(cells, lines);
        return new GbvFigures(
            GbvIncidentRules.Write(from), GbvIncidentRules.Write(to),
            Figures(byType, hidden, 0), Figures(byAge, hidden, byType.Length), Figures(byPerpetrator, hidden, byType.Length + byAge.Length));
    }

    public async Task<(GbvIncidentView? Incident, IReadOnlyList<GbvRefusal> Problems)> RecordAsync(
        GbvIncidentInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var today = await TodayAsync(cancellationToken);
        var problems = GbvIncidentRules.Check(input, today);
        var organisation = user.GetOrganisationId();
        if (organisation is null)
        {
            problems.Add(new GbvRefusal(GbvProblem.NoOrganisation, null));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var incident = GbvIncident.Record(Tenant, organisation!.Value, await NextCodeAsync(organisation.Value, today.Year, cancellationToken), input,
            clock.GetUtcNow().UtcDateTime, user.Identity?.Name ?? "?");
        // The platform audits the new row itself.
        db.Add(incident);
        await db.SaveChangesAsync(cancellationToken);
        return (View(incident), []);
    }

    /// <summary>One incident of the reader's organisation (the office's, for its units); null for another's or none.</summary>
    public async Task<GbvIncidentView?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Set<GbvIncident>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.TenantId == Tenant, cancellationToken) is { } incident ? View(incident) : null;

    /// <summary>
    /// Corrects an incident of the reader's organisation, judged as a new record is. Its code and who
    /// recorded it stay; the platform audits the names of the fields that changed, never their values.
    /// </summary>
    public async Task<(GbvIncidentView? Incident, IReadOnlyList<GbvRefusal> Problems)> CorrectAsync(
        Guid id, GbvIncidentInput input, CancellationToken cancellationToken = default)
    {
        var incident = await db.Set<GbvIncident>().FirstOrDefaultAsync(i => i.Id == id && i.TenantId == Tenant, cancellationToken);
        if (incident is null)
        {
            return (null, [new GbvRefusal(GbvProblem.IncidentNotFound, null)]);
        }

        var problems = GbvIncidentRules.Check(input, await TodayAsync(cancellationToken));
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        incident.Write(input);
        await db.SaveChangesAsync(cancellationToken);
        return (View(incident), []);
    }

    /// <summary>
    /// Deletes an incident of the reader's organisation for good (recorded by mistake, twice, or at
    /// the survivor's wish), saying why. The audit keeps the code and the reason, nothing of the record.
    /// </summary>
    public async Task<GbvRefusal?> DeleteAsync(Guid id, string? reason, CancellationToken cancellationToken = default)
    {
        var incident = await db.Set<GbvIncident>().FirstOrDefaultAsync(i => i.Id == id && i.TenantId == Tenant, cancellationToken);
        if (incident is null)
        {
            return new GbvRefusal(GbvProblem.IncidentNotFound, null);
        }

        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (why is null)
        {
            return new GbvRefusal(GbvProblem.ReasonMissing, "reason");
        }

        if (why.Length > GbvIncident.MaxReasonLength)
        {
            return new GbvRefusal(GbvProblem.ReasonTooLong, "reason");
        }

        db.Remove(incident);
        // The platform's own entry of a deleted row has no reason: this one carries it.
        db.Audit(new AuditRecord("gbv-delete", nameof(GbvIncident), id.ToString(), Reason: why, Details: incident.Code));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The organisation's next code of the year, one past the highest it gave (<see cref="YearSeries"/>).</summary>
    private async Task<string> NextCodeAsync(Guid organisation, int year, CancellationToken cancellationToken)
    {
        var prefix = YearSeries.Prefix("GBV", year);
        var highest = await db.TenantRowsOf<GbvIncident>(Tenant).Where(i => i.OrganisationId == organisation && i.Code.StartsWith(prefix))
            .OrderByDescending(i => i.Code).Select(i => i.Code).FirstOrDefaultAsync(cancellationToken);
        return YearSeries.Next(prefix, highest);
    }

    /// <summary>Every category with its count, nought included, in the order of the enumeration.</summary>
    private static (T Category, int Count)[] Count<T>(IEnumerable<T> values)
        where T : struct, Enum
    {
        var counts = values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        return [.. Enum.GetValues<T>().Select(category => (category, counts.GetValueOrDefault(category)))];
    }

    private static List<GbvFigure<T>> Figures<T>((T Category, int Count)[] table, bool[] hidden, int first)
        where T : struct, Enum =>
        [.. table.Select((row, i) =>
        {
            var shown = SmallCells.Show(row.Count, hidden[first + i]);
            return new GbvFigure<T>(row.Category, shown.Count, shown.Suppressed, shown.Shown);
        })];

    private static GbvIncidentView View(GbvIncident i) => new(
        i.Id, i.Code, GbvIncidentRules.Write(i.IncidentMonth), GbvIncidentRules.Write(i.ReportedMonth), i.Place, i.Context, i.Type,
        i.AgeGroup, i.Sex, i.SeparatedChild, i.Perpetrator, i.Perpetrators, i.ServiceList, i.StatisticsConsent);
}
