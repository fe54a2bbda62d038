using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Localization;

namespace Pathway.Support.Interpreting;

internal static class InterpreterRequestsApi
{
    public static void MapInterpreterRequestsApi(this IEndpointRouteBuilder routes)
    {
        var ofCase = routes.MapGroup("/api/v1/beneficiaries/{id:guid}/interpreter-requests").WithTags("Support: interpreters").RequireAuthorization(SupportPermissions.BeneficiariesWork);
        ofCase.MapGet("/", ForCaseAsync).WithName("CaseInterpreterRequests").WithSummary("A case's interpreter requests, the latest session first; 404 outside the team");
        ofCase.MapPost("/", CreateAsync).WithName("RequestInterpreter")
            .Accepts<InterpreterRequestInput>("application/json")
            .WithSummary("Asks for an interpreter or cultural mediator for a session of the case")
            .WithDescription("{ personLanguage, workerLanguage (ISO 639-1, different), kind (Interpreter|CulturalMediator), mode (OnSite|Remote), day (YYYY-MM-DD), "
                + "start (HH:mm, the office's clock), minutes (5 to 480, ending by midnight), note }. The session must be in the future. 201; 400 naming every wrong field; 409 on a closed case; 404 outside the team.");

        var requests = routes.MapGroup("/api/v1/interpreter-requests").WithTags("Support: interpreters").RequireAuthorization(SupportPermissions.BeneficiariesWork);
        requests.MapGet("/", OutstandingAsync).WithName("InterpreterRequests")
            .WithSummary("The open and booked interpreter requests of the cases the caller may open, the soonest session first");
        requests.MapGet("/{id:guid}", GetAsync).WithName("InterpreterRequest").WithSummary("One interpreter request; 404 when its case is not open to the caller");
        requests.MapGet("/{id:guid}/candidates", CandidatesAsync).WithName("InterpreterCandidates")
            .WithSummary("Who on the register fits the request, best first with the reasons, and the near misses grouped by why (away, not working then, booked, other mode)");
        requests.MapPost("/{id:guid}/assign", AssignAsync).WithName("AssignInterpreter")
            .Accepts<AssignBody>("application/json")
            .WithSummary("Books someone from the register for an open request: { interpreterId }")
            .WithDescription("400 when they do not fit it (with why); 409 when they are booked for an overlapping session (checked again as the booking is saved), the request has moved on, or its case is closed.");
        requests.MapPost("/{id:guid}/done", DoneAsync).WithName("InterpreterSessionHeld")
            .WithSummary("Marks a booked session held, once it has begun; 409 otherwise");
        requests.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelInterpreterRequest")
            .WithSummary("Cancels an open or booked request (also of a closed case); 409 once it is held or cancelled");
        requests.MapPost("/{id:guid}/service", RecordServiceAsync).WithName("RecordInterpretingService")
            .Accepts<ServiceBody>("application/json")
            .WithSummary("Records a held session on its case as an interpreting service: { outcome, project }, both optional")
            .WithDescription("Given on the session's day by the person booked, for its minutes, from the person's language into the worker's. 201 with the service; 409 before the session is held or when it is recorded already.");
    }

    private static async Task<Results<Ok<IReadOnlyList<RequestAnswer>>, NotFound>> ForCaseAsync(
        Guid id, InterpretingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken) =>
        await desk.ForCaseAsync(id, http.User, cancellationToken) is { } list
            ? TypedResults.Ok<IReadOnlyList<RequestAnswer>>([.. list.Select(RequestAnswer.Of)])
            : TypedResults.NotFound();

