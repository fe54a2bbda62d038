using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Localization;
using Pathway.Platform.Localization;
using Pathway.Platform.Printing;

namespace Pathway.Cases.Letters;

internal static class CaseLettersApi
{
    public const string NotAvailableProblemType = "https://pathway.example/problems/letter-not-available";
    public const string FontsMissingProblemType = "https://pathway.example/problems/letter-fonts-missing";

    public static RouteHandlerBuilder MapCaseLettersApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/cases/{number}/letters/{kind}.pdf", PrintAsync).RequireAuthorization(CasesPermissions.CasesRead)
            .WithTags("Cases: letters").WithName("PrintCaseLetter")
            .WithSummary("A letter of the case as PDF: the Polish text, then a translation for information (?lang=)")
            .WithDescription("kind: formal-deficiency, evidence-request, summons, delay-notice, decision. lang: a UI language code (pl when left out). "
                + "409 letter-not-available when the case has no such letter now (no decision yet, no notice out); the read is audited.");

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> PrintAsync(
        string number, string kind, string? lang, ICaseLetters letters, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var known = LetterKindNames.Parse(kind);
        if (known is null)
        {
            errors.Add("kind", "Choose one of: {0}.", string.Join(", ", Enum.GetValues<LetterKind>().Select(LetterKindNames.Of)));
        }

        var language = LetterComposer.Language(string.IsNullOrWhiteSpace(lang) ? LetterComposer.LegalLanguage : lang.Trim());
        if (language is null)
        {
            errors.Add("lang", "Choose one of: {0}.", string.Join(", ", SupportedCultures.All.Select(l => l.Code)));
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        try
        {
            return await letters.PrintAsync(number, known!.Value, language!, cancellationToken) switch
            {
                LetterOutcome.Printed printed => TypedResults.File(printed.Pdf, "application/pdf", printed.FileName),
                LetterOutcome.CaseNotFound => TypedResults.NotFound(),
                _ => TypedResults.Problem(title: text["This case has no such letter to write now."], statusCode: StatusCodes.Status409Conflict, type: NotAvailableProblemType),
            };
        }
        catch (PrintFontsMissingException missing)
        {
            return TypedResults.Problem(
                title: text["Letters cannot be printed on this server: a font is missing."], detail: missing.Message,
                statusCode: StatusCodes.Status503ServiceUnavailable, type: FontsMissingProblemType);
        }
    }
}
