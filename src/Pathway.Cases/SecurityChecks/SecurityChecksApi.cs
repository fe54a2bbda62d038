using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Localization;
using Pathway.Cases.Workflow;
using Pathway.Platform.Localization;

namespace Pathway.Cases.SecurityChecks;

internal static class SecurityChecksApi
{
    public static RouteGroupBuilder MapSecurityChecksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/cases/{number}/security-checks").WithTags("Cases: security checks");
        group.MapGet("/", ListAsync).RequireAuthorization(CasesPermissions.CasesRead)
            .WithName("ListSecurityChecks").WithSummary("The authorities to ask for a case (art. 109), the requests, due dates, overdue flags and answers; the read is audited");
        group.MapPost("/", RequestAsync).RequireAuthorization(CasesPermissions.CasesWork)
            .WithName("RequestSecurityCheck").WithSummary("Records a request to an authority: border-guard, police or internal-security-agency; due in 30 days")
            .WithDescription("409 case-action-refused when the case is not examined, the authority was asked already, or an exemption spares it.");
        group.MapPost("/{authority}/answer", AnswerAsync).RequireAuthorization(CasesPermissions.CasesWork)
            .WithName("AnswerSecurityCheck").WithSummary("Records an authority's answer: no-objection, objection, or no-answer-in-time once the period has ended");
        group.MapPost("/{authority}/extend", ExtendAsync).RequireAuthorization(CasesPermissions.CasesWork)
            .WithName("ExtendSecurityCheck").WithSummary("Records that the authority took the longer period (60 days) in a justified case, with the reason");
        group.MapPost("/{authority}/override", OverrideAsync).RequireAuthorization(CasesPermissions.CasesSupervise)
            .WithName("OverrideSecurityObjection").WithSummary("A supervisor records the reason to grant a permit despite an objection");
        return group;
    }

    private static async Task<Results<Ok<SecurityChecksAnswer>, NotFound>> ListAsync(string number, SecurityCheckDesk desk, CancellationToken cancellationToken) =>
        await desk.SheetAsync(number, cancellationToken) is { } sheet ? TypedResults.Ok(SecurityChecksAnswer.Of(sheet)) : TypedResults.NotFound();

    private static async Task<Results<Created<SecurityCheckAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> RequestAsync(
        string number, SecurityCheckRequest request, SecurityCheckDesk desk, IStringLocalizer<CasesText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var authority = KebabNames.Parse<Authority>(request.Authority);
        if (authority is null)
        {
            errors.Add("authority", "Choose one of: {0}.", KebabNames.List<Authority>());
        }

        var on = CaseRequestReader.Date(request.RequestedOn, "requestedOn", errors, required: false);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await desk.RequestAsync(number, authority!.Value, on, cancellationToken) switch
        {
            CheckOutcome.Done done => TypedResults.Created(
                $"/api/v1/cases/{Uri.EscapeDataString(number)}/security-checks", SecurityCheckAnswer.Of(done.Check, DateOnly.FromDateTime(clock.GetLocalNow().DateTime))),
            var other => Problem(other, errors, text).Result switch
            {
                ValidationProblem invalid => invalid,
                ProblemHttpResult refused => refused,
                _ => TypedResults.NotFound(),
            },
        };
    }

    private static async Task<Results<Ok<SecurityCheckAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        string number, string authority, SecurityCheckRequest request, SecurityCheckDesk desk, IStringLocalizer<CasesText> text, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var answer = string.IsNullOrWhiteSpace(request.Answer) ? null : KebabNames.Parse<CheckAnswer>(request.Answer);
        if (!string.IsNullOrWhiteSpace(request.Answer) && answer is null)
        {
            errors.Add("answer", "Choose one of: {0}.", KebabNames.List<CheckAnswer>());
        }

        var on = CaseRequestReader.Date(request.AnsweredOn, "answeredOn", errors, required: false);
        return await WithAuthorityAsync(authority, errors, text, clock, a => desk.AnswerAsync(number, a, answer, on, request.Note, cancellationToken));
    }

    private static Task<Results<Ok<SecurityCheckAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> ExtendAsync(
        string number, string authority, SecurityCheckRequest request, SecurityCheckDesk desk, IStringLocalizer<CasesText> text, TimeProvider clock,
        CancellationToken cancellationToken) =>
        WithAuthorityAsync(authority, new FieldErrors(text), text, clock, a => desk.ExtendAsync(number, a, request.Reason, cancellationToken));

    private static Task<Results<Ok<SecurityCheckAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> OverrideAsync(
        string number, string authority, SecurityCheckRequest request, SecurityCheckDesk desk, IStringLocalizer<CasesText> text, TimeProvider clock, HttpContext http,
        CancellationToken cancellationToken) =>
        WithAuthorityAsync(authority, new FieldErrors(text), text, clock, a => desk.OverrideAsync(number, a, request.Reason, http.User, cancellationToken));

    private static async Task<Results<Ok<SecurityCheckAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> WithAuthorityAsync(
        string authority, FieldErrors errors, IStringLocalizer<CasesText> text, TimeProvider clock, Func<Authority, Task<CheckOutcome>> change)
    {
        var known = KebabNames.Parse<Authority>(authority);
        if (known is null)
        {
            errors.Add("authority", "Choose one of: {0}.", KebabNames.List<Authority>());
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await change(known!.Value) switch
        {
            CheckOutcome.Done done => TypedResults.Ok(SecurityCheckAnswer.Of(done.Check, DateOnly.FromDateTime(clock.GetLocalNow().DateTime))),
            var other => Problem(other, errors, text).Result switch
            {
                ValidationProblem invalid => invalid,
                ProblemHttpResult refused => refused,
                _ => TypedResults.NotFound(),
            },
        };
    }

    private static Results<NotFound, ValidationProblem, ProblemHttpResult> Problem(CheckOutcome outcome, FieldErrors errors, IStringLocalizer<CasesText> text)
    {
        switch (outcome)
        {
            case CheckOutcome.Refused { Refusal.Field: { } field } refused:
                errors.AddTranslated(field, RefusalText.Of(refused.Refusal, text));
                return TypedResults.ValidationProblem(errors.ToDictionary());
            case CheckOutcome.Refused refused:
                return TypedResults.Problem(title: RefusalText.Of(refused.Refusal, text), statusCode: StatusCodes.Status409Conflict, type: CasesWorkflowApi.RefusedProblemType);
            default:
                return TypedResults.NotFound();
        }
    }

}

