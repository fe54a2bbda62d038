using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Platform.Printing;
using Pathway.Platform.Reporting;
using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.Reports;

internal static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/analytics/reports").WithTags("Analytics reports").RequireAuthorization(AnalyticsPermissions.AnalyticsReports);
        group.MapGet("/definitions", Definitions).WithName("ReportDefinitions")
            .WithSummary("The reports the caller may run, with their parameters (name, kind, label, whether required) and formats");
        group.MapPost("/runs", RunAsync).WithName("RunReport")
            .WithSummary("Runs a report and keeps its file in the library with its arguments and data version; audited")
            .WithDescription("Body: {\"name\": \"monthly-office\", \"parameters\": {\"month\": \"2026-11\"}, \"format\": \"pdf|xlsx|sdmx-csv\", \"transmission\": false}. "
                + "Months and years may be given as previous or current. 201 with the library entry; 400 with the problem of each parameter in the caller's language; "
                + "404 for a report that does not exist or the caller may not run. The transmission (SDMX-CSV with true small counts and their flags) is for analysts.");
        group.MapGet("/runs", ListAsync).WithName("ReportLibrary")
            .WithSummary("The library: the office's reports of the definitions the caller may run, newest first (at most 200); ?definition=NAME narrows it");
        group.MapGet("/runs/{id:guid}", EntryAsync).WithName("ReportLibraryEntry")
            .WithSummary("One report of the library: its definition, arguments, format, data version, who ran it and when");
        group.MapGet("/runs/{id:guid}/file", FileAsync).WithName("ReportLibraryFile")
            .WithSummary("The file of one report of the library, as it was made; audited");
        group.MapGet("/schedules", SchedulesAsync).WithName("ReportSchedules")
            .WithSummary("The office's report schedules of the reports the caller may run, with when each runs next and how its last run went");
        group.MapPost("/schedules", ScheduleAsync).WithName("ScheduleReport")
            .WithSummary("Runs a report on a schedule: a Quartz cron expression in the office's time zone, at most hourly; audited")
            .WithDescription("Body: {\"name\": \"monthly-office\", \"parameters\": {\"month\": \"previous\"}, \"format\": \"pdf\", \"transmission\": false, \"cron\": \"0 0 6 1 * ?\", \"language\": \"pl\"}. "
                + "Parameters are checked now and resolved at each run (previous and current against that day). Every node of a cluster shares the schedule; one runs it. "
                + "201 with the schedule; 400 with each problem in the caller's language; 404 for a report the caller may not run.");
        group.MapDelete("/schedules/{id:guid}", UnscheduleAsync).WithName("UnscheduleReport")
            .WithSummary("Removes a schedule; the reports it made stay in the library; audited");
    }

    private static Ok<IReadOnlyList<ReportDefinitionAnswer>> Definitions(ReportLibrary library, ClaimsPrincipal user, IStringLocalizer<AnalyticsText> text) =>
        TypedResults.Ok<IReadOnlyList<ReportDefinitionAnswer>>([.. library.For(user).Select(d => ReportDefinitionAnswer.Of(d, text))]);

    private static async Task<Results<Created<LibraryEntry>, ValidationProblem, ProblemHttpResult>> RunAsync(
        ReportRequest request, ReportLibrary library, ITenantScopeAccessor scope, ClaimsPrincipal user, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await library.RunAsync(scope.Current.TenantId, request, user, cancellationToken: cancellationToken);
            if (outcome.NotFound)
            {
                return TypedResults.Problem(title: outcome.Problems["name"], statusCode: StatusCodes.Status404NotFound);
            }

            return outcome.Entry is { } entry
                ? TypedResults.Created($"/api/v1/analytics/reports/runs/{entry.Id}", entry)
                : TypedResults.ValidationProblem(outcome.Problems.ToDictionary(p => p.Key, p => new[] { p.Value }, StringComparer.Ordinal));
        }
        catch (PrintFontsMissingException missing)
        {
            return TypedResults.Problem(title: text["The report cannot be printed on this server: a font is missing."], detail: missing.Message,
                statusCode: StatusCodes.Status503ServiceUnavailable, type: PrintFontsMissingException.ProblemType);
        }
    }

    private static async Task<Ok<IReadOnlyList<LibraryEntry>>> ListAsync(string? definition, ReportLibrary library, ITenantScopeAccessor scope, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await library.ListAsync(scope.Current.TenantId, user, definition, cancellationToken));

    private static async Task<Results<Ok<LibraryEntry>, NotFound>> EntryAsync(Guid id, ReportLibrary library, ITenantScopeAccessor scope, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await library.EntryAsync(scope.Current.TenantId, id, user, cancellationToken) is { } entry ? TypedResults.Ok(entry) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<ScheduleEntry>>> SchedulesAsync(ReportSchedules schedules, ITenantScopeAccessor scope, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await schedules.ListAsync(scope.Current.TenantId, user, cancellationToken));

    private static async Task<Results<Created<ScheduleEntry>, ValidationProblem, ProblemHttpResult>> ScheduleAsync(
        ScheduleRequest request, ReportSchedules schedules, ITenantScopeAccessor scope, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (entry, problems, notFound) = await schedules.CreateAsync(scope.Current.TenantId, request, user, cancellationToken);
        if (notFound)
        {
            return TypedResults.Problem(title: problems["name"], statusCode: StatusCodes.Status404NotFound);
        }

        return entry is not null
            ? TypedResults.Created($"/api/v1/analytics/reports/schedules/{entry.Id}", entry)
            : TypedResults.ValidationProblem(problems.ToDictionary(p => p.Key, p => new[] { p.Value }, StringComparer.Ordinal));
    }

    private static async Task<Results<NoContent, NotFound>> UnscheduleAsync(Guid id, ReportSchedules schedules, ITenantScopeAccessor scope, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await schedules.DeleteAsync(scope.Current.TenantId, id, user, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> FileAsync(Guid id, ReportLibrary library, ITenantScopeAccessor scope, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await library.FileAsync(scope.Current.TenantId, id, user, cancellationToken: cancellationToken) is { } report
            ? TypedResults.File(report.Content, report.ContentType, report.FileName)
            : TypedResults.NotFound();
}

/// <summary>A report as the API describes it, in the caller's language.</summary>
internal sealed record ReportDefinitionAnswer(string Name, string Title, string Description, IReadOnlyList<ReportParameterAnswer> Parameters, IReadOnlyList<string> Formats)
{
    public static ReportDefinitionAnswer Of(IReportDefinition definition, IStringLocalizer<AnalyticsText> text) => new(
        definition.Name, definition.Title, definition.Description,
        [.. definition.Parameters.Select(p => new ReportParameterAnswer(p.Name, p.Kind.ToString().ToLowerInvariant(), p.Label, ReportArgumentsReader.Shape(p, text), p.Required, p.Choices))],
        [.. ReportFormats.All.Select(ReportFormats.Code)]);
}

/// <summary>A parameter: its name, kind, label, how a value is written, whether it must be given, and the choices where it has them.</summary>
internal sealed record ReportParameterAnswer(string Name, string Kind, string Label, string Written, bool Required, IReadOnlyList<ReportChoice>? Choices);
