using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Localization;
using Pathway.Platform.Localization;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Catalogue;

internal static class CatalogueApi
{
    public static RouteGroupBuilder MapCatalogueApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/cases/catalogue").WithTags("Cases: catalogue").RequireAuthorization(CasesPermissions.CasesRead);
        group.MapGet("/", ListAsync).WithName("ListApplicationTypes").WithSummary("Lists the application types with the rules in force on a day")
            .WithDescription("?on=YYYY-MM-DD (today in the office's time zone when left out). Each type has its decision period, stamp duty and documents "
                + "in force that day, each with its legal source and whether the figure was verified; a rule with no row in force is null.");
        group.MapGet("/{code}/history", HistoryAsync).WithName("ApplicationTypeHistory")
            .WithSummary("Every dated row an application type ever had: periods, duties and documents, with the days they were in force and when a correction superseded one");

        // A law change is a new dated row (see LawChanges): the rule in force on its first day ends the day before.
        var changes = routes.MapGroup("/api/v1/cases/catalogue").WithTags("Cases: catalogue").RequireAuthorization(CasesPermissions.CasesCatalogue);
        changes.MapPost("/{code}/decision-periods", (string code, HttpRequest request, CatalogueDesk desk, IStringLocalizer<CasesText> text, CancellationToken cancellationToken) =>
                RuleAsync(code, request, text, LawChangeReader.Period, (rule, c) => desk.RecordPeriodAsync(code, rule, c), cancellationToken))
            .WithName("RecordDecisionPeriod").WithSummary("Records the time to decide in force from a day: {inForceFrom, length, unit: days|weeks|months, legalSource, verified}")
            .WithDescription("The period in force that day ends the day before; one with the same first day is a correction and is superseded, kept and marked.");
        changes.MapPost("/{code}/stamp-duties", (string code, HttpRequest request, CatalogueDesk desk, IStringLocalizer<CasesText> text, CancellationToken cancellationToken) =>
                RuleAsync(code, request, text, LawChangeReader.Duty, (rule, c) => desk.RecordDutyAsync(code, rule, c), cancellationToken))
            .WithName("RecordStampDuty").WithSummary("Records the stamp duty in force from a day: {inForceFrom, amountPln, legalSource, verified}");
        changes.MapPost("/{code}/documents", (string code, HttpRequest request, CatalogueDesk desk, IStringLocalizer<CasesText> text, CancellationToken cancellationToken) =>
                RuleAsync(code, request, text, LawChangeReader.Document, (rule, c) => desk.RequireDocumentAsync(code, rule, c), cancellationToken))
            .WithName("RequireDocument").WithSummary("Requires a document from a day: {inForceFrom, code, name, condition: always|whenEmployed|whenMinor, legalSource, verified}")
            .WithDescription("A document with the same code already required is succeeded from that day (a new name or condition).");
        changes.MapPost("/{code}/documents/{document}/end", EndDocumentAsync).WithName("EndDocument")
            .WithSummary("The document is no longer required from a day: {from}; its row in force ends the day before");
        changes.MapPost("/suspensions", AddSuspensionAsync).WithName("AddSuspension")
            .WithSummary("Records a statutory suspension of decision time limits: {permit, from, until, name, legalSource, verified}; it may not overlap one for the same permit");
        changes.MapPost("/suspensions/{id:guid}/end", MoveSuspensionEndAsync).WithName("MoveSuspensionEnd")
            .WithSummary("An act moved a suspension's end: {until, legalSource, verified}; the row is superseded by one with the new end");
        return group;
    }

    private static async Task<Results<Ok<TypeHistoryAnswer>, NotFound>> HistoryAsync(string code, CatalogueDesk desk, CancellationToken cancellationToken) =>
        await desk.HistoryAsync(code, cancellationToken) is { } type ? TypedResults.Ok(TypeHistoryAnswer.Of(type)) : TypedResults.NotFound();

    private static async Task<Results<Created<TypeHistoryAnswer>, NotFound, ValidationProblem>> RuleAsync<T>(
        string code, HttpRequest request, IStringLocalizer<CasesText> text, Func<RuleChangeRequest, FieldErrors, T?> read,
        Func<T, CancellationToken, Task<CatalogueOutcome>> record, CancellationToken cancellationToken)
        where T : DatedRule
    {
        var errors = new FieldErrors(text);
        if (await JsonBody.ReadAsync<RuleChangeRequest>(request, errors, cancellationToken) is not { } body || read(body, errors) is not { } rule)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return Answer(await record(rule, cancellationToken), errors);
    }

    private static async Task<Results<Created<TypeHistoryAnswer>, NotFound, ValidationProblem>> EndDocumentAsync(
        string code, string document, HttpRequest request, CatalogueDesk desk, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<DocumentEndRequest>(request, errors, cancellationToken);
        if (body is null || Workflow.CaseRequestReader.Date(body.From, "from", errors, required: true) is not { } from)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return Answer(await desk.EndDocumentAsync(code, document, from, cancellationToken), errors);
    }

    private static async Task<Results<Created<SuspensionAnswer>, NotFound, ValidationProblem>> AddSuspensionAsync(
        HttpRequest request, CatalogueDesk desk, ITenantScopeAccessor scope, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<SuspensionRequest>(request, errors, cancellationToken);
        if (body is null || LawChangeReader.Suspension(body, scope.Current.TenantId, errors) is not { } suspension)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return SuspensionAnswerOf(await desk.AddSuspensionAsync(suspension, cancellationToken), errors);
    }

    private static async Task<Results<Created<SuspensionAnswer>, NotFound, ValidationProblem>> MoveSuspensionEndAsync(
        Guid id, HttpRequest request, CatalogueDesk desk, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<SuspensionRequest>(request, errors, cancellationToken);
        var until = body is null ? null : LawChangeReader.Until(body, null, errors);
        var source = body is null ? null : LawChangeReader.Text(body.LegalSource, "legalSource", ApplicationType.MaxLegalTextLength, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return SuspensionAnswerOf(await desk.MoveSuspensionEndAsync(id, until!.Value, source!, body!.Verified ?? false, cancellationToken), errors);
    }

    private static Results<Created<TypeHistoryAnswer>, NotFound, ValidationProblem> Answer(CatalogueOutcome outcome, FieldErrors errors)
    {
        switch (outcome)
        {
            case CatalogueOutcome.Done done:
                return TypedResults.Created($"/api/v1/cases/catalogue/{Uri.EscapeDataString(done.Type.Code)}/history", TypeHistoryAnswer.Of(done.Type));
            case CatalogueOutcome.Refused refused:
                errors.Add(refused.Field, refused.Message, refused.Arguments);
                return TypedResults.ValidationProblem(errors.ToDictionary());
            default:
                return TypedResults.NotFound();
        }
    }

    private static Results<Created<SuspensionAnswer>, NotFound, ValidationProblem> SuspensionAnswerOf(CatalogueOutcome outcome, FieldErrors errors)
    {
        switch (outcome)
        {
            case CatalogueOutcome.SuspensionDone done:
                return TypedResults.Created("/api/v1/cases/catalogue/", SuspensionAnswer.Of(done.Suspension));
            case CatalogueOutcome.Refused refused:
                errors.Add(refused.Field, refused.Message, refused.Arguments);
                return TypedResults.ValidationProblem(errors.ToDictionary());
            default:
                return TypedResults.NotFound();
        }
    }

    private static async Task<Results<Ok<CatalogueAnswer>, ValidationProblem>> ListAsync(
        string? on, ICaseCatalogue catalogue, IStringLocalizer<CasesText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (CatalogueDay.Read(on, errors, clock) is not { } day)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var entries = await catalogue.InForceAsync(day, cancellationToken);
        var suspensions = await catalogue.SuspensionsAsync(cancellationToken: cancellationToken);
        return TypedResults.Ok(new CatalogueAnswer(
            day,
            [.. entries.Select(ApplicationTypeAnswer.Of)],
            [.. suspensions.Select(SuspensionAnswer.Of)]));
    }
}

