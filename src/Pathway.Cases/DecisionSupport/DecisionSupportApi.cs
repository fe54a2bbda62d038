using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Localization;
using Pathway.Cases.SecurityChecks;
using Pathway.Cases.Workflow;
using Pathway.Platform.Localization;

namespace Pathway.Cases.DecisionSupport;

internal static class DecisionSupportApi
{
    public static IEndpointRouteBuilder MapDecisionSupportApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/cases/{number}/checklist", ChecklistAsync).RequireAuthorization(CasesPermissions.CasesRead).WithTags("Cases: decision support")
            .WithName("GetDecisionChecklist").WithSummary("The explained checklist of a case: each pre-condition passed, failed or not checked, with the reason in the caller's language")
            .WithDescription("It never decides; every decision is a person's, recorded with the reasons.");
        var rules = routes.MapGroup("/api/v1/cases/decision-rules").WithTags("Cases: decision support").RequireAuthorization(CasesPermissions.CasesSupervise);
        rules.MapGet("/{applicationType}", RulesAsync).WithName("GetDecisionRules").WithSummary("The tenant's decision rules of an application type, as YAML");
        rules.MapPut("/{applicationType}", ReplaceAsync).WithName("ReplaceDecisionRules").WithSummary("Replaces the decision rules of an application type")
            .WithDescription("Body {\"yaml\": \"checks: ...\"}. Malformed YAML or an unknown check kind answers 400 with the line and column; nothing is saved.");
        return routes;
    }

    private static async Task<Results<Ok<ChecklistAnswer>, NotFound>> ChecklistAsync(
        string number, DecisionSupportDesk desk, IStringLocalizer<CasesText> text, CancellationToken cancellationToken) =>
        await desk.ChecklistAsync(number, cancellationToken) is { } sheet ? TypedResults.Ok(ChecklistAnswer.Of(sheet, text)) : TypedResults.NotFound();

    private static async Task<Results<Ok<DecisionRulesAnswer>, NotFound>> RulesAsync(string applicationType, DecisionSupportDesk desk, CancellationToken cancellationToken) =>
        await desk.RulesAsync(applicationType, cancellationToken) is { } ruleSet ? TypedResults.Ok(DecisionRulesAnswer.Of(ruleSet)) : TypedResults.NotFound();

    private static async Task<Results<Ok<DecisionRulesAnswer>, NotFound, ValidationProblem>> ReplaceAsync(
        string applicationType, DecisionRulesRequest request, DecisionSupportDesk desk, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        switch (await desk.ReplaceAsync(applicationType, request.Yaml, http.User, cancellationToken))
        {
            case RulesOutcome.Saved saved:
                return TypedResults.Ok(DecisionRulesAnswer.Of(saved.RuleSet));
            case RulesOutcome.Invalid invalid:
                var errors = new FieldErrors(text);
                errors.AddTranslated("yaml", ErrorText(invalid.Error, text));
                return TypedResults.ValidationProblem(errors.ToDictionary());
            default:
                return TypedResults.NotFound();
        }
    }

    public static string ErrorText(RulesError error, IStringLocalizer<CasesText> text) =>
        text["Line {0}, column {1}: {2}", error.Line, error.Column, RefusalText.Of(new Refusal(error.Text, error.Args), text)];
}

public sealed record DecisionRulesRequest(string? Yaml);

public sealed record DecisionRulesAnswer(string ApplicationType, string Yaml, DateTime UpdatedAt, Guid? UpdatedBy)
{
    public static DecisionRulesAnswer Of(DecisionRuleSet r) => new(r.ApplicationType, r.Yaml, r.UpdatedAt, r.UpdatedBy);
}

/// <summary>The checklist of a case; <see cref="HasRules"/> is false when the tenant has no rules for its type.</summary>
public sealed record ChecklistAnswer(string Number, bool HasRules, IReadOnlyList<ChecklistLineAnswer> Lines)
{
    public static ChecklistAnswer Of(ChecklistSheet sheet, IStringLocalizer<CasesText> text) => new(
        sheet.Case.Number, sheet.RuleSet is not null,
        [.. sheet.Lines.Select(l => new ChecklistLineAnswer(KebabNames.Of(l.Kind), KebabNames.Of(l.Status), RefusalText.Of(new Refusal(l.Text, l.Args), text)))]);
}

public sealed record ChecklistLineAnswer(string Check, string Status, string Reason);
