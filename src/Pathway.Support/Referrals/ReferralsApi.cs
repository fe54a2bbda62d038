using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Localization;

namespace Pathway.Support.Referrals;

internal static class ReferralsApi
{
    public static void MapReferralsApi(this IEndpointRouteBuilder routes)
    {
        var ofCase = routes.MapGroup("/api/v1/beneficiaries/{id:guid}/referrals").WithTags("Support: referrals").RequireAuthorization(SupportPermissions.BeneficiariesWork);
        ofCase.MapGet("/", ForCaseAsync).WithName("CaseReferrals").WithSummary("A case's referrals with each step, the newest first; 404 outside the team");
        ofCase.MapPost("/", SendAsync).WithName("SendReferral")
            .Accepts<ReferralInput>("application/json")
            .WithSummary("Refers a case to an organisation of the platform, or to one outside it")
            .WithDescription("{ toOrganisationId (an organisation of the platform) or toName with toKind (OfficeUnit|Ngo|HealthService|SocialService|Other), "
                + "service (a service kind, optional), note (what is asked), sections ([Identity, Services, Needs]: only these are passed on), overrideReason }. "
                + "Refused (400 on toOrganisationId) without the person's active consent to disclose to that receiver, unless a supervisor writes overrideReason (child protection). 201 with the referral.");

        var referrals = routes.MapGroup("/api/v1/referrals").WithTags("Support: referrals").RequireAuthorization(SupportPermissions.ReferralsReceive);
        referrals.MapGet("/received", ReceivedAsync).WithName("ReferralsReceived")
            .WithSummary("Referrals addressed to the caller's organisation: the ones waiting for an answer first");
        referrals.MapGet("/sent", SentAsync).WithName("ReferralsSent")
            .WithSummary("Referrals sent for the cases the caller may open, the newest first");
        referrals.MapGet("/{referralId:guid}", OpenAsync).WithName("Referral")
            .WithSummary("Opens a referral: the receiver reads only the sections the sender chose. Audited as a read; 404 for anyone but its sender and receiver");
        referrals.MapPost("/{referralId:guid}/{step}", MoveAsync).WithName("MoveReferral")
            .Accepts<StepBody>("application/json")
            .WithSummary("Takes a referral's next step: accept, decline (with reason), done (the receiver) or revoke (the sender)")
            .WithDescription("step is accept|decline|done|revoke; body { reason } (required to decline). For a receiver outside the platform the sender notes its answer. "
                + "409 when the referral has moved on already or the step is the other side's.");
    }

    private static async Task<Results<Ok<IReadOnlyList<ReferralAnswer>>, NotFound>> ForCaseAsync(Guid id, ReferralDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        await desk.ForCaseAsync(id, http.User, cancellationToken) is { } list
            ? TypedResults.Ok<IReadOnlyList<ReferralAnswer>>([.. list.Select(r => ReferralAnswer.Of(r, ReferralSide.Sender, null))])
            : TypedResults.NotFound();

    private static async Task<Results<Created<ReferralAnswer>, NotFound, ValidationProblem>> SendAsync(
        Guid id, HttpRequest request, ReferralDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<ReferralInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (referral, problems) = await desk.SendAsync(id, body, http.User, cancellationToken);
        if (referral is not null)
        {
            return TypedResults.Created($"/api/v1/referrals/{referral.Id}", ReferralAnswer.Of(referral, ReferralSide.Sender, null));
        }

        if (problems.Any(p => p.Problem == ReferralProblem.CaseNotFound))
        {
            return TypedResults.NotFound();
        }

        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field, ReferralText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Ok<IReadOnlyList<ReferralAnswer>>> ReceivedAsync(ReferralDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ReferralAnswer>>([.. (await desk.ReceivedAsync(http.User, 200, cancellationToken)).Select(r => ReferralAnswer.Of(r, ReferralSide.Receiver, null))]);

    private static async Task<Ok<IReadOnlyList<ReferralAnswer>>> SentAsync(ReferralDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ReferralAnswer>>([.. (await desk.SentAsync(http.User, 200, cancellationToken)).Select(r => ReferralAnswer.Of(r, ReferralSide.Sender, null))]);

    private static async Task<Results<Ok<ReferralAnswer>, NotFound>> OpenAsync(Guid referralId, ReferralDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        await desk.OpenAsync(referralId, http.User, cancellationToken) is { } view
            ? TypedResults.Ok(ReferralAnswer.Of(view.Referral, view.Side, view.Contents, view.FromName))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ReferralAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> MoveAsync(
        Guid referralId, string step, HttpRequest request, ReferralDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        ReferralStatus? to = step switch
        {
            "accept" => ReferralStatus.Accepted,
            "decline" => ReferralStatus.Declined,
            "done" => ReferralStatus.Done,
            "revoke" => ReferralStatus.Revoked,
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

        var (view, problem) = await desk.MoveAsync(referralId, to.Value, body.Reason, http.User, cancellationToken);
        if (view is not null)
        {
            return TypedResults.Ok(ReferralAnswer.Of(view.Referral, view.Side, view.Contents, view.FromName));
        }

        return problem!.Problem switch
        {
            ReferralProblem.ReferralNotFound => TypedResults.NotFound(),
            ReferralProblem.NotYours or ReferralProblem.WrongState => TypedResults.Conflict(new ProblemAnswer(ReferralText.Problem(problem.Problem, text))),
            _ => Invalid(errors, problem, text),
        };
    }

    private static ValidationProblem Invalid(FieldErrors errors, ReferralRefusal problem, IStringLocalizer text)
    {
        errors.AddTranslated(problem.Field, ReferralText.Problem(problem.Problem, text));
        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    internal sealed record StepBody(string? Reason);

    internal sealed record StepAnswer(ReferralStatus Status, DateTime At, string By, string ByOrganisation, string? Reason);

    /// <summary>
    /// A referral as the API shows it. The receiver gets the chosen sections and never the sender's
    /// case number, consent or override unless the identity section carries the number.
    /// </summary>
    internal sealed record ReferralAnswer(
        Guid Id, ReferralSide Side, string? CaseNumber, Guid? BeneficiaryId, string? From, Guid? ToOrganisationId, string ToName, ReceiverKind ToKind,
        ServiceKind? Service, string Note, IReadOnlyList<ReferralSection> Sections, ReferralStatus Status, DateTime SentAt, string SentBy,
        string? OverrideReason, ReferralContents? Contents, IReadOnlyList<StepAnswer> Steps)
    {
        public static ReferralAnswer Of(Referral r, ReferralSide side, ReferralContents? contents, string? from = null)
        {
            var sender = side == ReferralSide.Sender;
            return new(
                r.Id, side, sender ? r.CaseNumber : contents?.Identity?.CaseNumber, sender ? r.BeneficiaryId : null, from, r.ToOrganisationId, r.ToName, r.ToKind,
                r.Service, r.Note, r.SectionList, r.Status, r.SentAt, r.SentBy, sender ? r.OverrideReason : null, contents,
                [.. r.Steps.OrderBy(s => s.At).Select(s => new StepAnswer(s.Status, s.At, s.By, s.ByOrganisation, s.Reason))]);
        }
    }
}
