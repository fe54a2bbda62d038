using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Localization;

namespace Pathway.Support.Transfers;

internal static class TransfersApi
{
    public static void MapTransfersApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/beneficiaries/{id:guid}/transfers", RequestAsync).WithName("RequestTransfer")
            .WithTags("Support: transfers").RequireAuthorization(SupportPermissions.BeneficiariesWork)
            .Accepts<TransferInput>("application/json")
            .WithSummary("Requests the transfer of a case to another organisation of the platform")
            .WithDescription("{ toOrganisationId, reason, overrideReason }. Refused (400 on toOrganisationId) without the person's active consent to disclose to that organisation, "
                + "unless a supervisor writes overrideReason. 201 with the transfer; 409 while another request of the case waits; 404 outside the team.");

        var transfers = routes.MapGroup("/api/v1/transfers").WithTags("Support: transfers").RequireAuthorization(SupportPermissions.BeneficiariesWork);
        transfers.MapGet("/received", ReceivedAsync).WithName("TransfersReceived")
            .WithSummary("Transfers to the caller's organisation, the waiting ones first, with the person's names and date of birth while they wait. Each such reading is audited");
        transfers.MapGet("/sent", SentAsync).WithName("TransfersSent")
            .WithSummary("Transfers the caller's organisation requested (a worker: of their cases, or taken a step in), the newest first: the number and the steps, never the person");
        transfers.MapPost("/{transferId:guid}/{step}", MoveAsync).WithName("MoveTransfer")
            .Accepts<StepBody>("application/json")
            .WithSummary("Takes a transfer's next step: accept or decline with reason (the receiving organisation), withdraw (the sender)")
            .WithDescription("step is accept|decline|withdraw; body { reason } (required to decline). Accepting moves the case to the caller's organisation under its next number, "
                + "with the caller as its team. 409 when the transfer has moved on already or the step is the other side's.");
    }

    private static async Task<Results<Created<TransferAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> RequestAsync(
        Guid id, HttpRequest request, TransferDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<TransferInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (view, problems) = await desk.RequestAsync(id, body, http.User, cancellationToken);
        if (view is not null)
        {
            return TypedResults.Created($"/api/v1/transfers/{view.Transfer.Id}", TransferAnswer.Of(view));
        }

        if (problems.Any(p => p.Problem == TransferProblem.CaseNotFound))
        {
            return TypedResults.NotFound();
        }

        if (problems.FirstOrDefault(p => p.Problem == TransferProblem.PendingAlready) is { } pending)
        {
            return TypedResults.Conflict(new ProblemAnswer(TransferText.Problem(pending.Problem, text)));
        }

        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field, TransferText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Ok<IReadOnlyList<TransferAnswer>>> ReceivedAsync(TransferDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<TransferAnswer>>([.. (await desk.ReceivedAsync(http.User, 200, cancellationToken)).Select(TransferAnswer.Of)]);

    private static async Task<Ok<IReadOnlyList<TransferAnswer>>> SentAsync(TransferDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<TransferAnswer>>([.. (await desk.SentAsync(http.User, 200, cancellationToken)).Select(TransferAnswer.Of)]);

    private static async Task<Results<Ok<TransferAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> MoveAsync(
        Guid transferId, string step, HttpRequest request, TransferDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        TransferStatus? to = step switch
        {
            "accept" => TransferStatus.Accepted,
            "decline" => TransferStatus.Declined,
            "withdraw" => TransferStatus.Withdrawn,
            _ => null,
        };
        if (to is null)
        {
            return TypedResults.NotFound();
        }

        // The body is optional: accepting needs no words.
        var body = await JsonBody.ReadOptionalAsync(request, new StepBody(null), errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (view, problem) = await desk.MoveAsync(transferId, to.Value, body.Reason, http.User, cancellationToken);
        if (view is not null)
        {
            return TypedResults.Ok(TransferAnswer.Of(view));
        }

        switch (problem!.Problem)
        {
            case TransferProblem.TransferNotFound:
                return TypedResults.NotFound();
            case TransferProblem.NotYours or TransferProblem.WrongState or TransferProblem.NumberTaken:
                return TypedResults.Conflict(new ProblemAnswer(TransferText.Problem(problem.Problem, text)));
            default:
                errors.AddTranslated(problem.Field, TransferText.Problem(problem.Problem, text));
                return TypedResults.ValidationProblem(errors.ToDictionary());
        }
    }

    internal sealed record StepBody(string? Reason);

    internal sealed record StepAnswer(TransferStatus Status, DateTime At, string By, string ByOrganisation, string? Reason);

    /// <summary>
    /// A transfer as the API shows it. The receiver reads the person's names and date of birth while
    /// the request waits, and the case's id and new number once it has accepted; the sender reads the
    /// case's id, its own number and the override's reason, never the receiver's number.
    /// </summary>
    internal sealed record TransferAnswer(
        Guid Id, TransferSide Side, Guid? BeneficiaryId, string CaseNumber, string? NewCaseNumber, Guid FromOrganisationId, string From,
        Guid ToOrganisationId, string To, string Reason, string? OverrideReason, TransferStatus Status, DateTime RequestedAt, string RequestedBy,
        TransferPerson? Person, IReadOnlyList<StepAnswer> Steps)
    {
        public static TransferAnswer Of(TransferView view)
        {
            var t = view.Transfer;
            var sender = view.Side == TransferSide.Sender;
            return new(
                t.Id, view.Side, sender || t.Status == TransferStatus.Accepted ? t.BeneficiaryId : null, t.CaseNumber, sender ? null : t.NewCaseNumber,
                t.OrganisationId, view.FromName, t.ToOrganisationId, view.ToName, t.Reason, sender ? t.OverrideReason : null, t.Status, t.RequestedAt, t.RequestedBy,
                view.Person, [.. t.Steps.OrderBy(s => s.At).Select(s => new StepAnswer(s.Status, s.At, s.By, s.ByOrganisation, s.Reason))]);
        }
    }
}
