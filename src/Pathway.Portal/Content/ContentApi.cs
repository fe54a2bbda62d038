using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Portal.Localization;

namespace Pathway.Portal.Content;

internal static class ContentApi
{
    public const string StaleProblemType = "https://pathway.example/problems/content-changed";
    public const string RefusedProblemType = "https://pathway.example/problems/content-refused";

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder routes)
    {
        var reading = routes.MapGroup("/api/v1/portal/articles").WithTags("Portal: content").AllowAnonymous();
        reading.MapGet("/", PublishedAsync).CacheOutput(Pathway.Platform.Caching.PublicPages.Policy).WithName("ListPortalContent")
            .WithSummary("The published articles, news and alerts, each in the language asked for (lang=uk) or, until it is translated, in the fallback language, marked as such");
        reading.MapGet("/{slug}", ReadAsync).CacheOutput(Pathway.Platform.Caching.PublicPages.Policy).WithName("GetPortalContent")
            .WithSummary("One published item as HTML in the language asked for or the fallback");

        var work = routes.MapGroup("/api/v1/portal/content").WithTags("Portal: content");
        work.MapGet("/", ListAsync).RequireAuthorization(PortalPermissions.ContentTranslate).WithName("ListContentItems")
            .WithSummary("Every item with the state of each of the 12 languages (missing, machine draft, draft, in review, published, stale)");
        work.MapGet("/{id:guid}", GetAsync).RequireAuthorization(PortalPermissions.ContentTranslate).WithName("GetContentItem")
            .WithSummary("One item with its text and state in every language");
        work.MapPost("/", CreateAsync).RequireAuthorization(PortalPermissions.ContentEdit).WithName("CreateContentItem")
            .WithSummary("A new article, news item or alert in its source language, unpublished");
        work.MapPut("/{id:guid}/source", SaveSourceAsync).RequireAuthorization(PortalPermissions.ContentEdit).WithName("SaveContentSource")
            .WithSummary("Changes the source text; every translation made from the old text becomes stale");
        work.MapPut("/{id:guid}/translations/{language}", SaveTranslationAsync).RequireAuthorization(PortalPermissions.ContentTranslate).WithName("SaveContentTranslation")
            .WithSummary("A translation saved as a draft or for review (state: Draft or InReview), made from the source as it is now");
        work.MapPost("/{id:guid}/translations/{language}/publish", PublishAsync).RequireAuthorization(PortalPermissions.ContentEdit).WithName("PublishContentLanguage")
            .WithSummary("Publishes the source, or a reviewed translation of the current source");
        work.MapPost("/{id:guid}/checked", CheckedAsync).RequireAuthorization(PortalPermissions.ContentEdit).WithName("MarkContentChecked")
            .WithSummary("Records that the item is still right today (shown to readers as last checked on … by …)");
        return routes;
    }

    private static async Task<Results<Ok<IReadOnlyList<PublishedContent>>, ValidationProblem>> PublishedAsync(
        string? lang, ContentDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(lang, errors);
        return errors.Any ? TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.Ok(await desk.PublishedAsync(language!, cancellationToken));
    }

    private static async Task<Results<Ok<PublishedContent>, NotFound, ValidationProblem>> ReadAsync(
        string slug, string? lang, ContentDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(lang, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await desk.PublishedAsync(slug, language!, cancellationToken) is { } content ? TypedResults.Ok(content) : TypedResults.NotFound();
    }

    private static async Task<Ok<IReadOnlyList<ContentSummary>>> ListAsync(ContentDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ListAsync(cancellationToken));

    private static async Task<Results<Ok<ContentItemAnswer>, NotFound>> GetAsync(Guid id, ContentDesk desk, TimeProvider clock, CancellationToken cancellationToken) =>
        await desk.GetAsync(id, cancellationToken) is { } item ? TypedResults.Ok(ContentItemAnswer.Of(item, clock.GetUtcNow().UtcDateTime)) : TypedResults.NotFound();

    private static async Task<IResult> CreateAsync(
        NewContentRequest request, ContentDesk desk, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (ContentRequests.Draft(request, errors) is not { } draft)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await desk.CreateAsync(draft, http.User, cancellationToken);
        return outcome is ContentOutcome.Done done
            ? TypedResults.Created($"/api/v1/portal/content/{done.Item.Id}", ContentItemAnswer.Of(done.Item, clock.GetUtcNow().UtcDateTime))
            : Answer(outcome, text, clock, errors);
    }

    private static async Task<IResult> SaveSourceAsync(
        Guid id, ContentTextRequest request, ContentDesk desk, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var version = ContentRequests.Version(request.Version, errors);
        var (title, body) = ContentRequests.Text(request.Title, request.Body, errors);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : Answer(await desk.SaveSourceAsync(id, version!.Value, title!, body!, http.User, cancellationToken), text, clock, errors);
    }

    private static async Task<IResult> SaveTranslationAsync(
        Guid id, string language, ContentTextRequest request, ContentDesk desk, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var code = ContentRequests.Language(language, "language", errors);
        var version = ContentRequests.Version(request.Version, errors);
        var (title, body) = ContentRequests.Text(request.Title, request.Body, errors);
        var state = ContentRequests.SaveState(request.State, errors);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : Answer(await desk.SaveTranslationAsync(id, code!, version!.Value, title!, body!, state!.Value, http.User, cancellationToken), text, clock, errors);
    }

    private static async Task<IResult> PublishAsync(
        Guid id, string language, ContentVersionRequest request, ContentDesk desk, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var code = ContentRequests.Language(language, "language", errors);
        var version = ContentRequests.Version(request.Version, errors);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : Answer(await desk.PublishAsync(id, code!, version!.Value, http.User, cancellationToken), text, clock, errors);
    }

    private static async Task<IResult> CheckedAsync(
        Guid id, ContentVersionRequest request, ContentDesk desk, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var version = ContentRequests.Version(request.Version, errors);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : Answer(await desk.MarkCheckedAsync(id, version!.Value, http.User, cancellationToken), text, clock, errors);
    }

    internal static IResult Answer(ContentOutcome outcome, IStringLocalizer<PortalText> text, TimeProvider clock, FieldErrors errors)
    {
        switch (outcome)
        {
            case ContentOutcome.Done done:
                return TypedResults.Ok(ContentItemAnswer.Of(done.Item, clock.GetUtcNow().UtcDateTime));
            case ContentOutcome.NotFound:
                return TypedResults.NotFound();
            case ContentOutcome.Refused refused:
                errors.AddTranslated(refused.Field, text[refused.Reason, refused.Arguments]);
                return TypedResults.ValidationProblem(errors.ToDictionary());
            case ContentOutcome.Conflict conflict:
                return TypedResults.Problem(title: text[conflict.Reason], statusCode: StatusCodes.Status409Conflict, type: RefusedProblemType);
            case ContentOutcome.Stale stale:
                return TypedResults.Problem(
                    title: text[stale.Message!],
                    statusCode: StatusCodes.Status409Conflict, type: StaleProblemType,
                    extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["currentVersion"] = stale.Current });
            default:
                throw new InvalidOperationException("Every outcome is answered above.");
        }
    }
}
