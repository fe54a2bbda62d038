using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Letters;
using Pathway.Cases.Localization;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Printing;

namespace Pathway.Cases.Portal;

/// <summary>The migrant's own cases: only cases filed with their account; another's case answers 404, as one that does not exist.</summary>
internal static class MyCasesApi
{
    public static RouteGroupBuilder MapMyCasesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/my/cases").WithTags("Cases: my cases").RequireAuthorization(CasesPermissions.Apply);
        group.MapGet("/", ListAsync).WithName("ListMyCases")
            .WithSummary("The signed-in migrant's cases: where each stands in plain words and what they must do next");
        group.MapGet("/{number}", OpenAsync).WithName("GetMyCase")
            .WithSummary("One of the migrant's cases: timeline, letters, open requests with their deadlines, appointments; the read is audited");
        group.MapPost("/{number}/messages", PostMessageAsync).WithIdempotency().WithName("PostMyCaseMessage")
            .WithSummary("The migrant writes to the office in their case; the posting time is kept (KPA art. 57 §5)")
            .WithDescription("Body: {\"text\": \"…\"}, at most 4000 characters; or multipart/form-data with the field text and up to 5 files in the field files "
                + "(PDF, JPEG or PNG by content, each within the size limit; one refused file refuses the message). Send an Idempotency-Key: a retry is one message.");
        group.MapGet("/{number}/messages/{messageId:guid}/files/{fileId:guid}", AttachmentAsync).WithName("GetMyCaseMessageFile")
            .WithSummary("A file sent with a message in the migrant's case, by them or the office");
        group.MapGet("/{number}/letters/{kind}.pdf", LetterAsync).WithName("PrintMyCaseLetter")
            .WithSummary("A letter of the migrant's case as PDF: the Polish text, then the translation into ?lang= where there is one");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<ApplicantCaseListItem>>> ListAsync(
        ApplicantCases cases, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var mine = await cases.ListAsync(http.User.GetUserId()!.Value, cancellationToken);
        IReadOnlyList<ApplicantCaseListItem> items = [.. mine.Select(s => new ApplicantCaseListItem(
            s.Case.Number, s.Case.ApplicationType, text[s.TypeName], s.Case.SubmittedOn, s.Case.State.ToString(), MigrantWording.Of(s.Case.State, text),
            NextStepAnswer.Of(MigrantWording.Next(s.Case, s.NoticeTerm, s.AppealTerm, text))))];
        return TypedResults.Ok(items);
    }

    private static async Task<Results<Ok<ApplicantCaseAnswer>, NotFound>> OpenAsync(
        string number, ApplicantCases cases, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken) =>
        await cases.OpenAsync(number, http.User.GetUserId()!.Value, cancellationToken) is { } file
            ? TypedResults.Ok(ApplicantCaseAnswer.Of(file, text, SupportedCultures.Current.Code, s => Confirmations.ConfirmationsApi.VerifyAddress(http.Request, s)))
            : TypedResults.NotFound();

    private static async Task<Results<Created<MessageAnswer>, NotFound, ValidationProblem>> PostMessageAsync(
        string number, HttpRequest request, ApplicantCases cases, CaseMessages messages, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var (message, files) = await messages.ReadRequestAsync(request, errors, text, cancellationToken);
        var me = http.User.GetUserId()!.Value;
        if (await cases.FindAsync(number, me, cancellationToken) is not { } @case)
        {
            return TypedResults.NotFound();
        }

        if (message is null || files is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var posted = await messages.PostAsync(@case, MessageDirection.FromApplicant, message, me, files, cancellationToken);
        return TypedResults.Created($"/api/v1/my/cases/{Uri.EscapeDataString(number)}", MessageAnswer.ForApplicant(posted));
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> AttachmentAsync(
        string number, Guid messageId, Guid fileId, ApplicantCases cases, CaseMessages messages, HttpContext http, CancellationToken cancellationToken) =>
        await cases.FindAsync(number, http.User.GetUserId()!.Value, cancellationToken) is { } @case
            && await messages.OpenAttachmentAsync(@case, messageId, fileId, cancellationToken) is { } found
            ? TypedResults.File(found.Content, found.Attachment.ContentType, found.Attachment.FileName)
            : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> LetterAsync(
        string number, string kind, string? lang, ApplicantCases cases, ICaseLetters letters, IStringLocalizer<CasesText> text, HttpContext http,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var known = LetterKindNames.Parse(kind);
        if (known is null)
        {
            errors.Add("kind", "Choose one of: {0}.", string.Join(", ", Enum.GetValues<LetterKind>().Select(LetterKindNames.Of)));
        }

        var language = string.IsNullOrWhiteSpace(lang) ? SupportedCultures.Current : LetterComposer.Language(lang.Trim());
        if (language is null)
        {
            errors.Add("lang", "Choose one of: {0}.", string.Join(", ", SupportedCultures.All.Select(l => l.Code)));
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await cases.OpenAsync(number, http.User.GetUserId()!.Value, cancellationToken) is not { } file)
        {
            return TypedResults.NotFound();
        }

        try
        {
            return await letters.PrintAsync(file.Case, known!.Value, language!, cancellationToken) switch
            {
                LetterOutcome.Printed printed => TypedResults.File(printed.Pdf, "application/pdf", printed.FileName),
                _ => TypedResults.Problem(title: text["This case has no such letter to write now."], statusCode: StatusCodes.Status409Conflict, type: CaseLettersApi.NotAvailableProblemType),
            };
        }
        catch (PrintFontsMissingException missing)
        {
            return TypedResults.Problem(
                title: text["Letters cannot be printed on this server: a font is missing."], detail: missing.Message,
                statusCode: StatusCodes.Status503ServiceUnavailable, type: CaseLettersApi.FontsMissingProblemType);
        }
    }
}
