using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Platform.Uploads;
using Pathway.Portal.Content;
using Pathway.Portal.Localization;

namespace Pathway.Portal.Wallet;

/// <summary>The caller's wallet: their documents, each with the days left until it ends, counted from the office's today.</summary>
public sealed record WalletAnswer(DateOnly Today, IReadOnlyList<WalletDocumentAnswer> Documents);

public sealed record WalletDocumentAnswer(WalletEntry Document, int? DaysLeft, bool ExpiresSoon, bool Expired);

/// <summary>An organisation's answer to a request: confirm or decline, with a note.</summary>
public sealed record DecisionRequest(bool? Confirm, string? Note);

/// <summary>Which organisation a migrant asks to confirm a document.</summary>
public sealed record AskRequest(Guid? OrganisationId);

internal static class WalletApi
{
    public static IEndpointRouteBuilder MapWalletApi(this IEndpointRouteBuilder routes)
    {
        var wallet = routes.MapGroup("/api/v1/portal/wallet").WithTags("Portal: document wallet").RequireAuthorization(PortalPermissions.WalletKeep).RequireFeature(PortalFeatures.Wallet);
        wallet.MapGet("/", ListAsync).WithName("MyWallet")
            .WithSummary("The signed-in migrant's documents, those ending soonest first, with the days left, and what each organisation asked answered");
        wallet.MapPost("/", AddAsync).WithName("AddWalletDocument")
            .WithSummary("Keeps a document: multipart/form-data with title, documentSlug (optional: a portal document such as passport), expiresOn (optional, yyyy-MM-dd) and file (PDF, JPEG or PNG up to 10 MB, judged by its content)");
        wallet.MapDelete("/{id:guid}", RemoveAsync).WithName("RemoveWalletDocument")
            .WithSummary("Removes one of the migrant's documents, with the requests made about it");
        wallet.MapPost("/{id:guid}/confirmations", AskAsync).WithName("AskToConfirmWalletDocument")
            .WithSummary("Asks an office unit or partner organisation ({organisationId}) to confirm the document; it then reads that document and answers");

        routes.MapGet("/api/v1/portal/wallet/{id:guid}/file", FileAsync).RequireAuthorization().RequireFeature(PortalFeatures.Wallet).WithTags("Portal: document wallet").WithName("GetWalletDocumentFile")
            .WithSummary("The document's file, for its owner or for the staff of an organisation asked to confirm it; every reading is audited");

        var confirming = routes.MapGroup("/api/v1/portal/confirmations").WithTags("Portal: document wallet").RequireAuthorization(PortalPermissions.WalletConfirm).RequireFeature(PortalFeatures.Wallet);
        confirming.MapGet("/", RequestsAsync).WithName("ListConfirmationRequests")
            .WithSummary("The requests made to the caller's organisations to confirm a migrant's document, open ones first; the reading is audited");
        confirming.MapPost("/{id:guid}/decision", DecideAsync).WithName("DecideConfirmationRequest")
            .WithSummary("Confirms ({confirm: true}) or declines an open request, with an optional note the migrant reads");
        return routes;
    }

    private static async Task<Ok<WalletAnswer>> ListAsync(WalletDesk desk, HttpContext http, CancellationToken cancellationToken)
    {
        var today = await desk.TodayAsync(cancellationToken);
        var documents = await desk.MineAsync(http.User, cancellationToken);
        return TypedResults.Ok(new WalletAnswer(today, [.. documents.Select(d => Answer(d, today))]));
    }

    internal static WalletDocumentAnswer Answer(WalletEntry document, DateOnly today)
    {
        var left = document.DaysLeft(today);
        return new WalletDocumentAnswer(document, left, left is >= 0 and <= WalletDocument.ExpiresSoonDays, left < 0);
    }

