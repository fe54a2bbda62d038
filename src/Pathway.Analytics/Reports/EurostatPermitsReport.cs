using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Analytics.OfficialStatistics;
using Pathway.Platform.Reporting;

namespace Pathway.Analytics.Reports;

/// <summary>
/// <c>eurostat-residence-permits</c>: the reference year's first permits by reason and length of
/// validity and by citizenship, and the changes of status (Regulation 862/2007, Article 6), from the
/// warehouse through <see cref="PermitStatistics"/>, each cell with the confidentiality disclosure
/// control gave it. As SDMX-CSV it is Eurostat's own dataflow (<c>dataflow</c>: MIGR_RESFIRST, the
/// default, or MIGR_RESCHANGE), the transmission or the publication.
/// </summary>
public sealed class EurostatPermitsReport(PermitStatistics statistics, IStringLocalizer<AnalyticsText> text) : IReportDefinition
{
    /// <summary>The first reference year of the Regulation's residence-permit statistics.</summary>
    public const int FirstYear = 2008;

    private const int TopCitizenships = 15;

    // The year's statistics, read once for the check and the content of one run.
    private PermitStatisticsOutcome? outcome;

    public string Name => "eurostat-residence-permits";

    public string Permission => AnalyticsPermissions.AnalyticsOfficial;

    public string Title => text["Residence permits for Eurostat"];

    public string Description => text["The year's first permits by reason, length of validity and citizenship, and the changes of status, as Regulation 862/2007 asks; SDMX-CSV in Eurostat's own dataflows."];

    public IReadOnlyList<ReportParameter> Parameters =>
    [
        new("year", ReportParameterKind.Year, text["Year"]),
        new("dataflow", ReportParameterKind.Choice, text["Dataflow for SDMX-CSV"], Required: false,
            [new(Dataflow.FirstPermits.Id, text["First permits"]), new(Dataflow.ChangesOfStatus.Id, text["Changes of status"])]),
    ];

    public async Task ValidateAsync(ReportRun run, IDictionary<string, string> problems, CancellationToken cancellationToken)
    {
        var year = run.Arguments.Year("year");
        if (year < FirstYear)
        {
            problems["year"] = text["Eurostat's residence-permit statistics begin with {0}; {1} is before them.", FirstYear.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture)];
            return;
        }

        outcome = await statistics.ForYearAsync(run.TenantId, year, cancellationToken);
        if (outcome.Tables is null)
        {
            problems["year"] = text["The year's tables cannot be made: {0}", string.Join("; ", outcome.Problems.Select(p => PermitProblemText.Describe(p, text)))];
        }
    }

    public async Task<ReportContent> BuildAsync(ReportRun run, CancellationToken cancellationToken)
    {
        var year = run.Arguments.Year("year");
        outcome ??= await statistics.ForYearAsync(run.TenantId, year, cancellationToken);
        var tables = outcome.Tables ?? throw new InvalidOperationException("The tables were checked before the run.");
        var chosen = tables.Of(run.Arguments["dataflow"] ?? Dataflow.FirstPermits.Id)!;
        var period = year.ToString(CultureInfo.InvariantCulture);
        return new ReportContent(
            text["Residence permits for Eurostat"], period,
            [
                new(text["Reporting country"], outcome.ReportingCountry), new(text["Year"], period),
                new(text["Permits counted"], Whole(outcome.Permits)), new(text["First permits"], Whole(tables.FirstPermits.Total)),
                new(text["Changes of status"], Whole(tables.ChangesOfStatus.Total)), new(text["Granted without a validity recorded (not counted)"], Whole(outcome.WithoutValidity)),
            ],
            [FirstByValidity(tables.FirstPermits), FirstByCitizenship(tables.FirstPermits), Changes(tables.ChangesOfStatus)],
            [Dataset(chosen)]);
    }

    private ReportTable FirstByValidity(ConfidentialTable table) => new(
        "first-permits", text["First permits by reason and length of validity"], text["Reason"],
        [.. EurostatCodes.Durations.Select(d => new ReportColumn(d, EurostatLabels.Duration(d, text)))],
        [.. EurostatCodes.Reasons.Select(r => new ReportRow(r, EurostatLabels.Reason(r, text),
            [.. EurostatCodes.Durations.Select(d => Value(table, PermitYearTables.FirstPermitDimensions, r, EurostatCodes.Total, d))], Total: r == EurostatCodes.Total))],
        text["Counting rule: a permit is first when the person had none before for the same reason, or the last ended at least 6 months earlier; valid at least 3 months; temporary protection is left out."],
        new ReportChart(ReportChartKind.Bars, [EurostatCodes.Total]));

    private ReportTable FirstByCitizenship(ConfidentialTable table)
    {
        var dataflow = table.Table.Dataflow;
        var citizens = table.Table.Cells
            .Where(c => c.Code(dataflow, "reason") == EurostatCodes.Total && c.Code(dataflow, "duration") == EurostatCodes.Total && c.Code(dataflow, "citizen") != EurostatCodes.Total)
            .OrderByDescending(c => c.Count).ThenBy(c => c.Code(dataflow, "citizen"), StringComparer.Ordinal)
            .Take(TopCitizenships).Select(c => c.Code(dataflow, "citizen")).ToList();
        return new("first-permits-citizenship", text["First permits by citizenship (the most frequent)"], text["Citizenship"],
            [.. EurostatCodes.Reasons.Select(r => new ReportColumn(r, EurostatLabels.Reason(r, text)))],
            [.. citizens.Select(c => new ReportRow(c, c, [.. EurostatCodes.Reasons.Select(r => Value(table, PermitYearTables.FirstPermitDimensions, r, c, EurostatCodes.Total))]))],
            text["Citizenship in Eurostat's codes (ISO alpha-2, EL for Greece, STLS stateless); the full table is in the SDMX-CSV file."]);
    }

    private ReportTable Changes(ConfidentialTable table) => new(
        "changes-of-status", text["Changes of status: reason before and after"], text["Reason before"],
        [.. EurostatCodes.Reasons.Select(r => new ReportColumn(r, EurostatLabels.Reason(r, text)))],
        [.. EurostatCodes.Reasons.Select(before => new ReportRow(before, EurostatLabels.Reason(before, text),
            [.. EurostatCodes.Reasons.Select(after => before != EurostatCodes.Total && before == after ? new ReportValue(null) : Value(table, PermitYearTables.ChangeDimensions, before, after, EurostatCodes.Total))],
            Total: before == EurostatCodes.Total))],
        text["Counting rule: a permit for another reason than the person's last, begun less than 6 months after it ended."]);

    private static ReportValue Value(ConfidentialTable table, IReadOnlyList<string> dimensions, params string[] codes) =>
        table.Find(dimensions, codes) is { } found ? new ReportValue(found.Cell.Count, Confidentiality(found.Flag)) : new ReportValue(0);

    private static ReportDataset Dataset(ConfidentialTable table) => new(
        table.Table.Dataflow.Reference, table.Table.Dataflow.Dimensions,
        [.. table.Table.Cells.Select(c => new ReportObservation(c.Key, c.TimePeriod, c.Count, Confidentiality(table.Of(c))))]);

    private static ReportConfidentiality Confidentiality(CellConfidentiality flag) => flag switch
    {
        CellConfidentiality.Free => ReportConfidentiality.Free,
        CellConfidentiality.Primary => ReportConfidentiality.Primary,
        CellConfidentiality.Secondary => ReportConfidentiality.Secondary,
    };

    private static string Whole(long number) => number.ToString("N0", CultureInfo.CurrentCulture);
}
