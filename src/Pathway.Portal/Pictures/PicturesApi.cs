using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Platform.Uploads;
using Pathway.Portal.Content;
using Pathway.Portal.Localization;

namespace Pathway.Portal.Pictures;

/// <summary>A published document's picture as the API gives it to readers' apps: where the picture is, its size, and its spots with their explanations.</summary>
public sealed record DocumentPictureAnswer(
    Guid Id, string Slug, string Title, string Language, bool IsFallback, string Image, int Width, int Height, IReadOnlyList<SpotView> Spots);

/// <summary>A document's picture as its editors see it: the spots where they are, and the languages whose text does not explain each.</summary>
public sealed record PictureEditAnswer(
    string Image, int Width, int Height, DateTime UploadedAt, string UploadedBy, IReadOnlyList<SpotView> Spots, IReadOnlyList<SpotMismatch> Mismatches);

internal static class PicturesApi
{
    /// <summary>A picture's address names its content: it never changes, so a reader's browser keeps it for a year.</summary>
    private const string KeepForGood = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapPicturesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/portal/pictures/{id:guid}/{hash}.webp", ImageAsync).AllowAnonymous().CacheOutput(Pathway.Platform.Caching.PublicPages.Policy)
            .WithTags("Portal: document pictures").WithName("GetDocumentPictureImage")
            .WithSummary("The picture of a published document (WebP, made anew from the upload, without its metadata); its address changes with the picture");
        routes.MapGet("/api/v1/portal/documents/{slug}/picture", ReadAsync).AllowAnonymous().CacheOutput(Pathway.Platform.Caching.PublicPages.Policy)
            .WithTags("Portal: document pictures").WithName("GetDocumentPicture")
            .WithSummary("A published document's picture with its numbered spots (percent across and down) and what each means, in the language asked for (lang) or the fallback");

        var work = routes.MapGroup("/api/v1/portal/content/{id:guid}/picture").WithTags("Portal: document pictures");
        work.MapGet("/", InfoAsync).RequireAuthorization(PortalPermissions.ContentTranslate).WithName("GetDocumentPictureForEditors")
            .WithSummary("A document's picture, its spots and the languages whose first numbered list does not have one entry per spot");
        work.MapPut("/", UploadAsync).RequireAuthorization(PortalPermissions.ContentEdit).WithName("UploadDocumentPicture")
            .WithSummary("Sets a document's picture from the request body (a JPEG or PNG, up to 8 MB, judged by its content; version= the item's version); it is turned upright, scaled to fit 1200 pixels and written anew as WebP, its metadata left behind");
        work.MapDelete("/", RemoveAsync).RequireAuthorization(PortalPermissions.ContentEdit).WithName("RemoveDocumentPicture")
            .WithSummary("Removes a document's picture and its spots (version= the item's version)");
        work.MapPut("/spots", SaveSpotsAsync).RequireAuthorization(PortalPermissions.ContentEdit).WithName("SaveDocumentPictureSpots")
            .WithSummary("Replaces the spots of a document's picture: places in percent across and down, the first is number 1; the n-th entry of each text's first numbered list explains spot n");
        return routes;
    }

    private static async Task<IResult> ImageAsync(Guid id, string hash, PictureDesk desk, PermissionCatalog access, HttpContext http, CancellationToken cancellationToken)
    {
        var editors = access.IsGranted(http.User, PortalPermissions.ContentTranslate);
        if (hash.Length != DocumentPicture.HashLength || await desk.ImageAsync(id, hash, editors, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        // An unpublished document's picture is for its editors' browsers only.
        http.Response.Headers.CacheControl = found.Published ? KeepForGood : "private, no-cache";
        return TypedResults.File(found.Image, PictureImages.MediaType);
    }

    private static async Task<Results<Ok<DocumentPictureAnswer>, NotFound, ValidationProblem>> ReadAsync(
        string slug, string? lang, ContentDesk content, PictureDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(lang, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await content.PublishedAsync(slug, language!, cancellationToken) is not { } published || await desk.ReadAsync(published, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new DocumentPictureAnswer(published.Id, published.Slug, published.Title, published.Language, published.IsFallback,
            view.Picture.Address, view.Picture.Width, view.Picture.Height, view.Spots));
    }

    private static async Task<Results<Ok<PictureEditAnswer>, NotFound>> InfoAsync(Guid id, PictureDesk desk, CancellationToken cancellationToken)
    {
        if (await desk.InfoAsync(id, cancellationToken) is not { } picture)
        {
            return TypedResults.NotFound();
        }

        var mismatches = await desk.MismatchesAsync(id, picture.Spots.Count, cancellationToken);
        return TypedResults.Ok(new PictureEditAnswer(picture.Address, picture.Width, picture.Height, picture.UploadedAt, picture.UploadedBy,
            [.. picture.Spots.Select(s => new SpotView(s.Number, PictureSpots.Percent(s.X), PictureSpots.Percent(s.Y), null))], mismatches));
    }

    private static async Task<IResult> UploadAsync(
        Guid id, string? version, PictureDesk desk, LimitedUpload uploads, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var itemVersion = ContentRequests.Version(Number(version), errors);
        var reading = await uploads.ReadAsync(http.Request.Body, PictureImages.MaxUploadBytes, cancellationToken);
        if (!reading.IsRead)
        {
            errors.AddTranslated("picture", reading.Problem!);
        }
        else if (reading.Content.Length == 0)
        {
            errors.Add("picture", "Choose a picture: a JPEG or PNG image.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (picture, refusal) = PictureImages.Prepare(reading.Content);
        if (refusal is not null)
        {
            errors.Add("picture", refusal.Reason, refusal.Arguments);
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return ContentApi.Answer(await desk.SaveAsync(id, itemVersion!.Value, picture!, http.User, cancellationToken), text, clock, errors);
    }

    private static async Task<IResult> RemoveAsync(
        Guid id, string? version, PictureDesk desk, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var itemVersion = ContentRequests.Version(Number(version), errors);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : ContentApi.Answer(await desk.RemoveAsync(id, itemVersion!.Value, http.User, cancellationToken), text, clock, errors);
    }

    private static async Task<IResult> SaveSpotsAsync(
        Guid id, SpotsRequest request, PictureDesk desk, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var version = ContentRequests.Version(request.Version, errors);
        var places = PictureRequests.Spots(request.Spots, errors);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : ContentApi.Answer(await desk.SaveSpotsAsync(id, version!.Value, places!, http.User, cancellationToken), text, clock, errors);
    }

    // Read as text: a version that is not a number is named like a missing one, not refused by the binder.
    private static int? Number(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
