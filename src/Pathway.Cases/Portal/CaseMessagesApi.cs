using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Localization;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Portal;

/// <summary>The office's side of a case's reply channel.</summary>
internal static class CaseMessagesApi
{
    public static RouteGroupBuilder MapCaseMessagesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/cases/{number}/messages").WithTags("Cases: messages");
        group.MapGet("/", ListAsync).RequireAuthorization(CasesPermissions.CasesRead).WithName("ListCaseMessages")
            .WithSummary("The messages between the applicant and the office in a case; the applicant's are marked read; the read is audited");
        group.MapPost("/", PostAsync).RequireAuthorization(CasesPermissions.CasesWork).WithIdempotency().WithName("PostCaseMessage")
            .WithSummary("The office answers the applicant in their case")
            .WithDescription("Body: {\"text\": \"…\"}, at most 4000 characters; or multipart/form-data with the field text and up to 5 files in the field files "
                + "(PDF, JPEG or PNG by content; one refused file refuses the message). Send an Idempotency-Key: a retry is one message.");
        group.MapGet("/{messageId:guid}/files/{fileId:guid}", AttachmentAsync).RequireAuthorization(CasesPermissions.CasesRead).WithName("GetCaseMessageFile")
            .WithSummary("A file sent with a message in the case, by the applicant or the office; the read is audited");
        return group;
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> AttachmentAsync(
        string number, Guid messageId, Guid fileId, CaseMessages messages, CancellationToken cancellationToken) =>
        await messages.StaffCaseAsync(number, cancellationToken) is { } @case
            && await messages.OpenAttachmentAsync(@case, messageId, fileId, cancellationToken) is { } found
            ? TypedResults.File(found.Content, found.Attachment.ContentType, found.Attachment.FileName)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<MessageAnswer>>, NotFound>> ListAsync(string number, CaseMessages messages, CancellationToken cancellationToken)
    {
        if (await messages.StaffCaseAsync(number, cancellationToken) is not { } @case)
        {
            return TypedResults.NotFound();
        }

        IReadOnlyList<MessageAnswer> answers = [.. (await messages.ReadAsync(@case, MessageDirection.FromApplicant, cancellationToken)).Select(MessageAnswer.Of)];
        return TypedResults.Ok(answers);
    }

    private static async Task<Results<Created<MessageAnswer>, NotFound, ValidationProblem>> PostAsync(
        string number, HttpRequest request, CaseMessages messages, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var (message, files) = await messages.ReadRequestAsync(request, errors, text, cancellationToken);
        if (await messages.StaffCaseAsync(number, cancellationToken) is not { } @case)
        {
            return TypedResults.NotFound();
        }

        if (message is null || files is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var posted = await messages.PostAsync(@case, MessageDirection.FromOffice, message, http.User.GetUserId()!.Value, files, cancellationToken);
        return TypedResults.Created($"/api/v1/cases/{Uri.EscapeDataString(number)}/messages", MessageAnswer.Of(posted));
    }
}
