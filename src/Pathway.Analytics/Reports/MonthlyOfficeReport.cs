using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Dashboards;
using Pathway.Analytics.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Reporting;

namespace Pathway.Analytics.Reports;

/// <summary>
/// <c>monthly-office</c>: the office's month from the warehouse: applications received by type,
/// decisions by outcome, the backlog at the month's end by how long it had waited, and the last
/// twelve months of inflow, decisions and processing times against the statutory day. Counts of
/// persons go through disclosure control.
/// </summary>
public sealed class MonthlyOfficeReport(DashboardFigures figures, PathwayDbContext db, IStringLocalizer<AnalyticsText> text) : IReportDefinition
{
    public const string ReportName = "monthly-office";

    public string Name => ReportName;

    public string Permission => AnalyticsPermissions.AnalyticsReports;

    public string Title => text["Monthly office report"];

    public string Description => text["The month's applications by type, decisions by outcome, the backlog at its end by age, and a year of inflow, decisions and processing times against the statutory day."];

    public IReadOnlyList<ReportParameter> Parameters => [new("month", ReportParameterKind.Month, text["Month"])];

    public Task ValidateAsync(ReportRun run, IDictionary<string, string> problems, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<ReportContent> BuildAsync(ReportRun run, CancellationToken cancellationToken)
    {
        var month = run.Arguments.Month("month");
        var data = await figures.ForAsync(run.TenantId, new DashboardFilter(month.AddMonths(-11), month), cancellationToken, forecast: false);
        var office = await db.Tenants.AsNoTracking().Where(t => t.Id == run.TenantId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var period = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return new ReportContent(
            text["Monthly office report"], period,
            [new(text["Office"], office), new(text["Month"], period), new(text["Counted from"], text["the analytics warehouse, pseudonymised facts of the office's cases"])],
            [Inflow(data, month), Decisions(data, month), Backlog(data, month), Year(data), Processing(data)]);
    }

    private ReportTable Inflow(DashboardData data, DateOnly month)
    {
        var counts = data.Inflow.Where(i => i.Month == month).Select(i => (i.ApplicationType, (long)i.Count)).ToList();
        var (byType, total) = ReportProtection.Protect(counts);
        return new ReportTable("inflow", text["Applications received in the month, by type"], text["Application type"], [new("APPLICATIONS", text["Applications"])],
            [
                .. counts.OrderByDescending(c => c.Item2).ThenBy(c => c.ApplicationType, StringComparer.Ordinal)
                    .Select(c => new ReportRow(c.ApplicationType, ApplicationTypeLabels.Of(c.ApplicationType, text), [byType[c.ApplicationType]])),
                new ReportRow("TOTAL", text["Total"], [total], Total: true),
            ],
            text["Counting rule: an application counts in the month it was submitted, once, whatever happened to it since."],
            new ReportChart(ReportChartKind.Bars, ["APPLICATIONS"]));
    }

    private ReportTable Decisions(DashboardData data, DateOnly month)
    {
        var counts = data.Decisions.Where(d => d.Month == month).Select(d => (d.Outcome, (long)d.Count)).ToList();
        var (byOutcome, total) = ReportProtection.Protect(counts);
        return new ReportTable("decisions", text["Decisions in the month, by outcome"], text["Outcome"], [new("DECISIONS", text["Decisions"])],
            [
                .. counts.OrderBy(c => c.Outcome, StringComparer.Ordinal)
                    .Select(c => new ReportRow(c.Outcome.ToUpperInvariant(), DashboardCharts.OutcomeLabel(c.Outcome, text), [byOutcome[c.Outcome]])),
                new ReportRow("TOTAL", text["Total"], [total], Total: true),
            ],
            text["Counting rule: a decision counts in the month it was made: the first instance's decision, not an appeal's."],
            new ReportChart(ReportChartKind.Bars, ["DECISIONS"]));
    }

    private ReportTable Backlog(DashboardData data, DateOnly month)
    {
        var at = data.Backlog.Single(b => b.Month == month);
        (string Code, long Count)[] counts = [("M0_1", at.UnderOne), ("M1_2", at.OneToTwo), ("M2_3", at.TwoToThree), ("M_GE3", at.ThreeOrMore)];
        string[] labels = [text["Under 1 month"], text["1 to 2 months"], text["2 to 3 months"], text["3 months or more"]];
        var (byBand, total) = ReportProtection.Protect(counts);
        return new ReportTable("backlog", text["Backlog at the month's end, by time waited"], text["Waiting for"], [new("CASES", text["Cases"])],
            [
                .. counts.Select((c, i) => new ReportRow(c.Code, labels[i], [byBand[c.Code]])),
                new ReportRow("TOTAL", text["Total"], [total], Total: true),
            ],
            text["Counting rule: a case awaiting the first decision on the month's last day, by whole months since it was submitted."],
            new ReportChart(ReportChartKind.Bars, ["CASES"]));
    }

    /// <summary>Twelve months of totals: large counts, shown as they are unless one is itself small.</summary>
    private ReportTable Year(DashboardData data)
    {
        var rows = data.Filter.EachMonth().Select(m =>
        {
            var inflow = data.Inflow.Where(i => i.Month == m).Sum(i => i.Count);
            var decided = data.Decisions.Where(d => d.Month == m).Sum(d => d.Count);
            var backlog = data.Backlog.Single(b => b.Month == m).Total;
            var code = m.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            return new ReportRow(code, code, [Small(inflow), Small(decided), Small(backlog)]);
        });
        return new ReportTable("year", text["Twelve months: applications, decisions and backlog"], text["Month"],
            [new("APPLICATIONS", text["Applications"]), new("DECISIONS", text["Decisions"]), new("BACKLOG", text["Backlog"])],
            [.. rows],
            text["Counting rule: as in the tables above, month by month; the backlog on each month's last day."],
            new ReportChart(ReportChartKind.Lines, ["APPLICATIONS", "DECISIONS", "BACKLOG"]));
    }

    private ReportTable Processing(DashboardData data)
    {
        var rows = data.Processing.Select(p =>
        {
            var code = p.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            // Times of fewer decisions than the threshold would describe a few persons' cases: they are hidden with the count.
            var hidden = p.Decided is > 0 and < Disclosure.DisclosureRules.DefaultThreshold;
            ReportValue Of(decimal? value) => new(value, hidden ? ReportConfidentiality.Primary : ReportConfidentiality.Free);
            return new ReportRow(code, code,
                [Small(p.Decided), Of(p.MedianDays), Of(p.Percentile90Days), Of(p.InTimeShare is { } share ? (decimal)share : null)]);
        });
        return new ReportTable("processing", text["Processing times of the decisions made each month"], text["Month"],
            [
                new("DECIDED", text["Decisions"]), new("MEDIAN_DAYS", text["Median days"], ReportFigure.Days),
                new("P90_DAYS", text["90th percentile, days"], ReportFigure.Days), new("IN_TIME", text["Decided by the statutory day"], ReportFigure.Share),
            ],
            [.. rows],
            text["Counting rule: calendar days from submission to the first decision; the share counts the decisions whose case had a statutory day."],
            new ReportChart(ReportChartKind.Lines, ["MEDIAN_DAYS", "P90_DAYS"]));
    }

    private static ReportValue Small(int count) =>
        new(count, count is > 0 and < Disclosure.DisclosureRules.DefaultThreshold ? ReportConfidentiality.Primary : ReportConfidentiality.Free);
}
