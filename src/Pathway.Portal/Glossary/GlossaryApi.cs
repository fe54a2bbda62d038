using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Portal.Content;
using Pathway.Portal.Localization;

namespace Pathway.Portal.Glossary;

/// <summary>The occurrences an editor confirms as mentions in one language, on the version they read.</summary>
public sealed record MarkMentionsRequest(int? Version, string? Language, IReadOnlyList<MentionPick>? Mentions);

internal static class GlossaryApi
{
    public const int MaxPicks = 200;

    public static IEndpointRouteBuilder MapGlossaryApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/portal/glossary", GlossaryAsync).AllowAnonymous().RequireFeature(PortalFeatures.Glossary).CacheOutput(Pathway.Platform.Caching.PublicPages.Policy)
            .WithTags("Portal: glossary").WithName("GetGlossary")
            .WithSummary("Every published glossary term with its definition, in the language asked for (lang) or the fallback, in that language's alphabetical order");

        var work = routes.MapGroup("/api/v1/portal/content/{id:guid}/mentions").WithTags("Portal: glossary");
        work.MapGet("/", ReportAsync).RequireAuthorization(PortalPermissions.ContentTranslate).WithName("GetGlossaryMentions")
            .WithSummary("For each language of an item: mentions that name no published term, and unmarked words that look like a term (inflected forms included), with where they are");
        work.MapPost("/", MarkAsync).RequireAuthorization(PortalPermissions.ContentEdit).WithName("MarkGlossaryMentions")
            .WithSummary("Marks the offered occurrences an editor confirms (term and start) as mentions in one language's text; nothing else in the text changes");
        return routes;
    }

    private static async Task<Results<Ok<IReadOnlyList<GlossaryTerm>>, ValidationProblem>> GlossaryAsync(
        string? lang, GlossaryTerms glossary, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var language = ContentRequests.ReaderLanguage(lang, errors);
        return errors.Any ? TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.Ok(await glossary.PublishedAsync(language!, cancellationToken));
    }

    private static async Task<Results<Ok<MentionsReport>, NotFound>> ReportAsync(Guid id, GlossaryDesk desk, CancellationToken cancellationToken) =>
        await desk.ReportAsync(id, cancellationToken) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();

    private static async Task<IResult> MarkAsync(
        Guid id, MarkMentionsRequest request, GlossaryDesk desk, IStringLocalizer<PortalText> text, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var version = ContentRequests.Version(request.Version, errors);
        var language = ContentRequests.Language(request.Language, "language", errors);
        var picks = Picks(request.Mentions, errors);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : ContentApi.Answer(await desk.MarkAsync(id, version!.Value, language!, picks, http.User, cancellationToken), text, clock, errors);
    }

    /// <summary>The confirmed occurrences, each once: at least one, at most <see cref="MaxPicks"/>, each naming a term and a place in the text.</summary>
    public static IReadOnlyList<MentionPick> Picks(IReadOnlyList<MentionPick?>? mentions, FieldErrors errors)
    {
        if (mentions is not { Count: > 0 and <= MaxPicks } || mentions.Any(m => m is null || string.IsNullOrWhiteSpace(m.Term) || m.Start < 0))
        {
            errors.Add("mentions", "Choose 1 to {0} of the offered words, each by its term and place.", MaxPicks);
            return [];
        }

        return [.. mentions.OfType<MentionPick>().Distinct()];
    }
}