    private static async Task<Results<Created<RequestAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> CreateAsync(
        Guid id, HttpRequest request, InterpretingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<InterpreterRequestInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (created, problems) = await desk.CreateAsync(id, body with { DayUnreadable = false }, http.User, cancellationToken);
        if (created is not null)
        {
            return TypedResults.Created($"/api/v1/interpreter-requests/{created.Request.Id}", RequestAnswer.Of(created));
        }

        if (problems.Any(p => p.Problem == InterpreterRequestProblem.CaseNotFound))
        {
            return TypedResults.NotFound();
        }

        if (problems.FirstOrDefault(p => p.Problem == InterpreterRequestProblem.CaseClosed) is { } closed)
        {
            return TypedResults.Conflict(new ProblemAnswer(InterpretingText.Problem(closed, text)));
        }

        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field, InterpretingText.Problem(refusal, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Ok<IReadOnlyList<RequestAnswer>>> OutstandingAsync(InterpretingDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<RequestAnswer>>([.. (await desk.OutstandingAsync(http.User, cancellationToken)).Select(RequestAnswer.Of)]);

    private static async Task<Results<Ok<RequestAnswer>, NotFound>> GetAsync(Guid id, InterpretingDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        await desk.FindAsync(id, http.User, cancellationToken) is { } view ? TypedResults.Ok(RequestAnswer.Of(view)) : TypedResults.NotFound();

    private static async Task<Results<Ok<CandidatesAnswer>, NotFound>> CandidatesAsync(
        Guid id, InterpretingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        if (await desk.MatchAsync(id, http.User, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var (need, matches) = (found.Need, found.Matches);
        return TypedResults.Ok(new CandidatesAnswer(
            id,
            [.. matches.Candidates.Select(c => new CandidateAnswer(
                c.Interpreter.Id, c.Interpreter.Name, c.Interpreter.KindList, c.ExactKind, c.BookingsThatWeek,
                InterpreterRegister.TimeText(c.WindowFrom), InterpreterRegister.TimeText(c.WindowTo), InterpretingText.Reasons(c, need, text)))],
            [.. matches.NearMisses.GroupBy(m => m.Reason).Select(g => new NearMissGroup(
                g.Key, InterpretingText.MissGroup(g.Key, text), [.. g.Select(m => new NearMissAnswer(m.Interpreter.Id, m.Interpreter.Name, InterpretingText.Miss(m, need, text)))]))]));
    }

    private static async Task<Results<Ok<RequestAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> AssignAsync(
        Guid id, HttpRequest request, InterpretingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<AssignBody>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (view, problem) = await desk.AssignAsync(id, body.InterpreterId, http.User, cancellationToken);
        return view is not null ? TypedResults.Ok(RequestAnswer.Of(view)) : Refused(problem!, errors, text);
    }

    private static Task<Results<Ok<RequestAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> DoneAsync(
        Guid id, InterpretingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken) =>
        MoveAsync(id, InterpreterRequestStatus.Done, desk, text, http, cancellationToken);

    private static Task<Results<Ok<RequestAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> CancelAsync(
        Guid id, InterpretingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken) =>
        MoveAsync(id, InterpreterRequestStatus.Cancelled, desk, text, http, cancellationToken);

    private static async Task<Results<Ok<RequestAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> MoveAsync(
        Guid id, InterpreterRequestStatus to, InterpretingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var (view, problem) = await desk.MoveAsync(id, to, http.User, cancellationToken);
        return view is not null ? TypedResults.Ok(RequestAnswer.Of(view)) : Refused(problem!, new FieldErrors(text), text);
    }

    private static async Task<Results<Created<SupportService>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> RecordServiceAsync(
        Guid id, HttpRequest request, InterpretingDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadOptionalAsync(request, new ServiceBody(null, null), errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (service, problems, serviceProblems) = await desk.RecordServiceAsync(id, body.Outcome, body.Project, http.User, cancellationToken);
        if (service is not null)
        {
            return TypedResults.Created($"/api/v1/beneficiaries/{service.BeneficiaryId}/services/{service.Id}", service);
        }

        if (problems.Count > 0)
        {
            return problems[0].Problem == InterpreterRequestProblem.RequestNotFound
                ? TypedResults.NotFound()
                : TypedResults.Conflict(new ProblemAnswer(InterpretingText.Problem(problems[0], text)));
        }

        foreach (var refusal in serviceProblems)
        {
            errors.AddTranslated(refusal.Field, ServiceText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    /// <summary>A request the caller cannot reach is 404; a clash or a step that no longer applies 409; the rest name their field.</summary>
    private static Results<Ok<RequestAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem> Refused(InterpreterRequestRefusal problem, FieldErrors errors, IStringLocalizer text)
    {
        switch (problem.Problem)
        {
            case InterpreterRequestProblem.RequestNotFound:
                return TypedResults.NotFound();
            case InterpreterRequestProblem.CaseClosed or InterpreterRequestProblem.Busy or InterpreterRequestProblem.WrongState or InterpreterRequestProblem.SlotPassed
                or InterpreterRequestProblem.NotYetHeld or InterpreterRequestProblem.ServiceRecorded:
                return TypedResults.Conflict(new ProblemAnswer(InterpretingText.Problem(problem, text)));
            default:
                errors.AddTranslated(problem.Field, InterpretingText.Problem(problem, text));
                return TypedResults.ValidationProblem(errors.ToDictionary());
        }
    }

    internal sealed record AssignBody(Guid? InterpreterId);

    internal sealed record ServiceBody(string? Outcome, string? Project);

    internal sealed record RequestAnswer(
        Guid Id, Guid BeneficiaryId, string CaseNumber, string PersonLanguage, string WorkerLanguage, InterpreterKind Kind, SessionMode Mode,
        DateOnly Day, string Start, int Minutes, DateTime StartsAt, DateTime EndsAt, string? Note, InterpreterRequestStatus Status,
        Guid? InterpreterId, string? InterpreterName, DateTime RequestedAt, string RequestedBy, DateTime? BookedAt, string? BookedBy, Guid? ServiceId)
    {
        public static RequestAnswer Of(InterpreterRequestView view)
        {
            var r = view.Request;
            return new(
                r.Id, r.BeneficiaryId, r.CaseNumber, r.PersonLanguage, r.WorkerLanguage, r.Kind, r.Mode, r.Day, InterpreterRegister.TimeText(r.StartMinute), r.Minutes,
                r.StartsAt, r.EndsAt, r.Note, r.Status, r.InterpreterId, view.InterpreterName, r.RequestedAt, r.RequestedBy, r.BookedAt, r.BookedBy, r.ServiceId);
        }
    }

    internal sealed record CandidateAnswer(
        Guid InterpreterId, string Name, IReadOnlyList<InterpreterKind> Kinds, bool ExactKind, int BookingsThatWeek, string WindowFrom, string WindowTo, IReadOnlyList<string> Reasons);

    internal sealed record NearMissAnswer(Guid InterpreterId, string Name, string Why);

    internal sealed record NearMissGroup(MissReason Reason, string Title, IReadOnlyList<NearMissAnswer> People);

    internal sealed record CandidatesAnswer(Guid RequestId, IReadOnlyList<CandidateAnswer> Candidates, IReadOnlyList<NearMissGroup> NearMisses);
}
