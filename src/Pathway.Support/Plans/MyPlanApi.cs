using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Localization;

namespace Pathway.Support.Plans;

/// <summary>The person's own plans in the portal: only plans in force of the cases their account is linked to.</summary>
internal static class MyPlanApi
{
    public static void MapMyPlanApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/my/plan").WithTags("Support: my plan").RequireAuthorization(SupportPermissions.PlansFollow);
        group.MapGet("/", ReadAsync).WithName("MyPlan")
            .WithSummary("The plans in force of the support cases linked to the signed-in person's account, in their language; never a draft. Each reading is audited");
        group.MapPost("/links", LinkAsync).WithName("LinkMyPlan")
            .Accepts<CodeBody>("application/json")
            .WithSummary("Links the account to a support case with the one-time code from the case worker: { code }; 400 on code for one that is mistyped, used or expired");
        group.MapPost("/tasks/{taskId:guid}/done", TickAsync).WithName("TickMyPlanTask")
            .WithSummary("The person ticks one of their own tasks done ({ done: true }, the default) or not done; 403 for a task of the case worker");
    }

    private static async Task<Ok<MyPlansAnswer>> ReadAsync(MyPlans plans, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(MyPlansAnswer.Of(await plans.ReadAsync(http.User, cancellationToken), text));

    private static async Task<Results<Ok<MyPlansAnswer>, ValidationProblem>> LinkAsync(
        HttpRequest request, MyPlans plans, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<CodeBody>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await plans.RedeemAsync(body.Code, http.User, cancellationToken) is { } refused)
        {
            errors.AddTranslated(refused.Field, PlanText.Problem(refused.Problem, text));
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(MyPlansAnswer.Of(await plans.ReadAsync(http.User, cancellationToken), text));
    }

    private static async Task<Results<Ok<MyPlansAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> TickAsync(
        Guid taskId, HttpRequest request, MyPlans plans, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadOptionalAsync(request, new PlansApi.DoneBody(true), errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (plan, problem) = await plans.TickAsync(taskId, body.Done ?? true, http.User, cancellationToken);
        return plan is not null
            ? TypedResults.Ok(MyPlansAnswer.Of(await plans.ReadAsync(http.User, cancellationToken), text))
            : PlansApi.Refused<Ok<MyPlansAnswer>>([problem!], errors, text);
    }

    internal sealed record CodeBody(string? Code);

    /// <summary>The person's plans in their language: the areas and who does each task in words, no staff member's account named.</summary>
    internal sealed record MyPlansAnswer(int LinkedCases, IReadOnlyList<MyPlanAnswer> Plans)
    {
        public static MyPlansAnswer Of(MyPlansView view, IStringLocalizer text) => new(view.LinkedCases, [.. view.Plans.Select(p => new MyPlanAnswer(
            p.Plan.Id, p.Organisation, p.Plan.Kind, PlanText.Kind(p.Plan.Kind, text), p.Plan.ApprovedAt,
            [.. p.Plan.Goals.OrderBy(g => g.Position).Select(g => new MyGoalAnswer(g.Area, PlanText.Area(g.Area, text), g.Text,
                [.. g.Tasks.OrderBy(t => t.Position).Select(t => new MyTaskAnswer(t.Id, t.Text, t.Assignee == TaskAssignee.Migrant, PlanText.ForThePerson(t, text), t.DueOn, t.Done, t.DoneAt))]))]))]);
    }

    internal sealed record MyPlanAnswer(Guid Id, string Organisation, PlanKind Kind, string KindName, DateTime? ApprovedAt, IReadOnlyList<MyGoalAnswer> Goals);

    internal sealed record MyGoalAnswer(GoalArea Area, string AreaName, string Text, IReadOnlyList<MyTaskAnswer> Tasks);

    internal sealed record MyTaskAnswer(Guid Id, string Text, bool Mine, string Who, DateOnly? DueOn, bool Done, DateTime? DoneAt);
}
