using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;

namespace Pathway.Portal.Glossary;

/// <summary>
/// The tenant's glossary terms for reading: each published term in the reader's language or the
/// fallback, with its definition. Loaded only for a body that mentions a term at all.
/// </summary>
public sealed class GlossaryTerms(PathwayDbContext db, ITenantScopeAccessor scope)
{
    private IQueryable<ContentItem> Terms => db.Set<ContentItem>().Include(i => i.Texts).AsNoTracking()
        .Where(i => i.TenantId == scope.Current.TenantId && i.Kind == ContentKind.Term);

    /// <summary>Every published term as a reader of <paramref name="language"/> sees it, in the order of their language.</summary>
    public async Task<IReadOnlyList<GlossaryTerm>> PublishedAsync(string language, CancellationToken cancellationToken = default)
    {
        var items = await Terms.ToListAsync(cancellationToken);
        var order = StringComparer.Create(Platform.Localization.SupportedCultures.ByCode(language)?.Culture ?? System.Globalization.CultureInfo.InvariantCulture, ignoreCase: true);
        return [.. items.Select(i => Read(i, language)).OfType<GlossaryTerm>().OrderBy(t => t.Title, order)];
    }

    /// <summary>The terms <paramref name="bodies"/> may mention, for rendering them (<see cref="TermsShown.None"/> when none mentions any).</summary>
    public async Task<TermsShown> ForAsync(string language, IEnumerable<string> bodies, CancellationToken cancellationToken = default)
    {
        var slugs = bodies.SelectMany(TermMentions.Slugs).Distinct(StringComparer.Ordinal).ToList();
        if (slugs.Count == 0)
        {
            return TermsShown.None;
        }

        var items = await Terms.Where(i => slugs.Contains(i.Slug)).ToListAsync(cancellationToken);
        return new TermsShown(items.Select(i => Read(i, language)).OfType<GlossaryTerm>().ToDictionary(t => t.Slug, StringComparer.Ordinal));
    }

    /// <summary>The first slug of <paramref name="markdown"/>'s mentions that names no term of the tenant; null when all do.</summary>
    public async Task<string?> UnknownAsync(string markdown, CancellationToken cancellationToken = default)
    {
        var slugs = TermMentions.Slugs(markdown);
        if (slugs.Count == 0)
        {
            return null;
        }

        var known = await Terms.Where(i => slugs.Contains(i.Slug)).Select(i => i.Slug).ToListAsync(cancellationToken);
        return slugs.FirstOrDefault(s => !known.Contains(s, StringComparer.Ordinal));
    }

    private static GlossaryTerm? Read(ContentItem item, string language)
    {
        if (ContentDesk.ShownLanguage(item, language) is not { } shown)
        {
            return null;
        }

        var text = item.In(shown)!;
        // A definition's own mentions read as words: a definition opens no other definitions.
        return new GlossaryTerm(item.Slug, text.Title, MarkdownText.ToHtml(text.Body), shown, !string.Equals(shown, language, StringComparison.Ordinal));
    }
}
