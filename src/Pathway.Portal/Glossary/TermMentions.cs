using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pathway.Portal.Content;

namespace Pathway.Portal.Glossary;

/// <summary>
/// A glossary mention in a body, where the Markdown has it: <c>[karty pobytu](term:karta-pobytu)</c>
/// spans <see cref="Start"/> to <see cref="End"/>, its words <see cref="LabelStart"/> to <see cref="LabelEnd"/>.
/// </summary>
public sealed record TermMention(string Slug, int Start, int End, int LabelStart, int LabelEnd);

/// <summary>
/// The glossary mentions an editor or translator marked in a body. A mention is explicit: the
/// portal never turns every string that looks like a term into one (a Polish "kartą" is not
/// "karta", and "PESEL" inside a name is not the term).
/// </summary>
public static class TermMentions
{
    /// <summary>The scheme of a mention's address.</summary>
    public const string Scheme = Exchange.MarkdownUnits.TermScheme;

    /// <summary>Whether a link's address is a glossary mention.</summary>
    public static bool IsMention(string? url) => url?.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The slug a mention's address names (<c>term:karta-pobytu</c> → karta-pobytu).</summary>
    public static string SlugOf(string url) => url[Scheme.Length..].Trim();

    /// <summary>The mentions of <paramref name="markdown"/> in order.</summary>
    public static IReadOnlyList<TermMention> Find(string markdown)
    {
        if (!markdown.Contains(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return []; // most bodies have none: no parse
        }

        var document = Markdown.Parse(markdown, MarkdownText.Positioned);
        var mentions = new List<TermMention>();
        foreach (var link in document.Descendants<LinkInline>().Where(l => !l.IsImage && IsMention(l.Url)))
        {
            var start = link.Span.Start;
            var end = link.Span.End + 1;
            var labelStart = link.FirstChild?.Span.Start ?? start + 1;
            var labelEnd = link.LastChild is { } last ? last.Span.End + 1 : labelStart;
            if (start >= 0 && end <= markdown.Length && labelStart > start && labelEnd >= labelStart && labelEnd < end)
            {
                mentions.Add(new TermMention(SlugOf(link.Url!), start, end, labelStart, labelEnd));
            }
        }

        return mentions;
    }

    /// <summary>The slugs <paramref name="markdown"/> mentions, each once.</summary>
    public static IReadOnlyList<string> Slugs(string markdown) => [.. Find(markdown).Select(m => m.Slug).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The body with every mention turned back into its words: what a translation is made from.
    /// Marking a term changes no word, so it leaves translations as current as they were.
    /// </summary>
    public static string Unmarked(string markdown)
    {
        var mentions = Find(markdown);
        if (mentions.Count == 0)
        {
            return markdown;
        }

        var text = new StringBuilder(markdown.Length);
        var cursor = 0;
        foreach (var mention in mentions)
        {
            text.Append(markdown, cursor, mention.Start - cursor).Append(markdown, mention.LabelStart, mention.LabelEnd - mention.LabelStart);
            cursor = mention.End;
        }

        return text.Append(markdown, cursor, markdown.Length - cursor).ToString();
    }

    /// <summary>The body with the given occurrences (none overlapping) marked as mentions of their terms.</summary>
    public static string Mark(string markdown, IEnumerable<TermOccurrence> occurrences)
    {
        var text = new StringBuilder(markdown.Length + 64);
        var cursor = 0;
        foreach (var occurrence in occurrences.OrderBy(o => o.Start))
        {
            text.Append(markdown, cursor, occurrence.Start - cursor)
                .Append('[').Append(markdown, occurrence.Start, occurrence.Length).Append("](").Append(Scheme).Append(occurrence.Term).Append(')');
            cursor = occurrence.Start + occurrence.Length;
        }

        return text.Append(markdown, cursor, markdown.Length - cursor).ToString();
    }
}
