using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Localization;

namespace Pathway.Support.Retention;

internal static class RetentionApi
{
    public static void MapRetentionApi(this IEndpointRouteBuilder routes)
    {
        var retention = routes.MapGroup("/api/v1/retention").WithTags("Support: retention").RequireAuthorization(SupportPermissions.RetentionManage);
        retention.MapGet("/policies", PoliciesAsync).WithName("RetentionPolicies")
            .WithSummary("How long the caller's organisation keeps each kind of record (its choice, else the default), with what happens at the end and the bounds of a choice");
        retention.MapPut("/policies", SetPoliciesAsync).WithName("SetRetentionPolicies")
            .Accepts<PoliciesBody>("application/json")
            .WithSummary("Sets the organisation's periods: { policies: [{ recordType, amount, unit: Months|Years }] }; all or none")
            .WithDescription("200 with the policies in force; 400 naming every wrong field (policies[i].amount, .unit, .recordType) in the caller's language, nothing saved.");
        retention.MapGet("/due", DueAsync).WithName("RetentionDue")
            .WithSummary("What each rule of the organisation would do now: the records it would anonymise or delete, and those a legal hold keeps");
        retention.MapGet("/runs", RunsAsync).WithName("RetentionRuns")
            .WithSummary("The runs of the retention rules that acted for the organisation, the newest first, with what each rule did");
        retention.MapPost("/runs", RunAsync).WithName("RunRetention")
            .WithSummary("Runs the organisation's retention rules now, once a day; audited")
            .WithDescription("201 with what each rule did; 409 when they ran for the organisation today already.");
        retention.MapGet("/holds", HoldsAsync).WithName("LegalHolds")
            .WithSummary("The legal holds on the organisation's cases, those standing first");

        var holds = routes.MapGroup("/api/v1/beneficiaries/{id:guid}/holds").WithTags("Support: retention").RequireAuthorization(SupportPermissions.RetentionManage);
        holds.MapPost("", PlaceAsync).WithName("PlaceLegalHold")
            .Accepts<HoldInput>("application/json")
            .WithSummary("Places a legal hold on a case of the caller's organisation: { reason, until (optional, YYYY-MM-DD) }. While it stands, the case is not anonymised nor its records deleted")
            .WithDescription("201; 400 naming the wrong field; 404 for a case the caller may not open or of another organisation. Audited with the reason.");
        holds.MapPost("/{holdId:guid}/lift", LiftAsync).WithName("LiftLegalHold")
            .Accepts<ReasonBody>("application/json")
            .WithSummary("Lifts a legal hold of the case: { reason }; audited with the reason")
            .WithDescription("200; 400 without the reason; 404 for no such hold on a case the caller may hold; 409 when lifted already.");
    }