/// <summary>The day whose rules are shown: a date in the address, or today in the office's time zone.</summary>
public static class CatalogueDay
{
    public static DateOnly? Read(string? text, FieldErrors errors, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add("on", "The day must be a date written as YYYY-MM-DD.");
        return null;
    }
}

public sealed record CatalogueAnswer(DateOnly On, IReadOnlyList<ApplicationTypeAnswer> Types, IReadOnlyList<SuspensionAnswer> Suspensions);

/// <summary>A statutory suspension of one permit kind's decision time limits; the id is the one whose end can be moved.</summary>
public sealed record SuspensionAnswer(Guid Id, string Permit, DateOnly From, DateOnly Until, string Name, string LegalSource, bool Verified)
{
    public static SuspensionAnswer Of(StatutorySuspension s) => new(s.Id, s.Permit.ToString(), s.From, s.Until, s.Name, s.LegalSource, s.Verified);
}

/// <summary>Every row an application type ever had, oldest first; a superseded row was replaced by a correction with the same first day.</summary>
public sealed record TypeHistoryAnswer(
    string Code, string Name, string PolishName, string LegalBasis, string Permit,
    IReadOnlyList<HistoryRow<DecisionPeriodAnswer>> DecisionPeriods, IReadOnlyList<HistoryRow<StampDutyAnswer>> StampDuties, IReadOnlyList<HistoryRow<DocumentAnswer>> Documents)
{
    public static TypeHistoryAnswer Of(ApplicationType type) => new(
        type.Code, type.Name, type.PolishName, type.LegalBasis, type.Permit.ToString(),
        [.. CatalogueHistory.Ordered(type.DecisionPeriods).Select(p => new HistoryRow<DecisionPeriodAnswer>(p.Id, p.SupersededAt, DecisionPeriodAnswer.Of(p)))],
        [.. CatalogueHistory.Ordered(type.StampDuties).Select(d => new HistoryRow<StampDutyAnswer>(d.Id, d.SupersededAt, StampDutyAnswer.Of(d)))],
        [.. CatalogueHistory.Ordered(type.Documents).Select(d => new HistoryRow<DocumentAnswer>(d.Id, d.SupersededAt, DocumentAnswer.Of(d)))]);
}

