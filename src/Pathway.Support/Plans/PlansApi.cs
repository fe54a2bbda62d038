using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Localization;

namespace Pathway.Support.Plans;

internal static class PlansApi
{
    public static void MapPlansApi(this IEndpointRouteBuilder routes)
    {
        var ofCase = routes.MapGroup("/api/v1/beneficiaries/{id:guid}/plan").WithTags("Support: plans").RequireAuthorization(SupportPermissions.BeneficiariesWork);
        ofCase.MapGet("/", OpenAsync).WithName("CasePlan")
            .WithSummary("A case's plan: the version in force, the open one (draft, submitted or returned) and every version with its steps; 404 outside the team. Audited as a read");
        ofCase.MapPut("/", DraftAsync).WithName("DraftCasePlan")
            .Accepts<PlanInput>("application/json")
            .WithSummary("Keeps the plan's draft: into the open version, or into a new version when only an approved one stands (which stays in force)")
            .WithDescription("{ kind (Care|Integration), goals: [{ id (to keep a goal), area (Housing|Health|Education|Language|Employment|Income|LegalStatus|Family|Safety|Other), text, "
                + "tasks: [{ id (to keep a task and its tick), text, assignee (CaseTeam|TeamMember|Migrant), memberId (a member of the case team, for TeamMember), dueOn }] }] }. "
                + "400 naming each wrong field (goals[0].tasks[1].text); a submitted version edited goes back to draft; 409 on a closed case.");
        ofCase.MapPost("/submit", SubmitAsync).WithName("SubmitCasePlan")
            .WithSummary("Submits the open version to the organisation's supervisors; 400 on goals without a goal or a task under each; 409 when nothing waits to be submitted or the case is closed");
        ofCase.MapPost("/tasks/{taskId:guid}/done", TickAsync).WithName("TickCasePlanTask")
            .WithSummary("Ticks a task of the plan in force done ({ done: true }, the default) or not done; no new version, no approval")
            .WithDescription("Body { done } is optional. 409 for a task of a version not in force.");
        ofCase.MapPost("/link-codes", IssueCodeAsync).WithName("IssuePlanLinkCode")
            .WithSummary("Issues a one-time code (valid 14 days) the person enters in the portal to link their account to the case; shown only in this answer, kept as a hash; earlier unused codes stop working");

        var approvals = routes.MapGroup("/api/v1/plans").WithTags("Support: plans").RequireAuthorization(SupportPermissions.PlansApprove);
        approvals.MapGet("/approvals", ApprovalsAsync).WithName("PlanApprovals")
            .WithSummary("Plans waiting for approval in the cases the supervisor may open, the longest waiting first; own marks those the reader wrote");
        approvals.MapPost("/{planId:guid}/approve", ApproveAsync).WithName("ApprovePlan")
            .WithSummary("Approves a submitted plan: it is in force, the version it replaces is superseded; 403 for a supervisor who wrote part of it (four eyes); 409 when the case is closed");
        approvals.MapPost("/{planId:guid}/return", ReturnAsync).WithName("ReturnPlan")
            .Accepts<ReasonBody>("application/json")
            .WithSummary("Returns a submitted plan to the case team: { reason } is required; 403 for a supervisor who wrote part of it");
    }

    private static async Task<Results<Ok<CasePlanAnswer>, NotFound>> OpenAsync(Guid id, PlanDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        await desk.OpenAsync(id, http.User, cancellationToken) is { } plan ? TypedResults.Ok(CasePlanAnswer.Of(plan)) : TypedResults.NotFound();

    private static async Task<Results<Ok<PlanAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> DraftAsync(
        Guid id, HttpRequest request, PlanDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<PlanInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (plan, problems) = await desk.SaveDraftAsync(id, body, http.User, cancellationToken);
        return plan is not null ? TypedResults.Ok(PlanAnswer.Of(plan)) : Refused<Ok<PlanAnswer>>(problems, errors, text);
    }

    private static async Task<Results<Ok<PlanAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        Guid id, PlanDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var (plan, problem) = await desk.SubmitAsync(id, http.User, cancellationToken);
        return plan is not null ? TypedResults.Ok(PlanAnswer.Of(plan)) : Refused<Ok<PlanAnswer>>([problem!], new FieldErrors(text), text);
    }

