using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.Disclosure;
using Pathway.Analytics.Warehouse;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// Eurostat's residence-permit tables of a reference year (Regulation 862/2007, Article 6) from the
/// warehouse: the permits granted in the year, with every earlier permit of the same persons (whether
/// a permit is first depends on the ones before it), made into tables by <see cref="ResidencePermitTables"/>
/// and protected by the disclosure control. The page, the API and the report library ask it.
/// </summary>
public sealed class PermitStatistics(PathwayDbContext db, ITenantScopeAccessor scope)
{
    /// <summary>
    /// The office reports for Poland: the platform's cases follow Polish law (the Act on Foreigners,
    /// KPA), so every tenant is a Polish office. Eurostat's code.
    /// </summary>
    public const string ReportingCountry = "PL";

    /// <summary>The outcome under which a case grants a permit, as the cases module names it in its facts.</summary>
    private const string Granted = "Granted";

    /// <summary>The applications' facts read by a scan in their stored order, not through an index (SQLite).</summary>
    private const string WholeTable = """SELECT * FROM "Analytics_FactApplications" NOT INDEXED""";

    /// <summary>The caller's office's statistics of <paramref name="year"/>.</summary>
    internal Task<PermitStatisticsOutcome> ForYearAsync(int year, CancellationToken cancellationToken) =>
        ForYearAsync(scope.Current.TenantId, year, cancellationToken);

    /// <summary>The first and last year a permit was granted in, for a year picker; null when none was.</summary>
    public async Task<(int First, int Last)?> YearsAsync(CancellationToken cancellationToken)
    {
        var tenant = scope.Current.TenantId;
        var span = await db.Set<ApplicationFact>().Where(f => f.TenantId == tenant && f.Outcome == Granted && f.DecidedOn != null)
            .GroupBy(_ => 1)
            .Select(g => new { First = g.Min(f => f.DecidedOn), Last = g.Max(f => f.DecidedOn) })
            .FirstOrDefaultAsync(cancellationToken);
        return span is { First: { } first, Last: { } last } ? (first.Year, last.Year) : null;
    }

    /// <summary>
    /// The year's four files (each dataflow's transmission and publication) for a tenant named outside a
    /// request (the command line), each audited as a download is; or, when some permits cannot be counted,
    /// no files and the problems in plain words.
    /// </summary>
    public async Task<PermitStatisticsFiles> FilesAsync(Guid tenant, int year, AuditActor actor, CancellationToken cancellationToken)
    {
        var outcome = await ForYearAsync(tenant, year, cancellationToken);
        var files = new List<PermitStatisticsFile>();
        if (outcome.Tables is { } tables)
        {
            foreach (var table in (ConfidentialTable[])[tables.FirstPermits, tables.ChangesOfStatus])
            {
                foreach (var edition in (SdmxCsvEdition[])[SdmxCsvEdition.Transmission, SdmxCsvEdition.Publication])
                {
                    files.Add(new(OfficialStatisticsQuery.FileName(table.Table.Dataflow, outcome.ReportingCountry, year, edition), table.Sdmx(edition),
                        table.Table.Cells.Count, table.Primary, table.Secondary));
                    await Audit.DownloadAsync(db, table, year, edition, actor, cancellationToken);
                }
            }
        }

        return new(year, outcome.Permits, files, [.. outcome.Problems.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Kind} {p.Value}: {p.Permits} permits"))]);
    }

    internal async Task<PermitStatisticsOutcome> ForYearAsync(Guid tenant, int year, CancellationToken cancellationToken)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        // SQLite would read the year's permits through the decision-day index, each row by a seek of its own
        // (8 s at 2,000,000 applications); a scan of the table in its stored order takes under a second. So
        // there the table is scanned and the persons of the year are picked here; PostgreSQL joins them itself.
        var facts = db.IsPostgres ? db.Set<ApplicationFact>() : db.Set<ApplicationFact>().FromSqlRaw(WholeTable);
        var granted = facts.AsNoTracking().Where(f => f.TenantId == tenant && f.Outcome == Granted && f.DecidedOn != null);
        var persons = granted.Where(f => f.DecidedOn >= start && f.DecidedOn <= end).Select(f => f.PersonKey);
        // Only the columns the rules read: at two million applications this is the one large read. The rules
        // give the same tables whatever the order the database returns the rows in.
        var permits = await (db.IsPostgres ? granted.Where(f => persons.Contains(f.PersonKey)) : granted)
            .Where(f => f.DecidedOn <= end && f.PermitValidFrom != null)
            .Select(f => new IssuedPermit(f.PersonKey, f.Citizenship, ReasonOfPurpose.Of(f.Purpose), f.DecidedOn!.Value, f.PermitValidFrom!.Value, f.PermitValidUntil, f.TemporaryProtection ?? false, null))
            .ToListAsync(cancellationToken);
        if (!db.IsPostgres)
        {
            var ofTheYear = permits.Where(p => p.IssuedOn.Year == year).Select(p => p.PersonKey).ToHashSet(StringComparer.Ordinal);
            permits = [.. permits.Where(p => ofTheYear.Contains(p.PersonKey))];
        }

        var withoutValidity = await granted.CountAsync(f => f.DecidedOn >= start && f.DecidedOn <= end && f.PermitValidFrom == null, cancellationToken);
        var ofYear = permits.Count(p => p.IssuedOn.Year == year);
        switch (ResidencePermitTables.Build(permits, year, ReportingCountry))
        {
            case PermitTablesOutcome.Built built:
                var tables = built.Tables;
                return new(year, ReportingCountry, ofYear, withoutValidity, new PermitYearTables(
                    tables,
                    ConfidentialTable.Protect(tables.FirstPermits, PermitYearTables.FirstPermitDimensions, DisclosureRules.Default),
                    ConfidentialTable.Protect(tables.ChangesOfStatus, PermitYearTables.ChangeDimensions, DisclosureRules.Default)), []);
            case PermitTablesOutcome.Refused refused:
                var problems = refused.Problems
                    .GroupBy(p => (p.Kind, p.Value))
                    .Select(g => new PermitStatisticsProblem(g.Key.Kind, g.Key.Value, g.Count(p => p.Index is not null)))
                    .OrderBy(p => p.Kind).ThenBy(p => p.Value, StringComparer.Ordinal)
                    .ToList();
                return new(year, ReportingCountry, ofYear, withoutValidity, null, problems);
            default:
                throw new InvalidOperationException("The tables are built or refused.");
        }
    }
}

/// <summary>One file of a year's statistics: its name, its bytes, its cells and those suppressed.</summary>
public sealed record PermitStatisticsFile(string Name, byte[] Content, int Cells, int Primary, int Secondary);

/// <summary>A year's files, or none and what stopped them.</summary>
public sealed record PermitStatisticsFiles(int Year, int Permits, IReadOnlyList<PermitStatisticsFile> Files, IReadOnlyList<string> Problems);