public sealed record HistoryRow<T>(Guid Id, DateTime? SupersededAt, T Rule);

public sealed record ApplicationTypeAnswer(
    string Code, string Name, string PolishName, string LegalBasis, string Permit, DecisionPeriodAnswer? DecisionPeriod, StampDutyAnswer? StampDuty, IReadOnlyList<DocumentAnswer> Documents)
{
    public static ApplicationTypeAnswer Of(CatalogueEntry entry) => new(
        entry.Type.Code,
        entry.Type.Name,
        entry.Type.PolishName,
        entry.Type.LegalBasis,
        entry.Type.Permit.ToString(),
        entry.DecisionPeriod is { } p ? DecisionPeriodAnswer.Of(p) : null,
        entry.StampDuty is { } d ? StampDutyAnswer.Of(d) : null,
        [.. entry.Documents.Select(DocumentAnswer.Of)]);
}

public sealed record DecisionPeriodAnswer(int Length, string Unit, string LegalSource, bool Verified, DateOnly InForceFrom, DateOnly? InForceUntil)
{
    public static DecisionPeriodAnswer Of(DecisionPeriod p) => new(p.Length, p.Unit.ToString().ToLowerInvariant(), p.LegalSource, p.Verified, p.InForceFrom, p.InForceUntil);
}

public sealed record StampDutyAnswer(decimal AmountPln, string LegalSource, bool Verified, DateOnly InForceFrom, DateOnly? InForceUntil)
{
    public static StampDutyAnswer Of(StampDuty d) => new(d.AmountPln, d.LegalSource, d.Verified, d.InForceFrom, d.InForceUntil);
}

public sealed record DocumentAnswer(string Code, string Name, string Condition, string LegalSource, DateOnly InForceFrom, DateOnly? InForceUntil)
{
    public static DocumentAnswer Of(RequiredDocument r) => new(r.Code, r.Name, r.Condition.ToString(), r.LegalSource, r.InForceFrom, r.InForceUntil);
}
