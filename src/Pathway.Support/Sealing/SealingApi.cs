using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Localization;

namespace Pathway.Support.Sealing;

internal static class SealingApi
{
    public static void MapSealingApi(this IEndpointRouteBuilder routes)
    {
        var ofCase = routes.MapGroup("/api/v1/beneficiaries/{id:guid}").WithTags("Support: sealed cases").RequireAuthorization(SupportPermissions.BeneficiariesWork);
        ofCase.MapPost("/seal", SealAsync).WithName("SealCase")
            .Accepts<ReasonBody>("application/json")
            .WithSummary("Seals a case: { reason }. From then on it opens to its team only and appears in no one else's list, search or duplicate check")
            .WithDescription("Only a member of the case's team (409 otherwise). 204; 400 without the reason; 404 outside the team.");
        ofCase.MapPost("/unseal", UnsealAsync).WithName("UnsealCase")
            .Accepts<ReasonBody>("application/json")
            .WithSummary("Unseals a sealed case: { reason }. Only a member of its team");

        var glass = routes.MapGroup("/api/v1/break-glass").WithTags("Support: sealed cases").RequireAuthorization(SupportPermissions.BreakGlass);
        glass.MapPost("/", BreakGlassAsync).WithName("BreakGlass")
            .Accepts<BreakGlassInput>("application/json")
            .WithSummary("Opens a case of the caller's organisation they may not open (sealed, or not on its team) for a few hours, by its exact number, with the reason")
            .WithDescription("{ caseNumber, reason, hours (1 to 8, 2 when left out) }. 201 with the opening and the case's id; the organisation's supervisors are alerted and review it. "
                + "400 naming the wrong field (also for a number no case of the organisation has: the attempt is audited); 409 when the caller may open the case already.");
        glass.MapGet("/", ListAsync).WithName("BreakGlassOpenings")
            .WithSummary("The break-glass openings of the caller's organisation (a supervisor: all, the ones not yet reviewed first; anyone else: their own)");
        glass.MapPost("/{accessId:guid}/reviewed", ReviewAsync).WithName("ReviewBreakGlass").RequireAuthorization(SupportPermissions.BreakGlassReview)
            .Accepts<NoteBody>("application/json")
            .WithSummary("Marks a break-glass opening reviewed: { note } (optional, for what was not right)");
    }

    private static Task<Results<NoContent, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> SealAsync(
        Guid id, HttpRequest request, SealingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken) =>
        SetSealAsync(id, request, desk.SealAsync, text, http, cancellationToken);

    private static Task<Results<NoContent, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> UnsealAsync(
        Guid id, HttpRequest request, SealingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken) =>
        SetSealAsync(id, request, desk.UnsealAsync, text, http, cancellationToken);

    private static async Task<Results<NoContent, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> SetSealAsync(
        Guid id, HttpRequest request, Func<Guid, string?, System.Security.Claims.ClaimsPrincipal, CancellationToken, Task<SealingRefusal?>> step,
        IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadOptionalAsync(request, new ReasonBody(null), errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        switch (await step(id, body.Reason, http.User, cancellationToken))
        {
            case null:
                return TypedResults.NoContent();
            case { Problem: SealingProblem.CaseNotFound }:
                return TypedResults.NotFound();
            case { Problem: SealingProblem.ReasonMissing or SealingProblem.ReasonTooLong } refusal:
                errors.AddTranslated(refusal.Field, SealingText.Problem(refusal.Problem, text));
                return TypedResults.ValidationProblem(errors.ToDictionary());
            case var refusal:
                return TypedResults.Conflict(new ProblemAnswer(SealingText.Problem(refusal.Problem, text)));
        }
    }

    private static async Task<Results<Created<OpeningAnswer>, Conflict<ProblemAnswer>, ValidationProblem>> BreakGlassAsync(
        HttpRequest request, SealingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<BreakGlassInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (access, problems) = await desk.BreakGlassAsync(body, http.User, cancellationToken);
        if (access is not null)
        {
            return TypedResults.Created($"/api/v1/beneficiaries/{access.BeneficiaryId}", OpeningAnswer.Of(access));
        }

        if (problems.FirstOrDefault(p => p.Problem == SealingProblem.OpenAlready) is { } open)
        {
            return TypedResults.Conflict(new ProblemAnswer(SealingText.Problem(open.Problem, text)));
        }

        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field, SealingText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Ok<IReadOnlyList<OpeningAnswer>>> ListAsync(SealingDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<OpeningAnswer>>([.. (await desk.ListAsync(http.User, 500, cancellationToken)).Select(OpeningAnswer.Of)]);

    private static async Task<Results<Ok<OpeningAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> ReviewAsync(
        Guid accessId, HttpRequest request, SealingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadOptionalAsync(request, new NoteBody(null), errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (access, problem) = await desk.ReviewAsync(accessId, body.Note, http.User, cancellationToken);
        switch (problem)
        {
            case null:
                return TypedResults.Ok(OpeningAnswer.Of(access!));
            case { Problem: SealingProblem.AccessNotFound }:
                return TypedResults.NotFound();
            case { Problem: SealingProblem.ReasonTooLong }:
                errors.AddTranslated(problem.Field, SealingText.Problem(problem.Problem, text));
                return TypedResults.ValidationProblem(errors.ToDictionary());
            default:
                return TypedResults.Conflict(new ProblemAnswer(SealingText.Problem(problem.Problem, text)));
        }
    }

    internal sealed record ReasonBody(string? Reason);

    internal sealed record NoteBody(string? Note);

    internal sealed record OpeningAnswer(
        Guid Id, Guid BeneficiaryId, string CaseNumber, Guid UserId, string UserName, string Reason, DateTime OpenedAt, DateTime ExpiresAt,
        DateTime? ReviewedAt, string? ReviewedBy, string? ReviewNote)
    {
        public static OpeningAnswer Of(BreakGlassAccess a) =>
            new(a.Id, a.BeneficiaryId, a.CaseNumber, a.UserId, a.UserName, a.Reason, a.OpenedAt, a.ExpiresAt, a.ReviewedAt, a.ReviewedBy, a.ReviewNote);
    }
}