    private static async Task<Ok<IReadOnlyList<PolicyAnswer>>> PoliciesAsync(RetentionDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<PolicyAnswer>>([.. (await desk.PoliciesAsync(http.User, cancellationToken)).Select(PolicyAnswer.Of)]);

    private static async Task<Results<Ok<IReadOnlyList<PolicyAnswer>>, ValidationProblem>> SetPoliciesAsync(
        HttpRequest request, RetentionDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<PoliciesBody>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var inputs = body.Policies ?? [];
        var problems = await desk.SetAsync(inputs, http.User, cancellationToken);
        foreach (var refusal in problems)
        {
            var index = int.Parse(refusal.Field[(refusal.Field.IndexOf('[', StringComparison.Ordinal) + 1)..refusal.Field.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            errors.AddTranslated(refusal.Field, RetentionText.Problem(refusal.Problem, text, inputs[index].RecordType));
        }

        return problems.Count > 0
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Ok<IReadOnlyList<PolicyAnswer>>([.. (await desk.PoliciesAsync(http.User, cancellationToken)).Select(PolicyAnswer.Of)]);
    }

    private static async Task<Ok<IReadOnlyList<DueAnswer>>> DueAsync(RetentionDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<DueAnswer>>([.. (await desk.DueAsync(http.User, cancellationToken)).Select(DueAnswer.Of)]);

    private static async Task<Ok<IReadOnlyList<RunAnswer>>> RunsAsync(RetentionDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<RunAnswer>>([.. (await desk.RunsAsync(http.User, 100, cancellationToken)).Select(RunAnswer.Of)]);

    private static async Task<Results<Created<RunAnswer>, Conflict<ProblemAnswer>>> RunAsync(
        RetentionDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var (run, problem) = await desk.RunNowAsync(http.User, cancellationToken);
        return run is null
            ? TypedResults.Conflict(new ProblemAnswer(RetentionText.Problem(problem!.Problem, text)))
            : TypedResults.Created("/api/v1/retention/runs", RunAnswer.Of(run));
    }

    private static async Task<Ok<IReadOnlyList<HoldAnswer>>> HoldsAsync(RetentionDesk desk, HttpContext http, CancellationToken cancellationToken)
    {
        var today = await desk.TodayAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<HoldAnswer>>([.. (await desk.HoldsAsync(http.User, cancellationToken)).Select(h => HoldAnswer.Of(h, today))]);
    }

    private static async Task<Results<Created<HoldAnswer>, NotFound, ValidationProblem>> PlaceAsync(
        Guid id, HttpRequest request, RetentionDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<HoldInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (hold, problems) = await desk.PlaceHoldAsync(id, body, http.User, cancellationToken);
        if (hold is not null)
        {
            return TypedResults.Created($"/api/v1/retention/holds", HoldAnswer.Of(hold, await desk.TodayAsync(cancellationToken)));
        }

        if (problems.Any(p => p.Problem == RetentionProblem.CaseNotFound))
        {
            return TypedResults.NotFound();
        }

        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field, RetentionText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<Ok<HoldAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> LiftAsync(
        Guid id, Guid holdId, HttpRequest request, RetentionDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadOptionalAsync(request, new ReasonBody(null), errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (hold, problem) = await desk.LiftHoldAsync(id, holdId, body.Reason, http.User, cancellationToken);
        switch (problem)
        {
            case null:
                return TypedResults.Ok(HoldAnswer.Of(hold!, await desk.TodayAsync(cancellationToken)));
            case { Problem: RetentionProblem.HoldNotFound }:
                return TypedResults.NotFound();
            case { Problem: RetentionProblem.ReasonMissing or RetentionProblem.ReasonTooLong }:
                errors.AddTranslated(problem.Field, RetentionText.Problem(problem.Problem, text));
                return TypedResults.ValidationProblem(errors.ToDictionary());
            default:
                return TypedResults.Conflict(new ProblemAnswer(RetentionText.Problem(problem.Problem, text)));
        }
    }

    internal sealed record PoliciesBody(IReadOnlyList<PolicyInput>? Policies);

    internal sealed record ReasonBody(string? Reason);

    internal sealed record PolicyAnswer(
        RetentionRecordType RecordType, RetentionAction Action, int Amount, RetentionUnit Unit, bool IsDefault, int DefaultAmount, RetentionUnit DefaultUnit,
        int LeastMonths, int MostMonths, DateTime? ChangedAt, string? ChangedBy)
    {
        public static PolicyAnswer Of(PolicyView p) =>
            new(p.RecordType, p.Action, p.Period.Amount, p.Period.Unit, p.IsDefault, p.Default.Amount, p.Default.Unit, p.LeastMonths, p.MostMonths, p.ChangedAt, p.ChangedBy);
    }

    /// <summary>A rule's preview; <c>organisationId</c> is null for the helpline, which is the office's.</summary>
    internal sealed record DueAnswer(Guid? OrganisationId, RetentionRecordType RecordType, RetentionAction Action, int Amount, RetentionUnit Unit, int Due, int HeldBack)
    {
        public static DueAnswer Of(RetentionDue d) =>
            new(d.Rule.OrganisationId, d.Rule.RecordType, d.Rule.Action, d.Rule.Period.Amount, d.Rule.Period.Unit, d.Due, d.HeldBack);
    }

    internal sealed record ResultAnswer(Guid? OrganisationId, RetentionRecordType RecordType, RetentionAction Action, int Acted, int HeldBack);

    internal sealed record RunAnswer(Guid Id, DateOnly RunDate, string Trigger, DateTime StartedAt, DateTime? FinishedAt, string? Error, IReadOnlyList<ResultAnswer> Results)
    {
        public static RunAnswer Of(RetentionRun r) =>
            new(r.Id, r.RunDate, r.Trigger, r.StartedAt, r.FinishedAt, r.Error, [.. r.Results.Select(x => new ResultAnswer(x.OrganisationId, x.RecordType, x.Action, x.Acted, x.HeldBack))]);
    }

    internal sealed record HoldAnswer(
        Guid Id, Guid BeneficiaryId, string CaseNumber, string Reason, DateOnly? Until, DateTime PlacedAt, string PlacedBy, DateTime? LiftedAt, string? LiftedBy,
        string? LiftReason, bool Stands)
    {
        public static HoldAnswer Of(LegalHold h, DateOnly today) =>
            new(h.Id, h.BeneficiaryId, h.CaseNumber, h.Reason, h.Until, h.PlacedAt, h.PlacedBy, h.LiftedAt, h.LiftedBy, h.LiftReason, h.StandsOn(today));
    }
}