    private static async Task<Results<Ok<PlanAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> TickAsync(
        Guid id, Guid taskId, HttpRequest request, PlanDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadOptionalAsync(request, new DoneBody(true), errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (plan, problem) = await desk.TickAsync(id, taskId, body.Done ?? true, http.User, cancellationToken);
        return plan is not null ? TypedResults.Ok(PlanAnswer.Of(plan)) : Refused<Ok<PlanAnswer>>([problem!], errors, text);
    }

    private static async Task<Results<Created<IssuedCode>, NotFound>> IssueCodeAsync(Guid id, PlanDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        await desk.IssueCodeAsync(id, http.User, cancellationToken) is { } issued
            ? TypedResults.Created($"/api/v1/beneficiaries/{id}/plan", issued)
            : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<ApprovalAnswer>>> ApprovalsAsync(PlanDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ApprovalAnswer>>([.. (await desk.ApprovalsAsync(http.User, cancellationToken))
            .Select(a => new ApprovalAnswer(a.Plan.BeneficiaryId, a.CaseNumber, a.Name, a.Own, PlanAnswer.Of(a.Plan), a.InForce is null ? null : PlanAnswer.Of(a.InForce)))]);

    private static async Task<Results<Ok<PlanAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> ApproveAsync(
        Guid planId, PlanDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var (plan, problem) = await desk.ApproveAsync(planId, http.User, cancellationToken);
        return plan is not null ? TypedResults.Ok(PlanAnswer.Of(plan)) : Refused<Ok<PlanAnswer>>([problem!], new FieldErrors(text), text);
    }

    private static async Task<Results<Ok<PlanAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> ReturnAsync(
        Guid planId, HttpRequest request, PlanDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadOptionalAsync(request, new ReasonBody(null), errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (plan, problem) = await desk.ReturnAsync(planId, body.Reason, http.User, cancellationToken);
        return plan is not null ? TypedResults.Ok(PlanAnswer.Of(plan)) : Refused<Ok<PlanAnswer>>([problem!], errors, text);
    }

    /// <summary>
    /// What a refusal answers: 404 for what the caller may not see, 403 for a decision on one's own
    /// plan (four eyes), 409 for a step the plan's state no longer allows, else 400 on each field.
    /// </summary>
    internal static Results<T, NotFound, ValidationProblem, ProblemHttpResult> Refused<T>(IReadOnlyList<PlanRefusal> problems, FieldErrors errors, IStringLocalizer text)
        where T : IResult
    {
        if (problems.Any(p => p.Problem is PlanProblem.CaseNotFound or PlanProblem.PlanNotFound or PlanProblem.TaskNotFound))
        {
            return TypedResults.NotFound();
        }

        if (problems.FirstOrDefault(p => p.Problem is PlanProblem.OwnPlan or PlanProblem.NotTheirTask) is { } forbidden)
        {
            return TypedResults.Problem(title: PlanText.Problem(forbidden.Problem, text), statusCode: StatusCodes.Status403Forbidden);
        }

        if (problems.FirstOrDefault(p => p.Problem is PlanProblem.CaseClosed or PlanProblem.WrongState or PlanProblem.NothingToSubmit or PlanProblem.NotInForce) is { } conflict)
        {
            return TypedResults.Problem(title: PlanText.Problem(conflict.Problem, text), statusCode: StatusCodes.Status409Conflict);
        }

        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field, PlanText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    internal sealed record DoneBody(bool? Done);

    internal sealed record ReasonBody(string? Reason);

    internal sealed record ApprovalAnswer(Guid BeneficiaryId, string CaseNumber, string Name, bool Own, PlanAnswer Plan, PlanAnswer? InForce);
}
