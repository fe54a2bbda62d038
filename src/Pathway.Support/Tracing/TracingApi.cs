using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Localization;

namespace Pathway.Support.Tracing;

internal static class TracingApi
{
    public static RouteGroupBuilder MapTracingApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tracing").WithTags("Support: family tracing").RequireAuthorization(SupportPermissions.TracingWork);
        group.MapGet("/", ListAsync).WithName("TracingRequests")
            .WithSummary("The organisation's tracing requests the caller may open, the newest first (a child's own only to those who may open the child's case)");
        group.MapPost("/", CreateAsync).WithName("CreateTracingRequest")
            .Accepts<TracingInput>("application/json")
            .WithSummary("Takes a family tracing request and runs the matching at once")
            .WithDescription("{ direction (RelativeSeeksChild|ChildSeeksRelative), givenNames, surname (any script), sex (Female|Male|Other|Unknown), "
                + "birthYear or age, uncertainty (years: none for a birth year, one for an age unless given), placeOfOrigin, placeOfSeparation, "
                + "separatedOn (YYYY-MM or YYYY-MM-DD), remarks, childCaseId (a child's own request: the child's support case), "
                + "requesterName, requesterRelationship, requesterContact (a relative's request), requesterLanguage (the code of one of the 12 UI languages, "
                + "which the letter to the requester is written in: required for a relative, a child's case's language unless given) }. 201 with the request; 400 naming every wrong field in the caller's language; 409 when the child's case is closed.");
        group.MapGet("/shared", SharedAsync).WithName("SharedTracingMatches")
            .WithSummary("The matches other organisations of the office proposed to the caller's: the caller's own child's case or request, the other side hidden until both sides confirm. Audited");
        group.MapPost("/shared/{matchId:guid}/confirm", ConfirmSharedAsync).WithName("ConfirmSharedTracingMatch")
            .WithSummary("The holding organisation confirms a match another proposed: once both sides have, each learns the other's person and the requester may be told. 404 for one whose child's case or request the caller cannot open");
        group.MapPost("/shared/{matchId:guid}/reject", RejectSharedAsync).WithName("RejectSharedTracingMatch")
            .WithSummary("The holding organisation rejects a match another proposed: it ends, and the pair is never proposed again");
        group.MapGet("/{id:guid}", OpenAsync).WithName("TracingRequest")
            .WithSummary("A tracing request as the case worker reads it. Audited as a read; 404 for one the caller may not open");
        group.MapGet("/{id:guid}/candidates", CandidatesAsync).WithName("TracingCandidates")
            .WithSummary("The candidates proposed, confirmed or rejected, the likeliest first, with the evidence of each field; one in a case the caller cannot open shows its score only (hidden). Audited");
        group.MapPost("/{id:guid}/match", MatchAsync).WithName("RunTracingMatch")
            .WithSummary("Runs the matching of an open request again against the children's cases and the requests the other way. Audited; 409 once the request is no longer open");
        group.MapPost("/{id:guid}/candidates/{matchId:guid}/confirm", ConfirmAsync).WithName("ConfirmTracingMatch")
            .WithSummary("Confirms a proposed candidate: the request (and the other side's request) is confirmed, and the requester may be told. 404 for a candidate in a case the caller cannot open");
        group.MapPost("/{id:guid}/candidates/{matchId:guid}/reject", RejectAsync).WithName("RejectTracingMatch")
            .WithSummary("Rejects a proposed candidate: the pair is never proposed again, from either side");
        group.MapPost("/{id:guid}/close", CloseAsync).WithName("CloseTracingRequest")
            .WithSummary("Closes a request: after a confirmed match as closed, before one as closed without a match");
        group.MapGet("/{id:guid}/requester", RequesterAsync).WithName("TracingRequesterView")
            .WithSummary("What the requester may be told: searching until a case worker confirms a match, then the person found; never the candidates");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<TracingAnswer>>> ListAsync(TracingDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<TracingAnswer>>([.. (await desk.ListAsync(http.User, cancellationToken)).Select(r => TracingAnswer.Of(new TracingFile(r, null, null)))]);

    private static async Task<Results<Created<TracingAnswer>, Conflict<ProblemAnswer>, ValidationProblem>> CreateAsync(
        HttpRequest request, TracingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<TracingInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (created, problems) = await desk.CreateAsync(body, http.User, cancellationToken);
        if (created is not null)
        {
            return TypedResults.Created($"/api/v1/tracing/{created.Id}", TracingAnswer.Of(new TracingFile(created, null, null)));
        }

        if (problems.FirstOrDefault(p => p.Problem == TracingProblem.ChildCaseClosed) is { } closed)
        {
            return TypedResults.Conflict(new ProblemAnswer(TracingText.Problem(closed.Problem, text)));
        }

        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field, TracingText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<Ok<TracingAnswer>, NotFound>> OpenAsync(Guid id, TracingDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        await desk.OpenAsync(id, http.User, cancellationToken) is { } file ? TypedResults.Ok(TracingAnswer.Of(file)) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<CandidateView>>, NotFound>> CandidatesAsync(Guid id, TracingDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        await desk.CandidatesAsync(id, http.User, cancellationToken) is { } candidates ? TypedResults.Ok(candidates) : TypedResults.NotFound();

    private static async Task<Results<Ok<TracingAnswer>, NotFound, Conflict<ProblemAnswer>>> MatchAsync(
        Guid id, TracingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken) =>
        Answer(await desk.MatchAsync(id, http.User, cancellationToken), text);

    private static async Task<Results<Ok<TracingAnswer>, NotFound, Conflict<ProblemAnswer>>> ConfirmAsync(
        Guid id, Guid matchId, TracingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken) =>
        Answer(await desk.ConfirmAsync(id, matchId, http.User, cancellationToken), text);

    private static async Task<Results<Ok<TracingAnswer>, NotFound, Conflict<ProblemAnswer>>> RejectAsync(
        Guid id, Guid matchId, TracingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken) =>
        Answer(await desk.RejectAsync(id, matchId, http.User, cancellationToken), text);

    private static async Task<Results<Ok<TracingAnswer>, NotFound, Conflict<ProblemAnswer>>> CloseAsync(
        Guid id, TracingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken) =>
        Answer(await desk.CloseAsync(id, http.User, cancellationToken), text);

    private static async Task<Ok<IReadOnlyList<SharedMatchView>>> SharedAsync(TracingDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.SharedAsync(http.User, cancellationToken));

    private static async Task<Results<NoContent, NotFound, Conflict<ProblemAnswer>>> ConfirmSharedAsync(
        Guid matchId, TracingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken) =>
        Shared(await desk.ConfirmSharedAsync(matchId, http.User, cancellationToken), text);

    private static async Task<Results<NoContent, NotFound, Conflict<ProblemAnswer>>> RejectSharedAsync(
        Guid matchId, TracingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken) =>
        Shared(await desk.RejectSharedAsync(matchId, http.User, cancellationToken), text);

    private static Results<NoContent, NotFound, Conflict<ProblemAnswer>> Shared(TracingProblem? problem, IStringLocalizer text) => problem switch
    {
        null => TypedResults.NoContent(),
        TracingProblem.RequestNotFound or TracingProblem.MatchNotFound => TypedResults.NotFound(),
        { } other => TypedResults.Conflict(new ProblemAnswer(TracingText.Problem(other, text))),
    };

    private static async Task<Results<Ok<RequesterView>, NotFound>> RequesterAsync(Guid id, TracingDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        await desk.RequesterViewAsync(id, http.User, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static Results<Ok<TracingAnswer>, NotFound, Conflict<ProblemAnswer>> Answer((TracingRequest? Request, TracingProblem? Problem) outcome, IStringLocalizer text) =>
        outcome switch
        {
            ({ } request, null) => TypedResults.Ok(TracingAnswer.Of(new TracingFile(request, null, null))),
            (_, TracingProblem.RequestNotFound or TracingProblem.MatchNotFound) => TypedResults.NotFound(),
            (_, { } problem) => TypedResults.Conflict(new ProblemAnswer(TracingText.Problem(problem, text))),
            (null, null) => TypedResults.NotFound(),
        };

    /// <summary>A tracing request as the case worker reads it (never an EF entity).</summary>
    internal sealed record TracingAnswer(
        Guid Id, string Number, TracingDirection Direction, TracingStatus Status, string? GivenNames, string? Surname, Sex Sex, int? BornFrom, int? BornTo,
        string? PlaceOfOrigin, string? PlaceOfSeparation, string? SeparatedOn, string? Remarks, Guid? ChildCaseId, string? ChildCaseNumber,
        string? RequesterName, string? RequesterRelationship, string? RequesterContact, string? RequesterLanguage, DateTime CreatedAt, string CreatedBy, DateTime ChangedAt)
    {
        public static TracingAnswer Of(TracingFile file)
        {
            var r = file.Request;
            return new(
                r.Id, r.Number, r.Direction, r.Status, r.SoughtGivenNames, r.SoughtSurname, r.SoughtSex, r.SoughtBornFrom, r.SoughtBornTo,
                r.PlaceOfOrigin, r.PlaceOfSeparation, r.SeparatedOn, r.Remarks, r.ChildCaseId, file.ChildCaseNumber,
                r.RequesterName, r.RequesterRelationship, r.RequesterContact, r.RequesterLanguage, r.CreatedAt, r.CreatedBy, r.ChangedAt);
        }
    }
}