    private static async Task<Results<Created<WalletEntry>, ValidationProblem>> AddAsync(
        HttpRequest request, WalletDesk desk, ContentDesk content, LimitedUpload uploads, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (!request.HasFormContentType)
        {
            errors.Add("file", "Send the document as multipart/form-data, with its file in the field file.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var (input, file, reading) = await ReadAsync(form["title"], form["documentSlug"], form["expiresOn"], form.Files.GetFile("file"), desk, content, uploads, errors, cancellationToken);
        if (input is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var added = await desk.AddAsync(http.User, input, form.Files.GetFile("file")!.FileName, file!, reading, cancellationToken);
        return TypedResults.Created($"/api/v1/portal/wallet/{added.Id}/file", added);
    }

    /// <summary>The document's facts and file checked together, so that every problem is named at once; null input when any is wrong.</summary>
    internal static async Task<(WalletInput? Input, ContentVerdict.Accepted? File, byte[] Content)> ReadAsync(
        string? title, string? documentSlug, string? expiresOn, IFormFile? formFile, WalletDesk desk, ContentDesk content, LimitedUpload uploads, FieldErrors errors,
        CancellationToken cancellationToken)
    {
        var input = WalletRequests.Document(title, documentSlug, expiresOn, errors);
        var slug = string.IsNullOrWhiteSpace(documentSlug) ? null : documentSlug.Trim();
        if (slug is not null && !errors.Has("documentSlug") && await content.PublishedAsync(slug, ContentDesk.FallbackLanguage, static _ => false, cancellationToken) is not { Kind: ContentKind.Document })
        {
            errors.Add("documentSlug", "Choose one of the documents listed, or none.");
        }

        var reading = await uploads.ReadAsync(formFile, WalletDocument.MaxFileBytes, cancellationToken);
        ContentVerdict.Accepted? file = null;
        if (!reading.IsRead)
        {
            errors.AddTranslated("file", reading.Problem!);
        }
        else
        {
            file = UploadCheck.Accept(reading.Content, WalletDocument.MaxFileBytes, "file", errors);
        }

        return errors.Any ? (null, null, []) : (input, file, reading.Content);
    }

    private static async Task<Results<NoContent, NotFound>> RemoveAsync(Guid id, WalletDesk desk, HttpContext http, CancellationToken cancellationToken) =>
        await desk.RemoveAsync(id, http.User, cancellationToken) is WalletOutcome.Done ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<IResult> AskAsync(Guid id, AskRequest request, WalletDesk desk, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (request.OrganisationId is not { } organisation)
        {
            errors.Add("organisationId", "Choose one of the organisations listed.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return Answer(await desk.AskAsync(id, organisation, http.User, cancellationToken), errors, created: true);
    }

    private static async Task<IResult> FileAsync(Guid id, WalletDesk desk, Pathway.Platform.Modules.PermissionCatalog access, HttpContext http, CancellationToken cancellationToken)
    {
        var staff = access.IsGranted(http.User, PortalPermissions.WalletConfirm);
        if (await desk.FileAsync(id, http.User, staff, cancellationToken) is not { } document)
        {
            return TypedResults.NotFound();
        }

        // Personal data: never kept by a browser's or a proxy's cache.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(document.Content, document.ContentType, document.FileName);
    }

    private static async Task<Ok<IReadOnlyList<ConfirmationRequest>>> RequestsAsync(WalletDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.RequestsAsync(cancellationToken));

    private static async Task<IResult> DecideAsync(
        Guid id, DecisionRequest request, WalletDesk desk, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (request.Confirm is null)
        {
            errors.Add("confirm", "Say whether you confirm the document.");
        }

        var note = WalletRequests.Note(request.Note, errors);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : Answer(await desk.DecideAsync(id, request.Confirm!.Value, note, http.User, cancellationToken), errors, created: false);
    }

    private static IResult Answer(WalletOutcome outcome, FieldErrors errors, bool created)
    {
        switch (outcome)
        {
            case WalletOutcome.Done { Result: ConfirmationEntry entry }:
                return created ? TypedResults.Created("/api/v1/portal/wallet", entry) : TypedResults.Ok(entry);
            case WalletOutcome.Refused refused:
                errors.Add(refused.Field, refused.Reason, refused.Arguments);
                return TypedResults.ValidationProblem(errors.ToDictionary());
            default:
                return TypedResults.NotFound();
        }
    }
}
