using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Export;
using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Localization;
using Pathway.Analytics.Planning;
using Pathway.Analytics.Series;
using Pathway.Forecasting.Staffing;
using Pathway.Forecasting.Workload;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Uploads;

namespace Pathway.Analytics.Planning;

internal static class PlanningApi
{
    public static RouteGroupBuilder MapPlanningApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/planning").WithTags("Planning");
        group.MapPost("/workload", WorkloadAsync).WithName("PlanWorkload").WithSummary("Plans officer-hours against the inflow and the statutory deadlines")
            .RequireAuthorization(AnalyticsPermissions.PlanningWorkload)
            .Accepts<WorkloadRequest>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithDescription("Month by month: the hours the inflow needs against the officer-hours available, cases completed oldest first, "
                + "the backlog, cases past their statutory deadline and the first month with any; with the expected inflow and, "
                + "when any type sends upper80, with every type at the upper bound of its 80% interval.");
        group.MapPost("/staffing", StaffingAsync).WithName("PlanStaffing").WithSummary("Plans helpline operators per hour for a service level")
            .RequireAuthorization(AnalyticsPermissions.PlanningStaffing)
            .Accepts<StaffingRequest>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithDescription("Operators needed in each hour for a service level target (Erlang C; Erlang A with a patience), "
                + "scheduled with shrinkage, with the week's operator-hours and its peak.");
        // The pages' download buttons post the page's form with its antiforgery token; the plan is
        // made again from it by the code the page uses.
        group.MapPost("/workload/export", WorkloadExportAsync).WithName("ExportWorkloadFromForm")
            .RequireAuthorization(AnalyticsPermissions.PlanningWorkload).DisableAntiforgery().ExcludeFromDescription();
        group.MapPost("/staffing/export", StaffingExportAsync).WithName("ExportStaffingFromForm")
            .RequireAuthorization(AnalyticsPermissions.PlanningStaffing).DisableAntiforgery().ExcludeFromDescription();
        return group;
    }

    private static async Task<Results<Ok<WorkloadPlanView>, ValidationProblem, ProblemHttpResult>> WorkloadAsync(
        HttpRequest request, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        if (!JsonBody.IsJson(request))
        {
            return UnsupportedBody(text);
        }

        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<WorkloadRequest>(request, errors, cancellationToken);
        if (body is null || WorkloadRequestReader.Read(body, errors, text) is not { } input)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(WorkloadPlanView.From(input, WorkloadPlanner.Plan(input)));
    }

    private static async Task<Results<Ok<StaffingPlanView>, ValidationProblem, ProblemHttpResult>> StaffingAsync(
        HttpRequest request, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        if (!JsonBody.IsJson(request))
        {
            return UnsupportedBody(text);
        }

        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<StaffingRequest>(request, errors, cancellationToken);
        if (body is null || StaffingRequestReader.Read(body, errors, text) is not { } plan)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(StaffingPlanView.From(plan.Target, StaffingPlanner.Plan(plan.Calls, plan.Target)));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> WorkloadExportAsync(
        HttpContext http, ISeriesStore store, LimitedUpload uploads, IStringLocalizer<AnalyticsText> text, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var (form, problem) = await PageForm.ReadAsync(http, antiforgery, text, "Send the form of the workload planning page.", cancellationToken);
        if (form is null)
        {
            return problem!;
        }

        var outcome = await WorkloadFormPlanner.PlanAsync(WorkloadForm.Read(form), WorkloadFormFiles.Read(form), store, uploads, text, cancellationToken);
        return outcome.Plan is { } plan
            ? TypedResults.File(PlanCsv.Workload(plan), PlanCsv.ContentType, PlanCsv.WorkloadFileName)
            : TypedResults.ValidationProblem(Errors(outcome.Problems, text));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> StaffingExportAsync(
        HttpContext http, ISeriesStore store, LimitedUpload uploads, IStringLocalizer<AnalyticsText> text, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var (form, problem) = await PageForm.ReadAsync(http, antiforgery, text, "Send the form of the staffing page.", cancellationToken);
        if (form is null)
        {
            return problem!;
        }

        var outcome = await StaffingFormPlanner.PlanAsync(StaffingForm.Read(form), form.Files.GetFile(StaffingForm.CallsFileField), store, uploads, text, cancellationToken);
        return outcome.Rows is { } rows
            ? TypedResults.File(PlanCsv.Staffing(rows), PlanCsv.ContentType, PlanCsv.StaffingFileName)
            : TypedResults.ValidationProblem(Errors(outcome.Problems, text));
    }

    /// <summary>The form's problems per field, each already in the caller's language.</summary>
    private static Dictionary<string, string[]> Errors(IReadOnlyList<FormProblem> problems, IStringLocalizer<AnalyticsText> text)
    {
        var errors = new FieldErrors(text);
        foreach (var problem in problems)
        {
            errors.AddTranslated(problem.Field, problem.Message);
        }

        return errors.ToDictionary();
    }

    private static ProblemHttpResult UnsupportedBody(IStringLocalizer<AnalyticsText> text) =>
        TypedResults.Problem(title: text["Send the body as {0}.", "application/json"], statusCode: StatusCodes.Status415UnsupportedMediaType);
}
