using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Localization;

namespace Pathway.Support.Closures;

internal static class ClosuresApi
{
    public static void MapClosuresApi(this IEndpointRouteBuilder routes)
    {
        var ofCase = routes.MapGroup("/api/v1/beneficiaries/{id:guid}").WithTags("Support: closures").RequireAuthorization(SupportPermissions.BeneficiariesWork);
        ofCase.MapGet("/closures", ForCaseAsync).WithName("CaseClosures")
            .WithSummary("A case's closure requests with their decisions, the newest first; 404 outside the team");
        ofCase.MapPost("/closures", RequestAsync).WithName("RequestClosure")
            .Accepts<ClosureInput>("application/json")
            .WithSummary("Asks a supervisor to close the case")
            .WithDescription("{ reason (GoalsReached|NoLongerNeeded|PersonWithdrew|MovedAway|ContactLost|ServedElsewhere|Deceased|Other), note (required with Other) }. "
                + "201; 400 naming the wrong field; 409 when the case is closed already, a request waits already, or a transfer of the case waits; 404 outside the team.");
        ofCase.MapPost("/reopen", ReopenAsync).WithName("ReopenCase").RequireAuthorization(SupportPermissions.ClosuresApprove)
            .Accepts<ReopenBody>("application/json")
            .WithSummary("Reopens a closed case: { reason } (required). A supervisor's step, audited")
            .WithDescription("200 with the closure, now reopened; 409 when the case is not closed, or was anonymised under the retention rules.");

        var closures = routes.MapGroup("/api/v1/closures").WithTags("Support: closures").RequireAuthorization(SupportPermissions.ClosuresApprove);
        closures.MapGet("/waiting", WaitingAsync).WithName("ClosuresWaiting")
            .WithSummary("Closure requests waiting for a supervisor in the cases the caller may open, the oldest first, with the planned services not yet given");
        closures.MapPost("/{closureId:guid}/{step}", DecideAsync).WithName("DecideClosure")
            .Accepts<NoteBody>("application/json")
            .WithSummary("Approves (the case is closed) or returns a closure request: step is approve|return; body { note } (required to return)")
            .WithDescription("409 for the supervisor who asked for the closure (four eyes) and for a request decided already.");
    }

    private static async Task<Results<Ok<IReadOnlyList<ClosureAnswer>>, NotFound>> ForCaseAsync(Guid id, ClosureDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        await desk.ForCaseAsync(id, http.User, cancellationToken) is { } closures
            ? TypedResults.Ok<IReadOnlyList<ClosureAnswer>>([.. closures.Select(ClosureAnswer.Of)])
            : TypedResults.NotFound();

    private static async Task<Results<Created<ClosureAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> RequestAsync(
        Guid id, HttpRequest request, ClosureDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<ClosureInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (closure, problems) = await desk.RequestAsync(id, body, http.User, cancellationToken);
        if (closure is not null)
        {
            return TypedResults.Created($"/api/v1/beneficiaries/{id}/closures", ClosureAnswer.Of(closure));
        }

        if (problems.Any(p => p.Problem == ClosureProblem.CaseNotFound))
        {
            return TypedResults.NotFound();
        }

        if (problems.FirstOrDefault(p => p.Problem is ClosureProblem.ClosedAlready or ClosureProblem.PendingAlready or ClosureProblem.TransferWaiting) is { } conflict)
        {
            return TypedResults.Conflict(new ProblemAnswer(ClosureText.Problem(conflict.Problem, text)));
        }

        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field, ClosureText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<Ok<ClosureAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> ReopenAsync(
        Guid id, HttpRequest request, ClosureDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadOptionalAsync(request, new ReopenBody(null), errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (closure, problem) = await desk.ReopenAsync(id, body.Reason, http.User, cancellationToken);
        return Answer(closure, problem, errors, text);
    }

    private static async Task<Ok<IReadOnlyList<WaitingAnswer>>> WaitingAsync(ClosureDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<WaitingAnswer>>([.. (await desk.WaitingAsync(http.User, cancellationToken))
            .Select(w => new WaitingAnswer(ClosureAnswer.Of(w.Closure), w.CaseNumber, w.Name, w.OpenedAt, w.PlannedServices))]);

    private static async Task<Results<Ok<ClosureAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> DecideAsync(
        Guid closureId, string step, HttpRequest request, ClosureDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        ClosureStatus? to = step switch
        {
            "approve" => ClosureStatus.Approved,
            "return" => ClosureStatus.Returned,
            _ => null,
        };
        if (to is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors(text);
        // The body is optional: approving needs no words.
        var body = await JsonBody.ReadOptionalAsync(request, new NoteBody(null), errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (closure, problem) = await desk.DecideAsync(closureId, to.Value, body.Note, http.User, cancellationToken);
        return Answer(closure, problem, errors, text);
    }

    private static Results<Ok<ClosureAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem> Answer(
        CaseClosure? closure, ClosureRefusal? problem, FieldErrors errors, IStringLocalizer text)
    {
        if (closure is not null)
        {
            return TypedResults.Ok(ClosureAnswer.Of(closure));
        }

        switch (problem!.Problem)
        {
            case ClosureProblem.CaseNotFound or ClosureProblem.ClosureNotFound:
                return TypedResults.NotFound();
            case ClosureProblem.NoteMissing or ClosureProblem.NoteTooLong:
                errors.AddTranslated(problem.Field, ClosureText.Problem(problem.Problem, text));
                return TypedResults.ValidationProblem(errors.ToDictionary());
            default:
                return TypedResults.Conflict(new ProblemAnswer(ClosureText.Problem(problem.Problem, text)));
        }
    }

    internal sealed record NoteBody(string? Note);

    /// <summary>Why a supervisor reopens a case: its own record, so that a decision's { note } is not taken for a reason.</summary>
    internal sealed record ReopenBody(string? Reason);

    internal sealed record WaitingAnswer(ClosureAnswer Closure, string CaseNumber, string Name, DateTime OpenedAt, int PlannedServices);

    internal sealed record ClosureAnswer(
        Guid Id, Guid BeneficiaryId, ClosureReason Reason, string? Note, ClosureStatus Status, DateTime RequestedAt, string RequestedBy,
        DateTime? DecidedAt, string? DecidedBy, string? DecisionNote, DateTime? ReopenedAt, string? ReopenedBy, string? ReopenReason)
    {
        public static ClosureAnswer Of(CaseClosure c) => new(
            c.Id, c.BeneficiaryId, c.Reason, c.Note, c.Status, c.RequestedAt, c.RequestedBy, c.DecidedAt, c.DecidedBy, c.DecisionNote, c.ReopenedAt, c.ReopenedBy, c.ReopenReason);
    }
}
