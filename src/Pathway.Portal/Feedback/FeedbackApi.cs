using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Portal.Content;
using Pathway.Portal.Localization;

namespace Pathway.Portal.Feedback;

/// <summary>A reader's answer: whether the page helped, an optional comment, and the language read in.</summary>
public sealed record FeedbackRequest(string? Lang, bool? Helpful, string? Comment);

internal static class FeedbackApi
{
    /// <summary>Anonymous: each client gets a number of answers a minute (RateLimits:PublicFormPerMinute, as the other anonymous forms, 20 by default).</summary>
    public const string Limit = "portal-feedback";

    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/portal/articles/{slug}/feedback", PostAsync).AllowAnonymous().RequireRateLimiting(Limit)
            .WithTags("Portal: content").WithName("PostPortalFeedback")
            .WithSummary("Whether a published page helped the reader, with an optional comment (kept without who gave it)");
        // The page's own form, so the question works without JavaScript: answered with a redirect back to the page.
        // Anonymous answers need no antiforgery token: no session rides on them (see ArticlePage).
        routes.MapPost("/portal/articles/{slug}/feedback", FormAsync).AllowAnonymous().DisableAntiforgery().RequireRateLimiting(Limit).ExcludeFromDescription();
        return routes;
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> PostAsync(
        string slug, FeedbackRequest request, FeedbackDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = Read(request, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await desk.RecordAsync(slug, language!, request.Helpful!.Value, request.Comment, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<IResult> FormAsync(
        string slug, [FromForm(Name = "Helpful")] string? helpful, [FromForm(Name = "Comment")] string? comment,
        FeedbackDesk desk, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var request = new FeedbackRequest(SupportedCultures.Current.Code, bool.TryParse(helpful, out var h) ? h : null, comment);
        var errors = new FieldErrors(text);
        var language = Read(request, errors);
        var outcome = errors.Any ? "invalid"
            : await desk.RecordAsync(slug, language!, request.Helpful!.Value, request.Comment, cancellationToken) ? "thanks" : null;
        if (outcome is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Redirect($"{http.Request.PathBase}/portal/articles/{Uri.EscapeDataString(slug)}?feedback={outcome}#feedback");
    }

    private static string? Read(FeedbackRequest request, FieldErrors errors)
    {
        var language = request.Lang is null ? SupportedCultures.Current.Code : ContentRequests.Language(request.Lang, "lang", errors);
        if (request.Helpful is null)
        {
            errors.Add("helpful", "Say whether the page helped you.");
        }

        if (request.Comment is { Length: > PageFeedback.MaxCommentLength })
        {
            errors.Add("comment", "A comment is up to {0} characters.", PageFeedback.MaxCommentLength);
        }

        return language;
    }
}
