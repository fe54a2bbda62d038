using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Forecasting.Staffing;
using Pathway.Forecasting.Workload;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Api;

internal static class PlanningApi
{
    public static RouteGroupBuilder MapPlanningApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/planning").WithTags("Planning");
        group.MapPost("/workload", WorkloadAsync).WithName("PlanWorkload")
            .RequireAuthorization(Permissions.PlanningWorkload)
            .Accepts<WorkloadRequest>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithDescription("Month by month: the hours the inflow needs against the officer-hours available, cases completed oldest first, "
                + "the backlog, cases past their statutory deadline and the first month with any; with the expected inflow and, "
                + "when any type sends upper80, with every type at the upper bound of its 80% interval.");
        group.MapPost("/staffing", StaffingAsync).WithName("PlanStaffing")
            .RequireAuthorization(Permissions.PlanningStaffing)
            .Accepts<StaffingRequest>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithDescription("Operators needed in each hour for a service level target (Erlang C; Erlang A with a patience), "
                + "scheduled with shrinkage, with the week's operator-hours and its peak.");
        return group;
    }

    private static async Task<Results<Ok<WorkloadPlanView>, ValidationProblem, ProblemHttpResult>> WorkloadAsync(
        HttpRequest request, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        if (!JsonBody.IsJson(request))
        {
            return UnsupportedBody(text);
        }

        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<WorkloadRequest>(request, errors, cancellationToken);
        if (body is null || WorkloadRequestReader.Read(body, errors) is not { } input)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(WorkloadPlanView.From(input, WorkloadPlanner.Plan(input)));
    }

    private static async Task<Results<Ok<StaffingPlanView>, ValidationProblem, ProblemHttpResult>> StaffingAsync(
        HttpRequest request, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        if (!JsonBody.IsJson(request))
        {
            return UnsupportedBody(text);
        }

        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<StaffingRequest>(request, errors, cancellationToken);
        if (body is null || StaffingRequestReader.Read(body, errors) is not { } plan)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(StaffingPlanView.From(plan.Target, StaffingPlanner.Plan(plan.Calls, plan.Target)));
    }

    private static ProblemHttpResult UnsupportedBody(IStringLocalizer<Text> text) =>
        TypedResults.Problem(title: text["Send the body as {0}.", "application/json"], statusCode: StatusCodes.Status415UnsupportedMediaType);
}
