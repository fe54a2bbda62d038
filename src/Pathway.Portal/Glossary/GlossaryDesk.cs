using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;

namespace Pathway.Portal.Glossary;

/// <summary>One language of an item as the glossary sees it: mentions that show no definition, and words that look like terms but are not marked.</summary>
public sealed record LanguageMentions(string Language, IReadOnlyList<string> Broken, IReadOnlyList<TermOccurrence> Unmarked);

/// <summary>What the editors are told about an item's glossary mentions, for its <see cref="Version"/>.</summary>
public sealed record MentionsReport(Guid Id, int Version, IReadOnlyList<LanguageMentions> Languages);

/// <summary>An occurrence an editor confirms as a mention: the term and where the words start in the text.</summary>
public sealed record MentionPick(string Term, int Start);

/// <summary>
/// The editors' side of the glossary: for each language of an item, the mentions that name no
/// published term (reported, never rendered as a link) and the unmarked words that look like a
/// term (offered, never marked without a person confirming them).
/// </summary>
public sealed class GlossaryDesk(PathwayDbContext db, ITenantScopeAccessor scope, ContentDesk content)
{
    private IQueryable<ContentItem> Items => db.Set<ContentItem>().Include(i => i.Texts).AsNoTracking().Where(i => i.TenantId == scope.Current.TenantId);

    public async Task<MentionsReport?> ReportAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var item = await Items.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var terms = await TermsAsync(cancellationToken);
        var languages = ContentDesk.Languages.Where(l => item.In(l) is not null).Select(l =>
        {
            var body = item.In(l)!.Body;
            var broken = TermMentions.Slugs(body).Where(s => !terms.TryGetValue(s, out var term) || ContentDesk.ShownLanguage(term, l) is null).ToList();
            return new LanguageMentions(l, broken, UnmarkedTerms.Find(body, Names(terms, item, l)));
        }).ToList();
        return new MentionsReport(item.Id, item.Version, languages);
    }

    /// <summary>
    /// Marks the occurrences an editor confirmed in one language's text, made on <paramref name="version"/>.
    /// Each must still be one the glossary offers there; the text's words and state stay as they were.
    /// </summary>
    public async Task<ContentOutcome> MarkAsync(Guid id, int version, string language, IReadOnlyList<MentionPick> picks, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var terms = await TermsAsync(cancellationToken);
        return await content.ChangeAsync(id, version, by, "mentions:" + language, (item, now, name) =>
        {
            if (item.In(language) is not { } text)
            {
                return new ContentOutcome.Refused("language", "There is no text in this language to mark terms in.");
            }

            var offered = UnmarkedTerms.Find(text.Body, Names(terms, item, language));
            var chosen = picks.Select(p => offered.FirstOrDefault(o => o.Start == p.Start && string.Equals(o.Term, p.Term, StringComparison.Ordinal))).ToList();
            if (chosen.Any(c => c is null))
            {
                return new ContentOutcome.Refused("mentions", "One of these words is no longer there unmarked: open the page again and choose again.");
            }

            text.Body = TermMentions.Mark(text.Body, chosen.Distinct()!);
            text.UpdatedAt = now;
            text.UpdatedBy = name;
            return null;
        }, cancellationToken);
    }

    private async Task<Dictionary<string, ContentItem>> TermsAsync(CancellationToken cancellationToken) =>
        await Items.Where(i => i.Kind == ContentKind.Term).ToDictionaryAsync(i => i.Slug, StringComparer.Ordinal, cancellationToken);

    /// <summary>The terms as written in <paramref name="language"/> (any text there, published or not: the editor marks what the text says), the item itself left out.</summary>
    private static List<TermName> Names(Dictionary<string, ContentItem> terms, ContentItem item, string language) =>
        [.. terms.Values.Where(t => t.Id != item.Id && t.In(language) is not null).Select(t => new TermName(t.Slug, t.In(language)!.Title))];
}