/// <summary>A step of a security check as the API takes it; each step reads the fields it needs.</summary>
public sealed record SecurityCheckRequest(string? Authority, string? RequestedOn, string? Answer, string? AnsweredOn, string? Note, string? Reason);

public sealed record SecurityChecksAnswer(
    string Number, AnswerPeriodAnswer Period, IReadOnlyList<PlannedCheckAnswer> Planned, IReadOnlyList<SecurityCheckAnswer> Checks)
{
    public static SecurityChecksAnswer Of(SecurityCheckSheet sheet)
    {
        var p = SecurityCheckCatalogue.Period;
        return new(
            sheet.Case.Number, new(p.Days, p.ExtendedDays, p.LegalSource, p.Verified),
            [.. sheet.Planned.Select(x => new PlannedCheckAnswer(KebabNames.Of(x.Authority), x.Rule.LegalSource, x.Rule.Verified,
                x.Exemption is { } e ? new ExemptionAnswer(e.Text, e.LegalSource, e.Verified) : null))],
            [.. sheet.Checks.Select(c => SecurityCheckAnswer.Of(c, sheet.Today))]);
    }
}

public sealed record AnswerPeriodAnswer(int Days, int ExtendedDays, string LegalSource, bool Verified);

public sealed record PlannedCheckAnswer(string Authority, string LegalSource, bool Verified, ExemptionAnswer? Exemption);

public sealed record ExemptionAnswer(string Text, string LegalSource, bool Verified);

public sealed record SecurityCheckAnswer(
    string Authority, DateOnly RequestedOn, DateOnly DueOn, bool Extended, string? ExtensionReason, bool Overdue,
    string? Answer, DateOnly? AnsweredOn, string? Note, string? OverrideReason)
{
    public static SecurityCheckAnswer Of(SecurityCheck c, DateOnly today) => new(
        KebabNames.Of(c.Authority), c.RequestedOn, c.DueOn, c.IsExtended, c.ExtensionReason, c.IsOverdueOn(today),
        c.Answer is { } a ? KebabNames.Of(a) : null, c.AnsweredOn, c.Note, c.OverrideReason);
}
