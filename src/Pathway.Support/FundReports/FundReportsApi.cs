using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Platform.Printing;
using Pathway.Platform.Reporting;
using Pathway.Support.Localization;
using Pathway.Support.Periods;

namespace Pathway.Support.FundReports;

internal static class FundReportsApi
{
    public static void MapFundReportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/fund-reports").WithTags("Support: fund reports").RequireAuthorization(SupportPermissions.FundReportsRead);
        group.MapGet("/projects", ProjectsAsync).WithName("FundedProjects")
            .WithSummary("The funded projects the caller's organisations counted services or trainings for");
        group.MapGet("/", ReportAsync).WithName("FundReport")
            .WithSummary("A funded project's indicators for a period: as JSON, or as the XLSX or PDF report with the counting rule under each table")
            .WithDescription("?project=CODE (required) &from=YYYY-MM-DD&to=YYYY-MM-DD (this year when left out) &format=json|xlsx|pdf. Persons assisted (each once however often they came) "
                + "and by service, the helpline's calls (for those who may read the helpline), persons trained by area, institutions supported. The files are in the caller's language.")
            .Produces(StatusCodes.Status200OK, contentType: ReportWorkbook.ContentType)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
    }

    private static async Task<Ok<IReadOnlyList<string>>> ProjectsAsync(FundReportDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ProjectsAsync(cancellationToken));

    private static async Task<Results<Ok<FundReportAnswer>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ReportAsync(
        string? project, string? from, string? to, string? format, FundReportDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var code = FundReportQuery.Project(project, errors);
        var kind = (format ?? "json").Trim().ToLowerInvariant();
        if (kind is not ("json" or "xlsx" or "pdf"))
        {
            errors.Add("format", "Ask for json, xlsx or pdf.");
        }

        var period = await FundReportQuery.PeriodAsync(from, to, desk, errors, text, cancellationToken);
        if (code is null || period is null || errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var report = await desk.ReportAsync(code, period.Value.From, period.Value.To, http.User, cancellationToken);
        if (kind == "json")
        {
            return TypedResults.Ok(FundReportAnswer.Of(report));
        }

        var content = FundReportTables.Content(report, text);
        var name = FundReportQuery.FileName(report, kind);
        var words = ReportWordsText.Of(http.RequestServices.GetRequiredService<IStringLocalizer<Text>>());
        if (kind == "xlsx")
        {
            return TypedResults.File(ReportWorkbook.Write(content, words), ReportWorkbook.ContentType, name);
        }

        try
        {
            var fonts = http.RequestServices.GetRequiredService<Lazy<PrintFonts>>().Value;
            var pdf = new ReportPdf(fonts, words).Write(content, CultureInfo.CurrentUICulture, DateTime.UtcNow);
            return TypedResults.File(pdf, "application/pdf", name);
        }
        catch (PrintFontsMissingException missing)
        {
            return TypedResults.Problem(title: text["The report cannot be printed on this server: a font is missing."], detail: missing.Message,
                statusCode: StatusCodes.Status503ServiceUnavailable, type: PrintFontsMissingException.ProblemType);
        }
    }
}

/// <summary>The report as the API answers it: the helpline's four figures the fund asks for, not its hour-by-weekday grid.</summary>
internal sealed record FundReportAnswer(
    string Project, DateOnly From, DateOnly To, string Organisations, int PersonsAssisted, int ServicesGiven,
    IReadOnlyList<ServiceFigure> ByService, FundReportAnswer.Calls? Helpline, Trainings.TrainingFigures Trainings)
{
    public static FundReportAnswer Of(FundReport r) => new(
        r.Project, r.From, r.To, r.Organisations, r.PersonsAssisted, r.ServicesGiven, r.ByService,
        r.Helpline is { } h ? new Calls(h.AnsweredIncoming, h.Outgoing, h.AutomatedHelpline, h.Redirected) : null, r.Trainings);

    internal sealed record Calls(int AnsweredIncoming, int Outgoing, int AutomatedHelpline, int Redirected);
}

/// <summary>What a report is asked for with (the page's form and the API read it alike), and what its heading and file are called.</summary>
internal static class FundReportQuery
{
    /// <summary>The project's code, trimmed; null with the problem named when it is missing or too long.</summary>
    public static string? Project(string? project, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(project))
        {
            errors.Add("project", "Choose the funded project.");
            return null;
        }

        if (project.Trim().Length > FundReportDesk.MaxProjectLength)
        {
            errors.Add("project", "Write at most {0} characters.", FundReportDesk.MaxProjectLength);
            return null;
        }

        return project.Trim();
    }

    /// <summary>The period asked for; this calendar year of the office when left out.</summary>
    public static async Task<(DateOnly From, DateOnly To)?> PeriodAsync(
        string? from, string? to, FundReportDesk desk, FieldErrors errors, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var today = await desk.TodayAsync(cancellationToken);
        return Period.Read(from, to, new DateOnly(today.Year, 12, 31), last => new DateOnly(last.Year, 1, 1), errors, text);
    }

    public static IReadOnlyList<(string Label, string Value)> Facts(FundReport report, IStringLocalizer text) =>
    [
        (text["Funded project"], report.Project),
        (text["Period"], string.Create(CultureInfo.InvariantCulture, $"{report.From:yyyy-MM-dd} – {report.To:yyyy-MM-dd}")),
        (text["Organisations counted"], report.Organisations),
    ];

    /// <summary>The file's name: the project's code (letters, digits, dots and dashes only) and the period.</summary>
    public static string FileName(FundReport report, string extension)
    {
        var code = new string([.. report.Project.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_')]);
        return string.Create(CultureInfo.InvariantCulture, $"fund-report-{code}-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.{extension}");
    }
}
