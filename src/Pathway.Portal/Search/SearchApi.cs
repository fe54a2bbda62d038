using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Portal.Content;
using Pathway.Portal.Events;
using Pathway.Portal.Localization;

namespace Pathway.Portal.Search;

/// <summary>One item found, with its page's address and the found words marked (pieces with match true).</summary>
public sealed record SearchHitAnswer(
    Guid Id, ContentKind Kind, string Slug, string Language, bool IsFallback, string Url, IReadOnlyList<TextPiece> Title, IReadOnlyList<TextPiece> Snippet);

/// <summary>A page of search results; allTerms is false when no item had every word and these have some.</summary>
public sealed record SearchAnswer(string Query, string Language, bool AllTerms, int Total, int Page, int PageSize, IReadOnlyList<SearchHitAnswer> Hits);

internal static class SearchApi
{
    public const int MaxPage = 500;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/portal/search", SearchAsync).AllowAnonymous().WithTags("Portal: search").WithName("SearchPortalContent")
            .WithSummary("Finds published content in the reader's language (lang) or its fallback: any case or diacritics, Cyrillic or Latin letters; ranked, found words marked; kind keeps one kind");
        return routes;
    }

    /// <summary>A page's address within the portal, without the language prefix (the page's base adds it).</summary>
    public static string PathOf(ContentKind kind, string slug) => kind switch
    {
        ContentKind.Event => $"portal/events/{slug}",
        ContentKind.Term => $"portal/glossary#{slug}",
        _ => $"portal/articles/{slug}",
    };

    private static async Task<Results<Ok<SearchAnswer>, ValidationProblem>> SearchAsync(
        string? q, string? lang, string? kind, int? page, ContentSearch search, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var request = Check(q, kind, page, errors);
        var language = ContentRequests.ReaderLanguage(lang, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var results = await search.SearchAsync(request.Query, language!, request.Kind, request.Page, cancellationToken);
        var site = EventAddresses.Site(http.Request);
        return TypedResults.Ok(new SearchAnswer(
            request.Query, language!, results.AllTerms, results.Total, request.Page, ContentSearch.PageSize,
            [.. results.Hits.Select(h => new SearchHitAnswer(h.Id, h.Kind, h.Slug, h.Language, h.IsFallback, $"{site}/{language}/{PathOf(h.Kind, h.Slug)}", h.Title, h.Snippet))]));
    }

    /// <summary>The query, kind and page as asked, each wrong one named in <paramref name="errors"/>.</summary>
    public static (string Query, ContentKind? Kind, int Page) Check(string? q, string? kind, int? page, FieldErrors errors)
    {
        var query = q?.Trim() ?? "";
        if (query.Length == 0)
        {
            errors.Add("q", "Type what you are looking for.");
        }
        else if (query.Length > SearchQuery.MaxLength)
        {
            errors.Add("q", "Search for at most {0} characters.", SearchQuery.MaxLength);
        }
        else if (SearchQuery.Parse(query).Count == 0)
        {
            errors.Add("q", "Type at least one word: letters or digits.");
        }

        ContentKind? kindAsked = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (Enum.TryParse<ContentKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(kind, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                kindAsked = parsed;
            }
            else
            {
                errors.Add("kind", "Choose a kind from the list.");
            }
        }

        if (page is < 1 or > MaxPage)
        {
            errors.Add("page", "Choose a page from 1 to {0}.", MaxPage);
        }

        return (query, kindAsked, page ?? 1);
    }
}
