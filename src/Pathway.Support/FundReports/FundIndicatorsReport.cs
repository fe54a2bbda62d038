using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Platform.Reporting;
using Pathway.Support.Localization;
using Pathway.Support.Periods;

namespace Pathway.Support.FundReports;

/// <summary>
/// <c>fund-indicators</c> in the analytics centre's report library: a funded project's indicators
/// for a period (<c>project</c>, <c>from</c>, <c>to</c>; this calendar year when the days are left
/// out), the same tables and counting rules as the fund report page, counted in the scope of who
/// runs it (the office itself counts all its organisations).
/// </summary>
internal sealed class FundIndicatorsReport(FundReportDesk desk, IStringLocalizer<SupportText> text) : IReportDefinition
{
    public string Name => "fund-indicators";

    public string Permission => SupportPermissions.FundReportsRead;

    public string Title => text["Fund indicator report"];

    public string Description => text["A funded project's indicators for a period: persons assisted and by service, the helpline's calls, persons trained by area and institutions supported."];

    public IReadOnlyList<ReportParameter> Parameters =>
    [
        new("project", ReportParameterKind.Text, text["Funded project"]),
        new("from", ReportParameterKind.Date, text["From"], Required: false),
        new("to", ReportParameterKind.Date, text["To"], Required: false),
    ];

    public Task ValidateAsync(ReportRun run, IDictionary<string, string> problems, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        FundReportQuery.Project(run.Arguments["project"], errors);
        PeriodOf(run, errors);
        foreach (var (field, messages) in errors.ToDictionary())
        {
            problems[field] = string.Join(" ", messages);
        }

        return Task.CompletedTask;
    }

    public async Task<ReportContent> BuildAsync(ReportRun run, CancellationToken cancellationToken)
    {
        var (from, to) = PeriodOf(run, new FieldErrors(text)) ?? throw new InvalidOperationException("The period was checked before the run.");
        var report = await desk.ReportAsync(run.Arguments["project"]!.Trim(), from, to, run.User, cancellationToken);
        return FundReportTables.Content(report, text);
    }

    /// <summary>The days asked for, this calendar year of the office without them (as the fund report page).</summary>
    private (DateOnly From, DateOnly To)? PeriodOf(ReportRun run, FieldErrors errors) =>
        Period.Read(
            run.Arguments.Date("from")?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), run.Arguments.Date("to")?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            new DateOnly(run.Today.Year, 12, 31), last => new DateOnly(last.Year, 1, 1), errors, text);
}
