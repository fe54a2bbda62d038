using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pathway.Portal.Content;
using Pathway.Portal.Search;

namespace Pathway.Portal.Glossary;

/// <summary>A glossary term as it is written in one language: its slug and its words there.</summary>
public sealed record TermName(string Slug, string Name);

/// <summary>
/// Words of a body that look like a term but are not marked: where they are in the Markdown
/// (<see cref="Start"/>, <see cref="Length"/>), as written, and a little of the text around them.
/// </summary>
public sealed record TermOccurrence(string Term, int Start, int Length, string Text, string Before, string After);

/// <summary>
/// Finds the places where a body uses a glossary term without marking it, for an editor to confirm:
/// the term's words in a row, each in any of its inflected forms ("karta pobytu", "karty pobytu",
/// "kartą pobytu"; "посвідка", "посвідки"), compared as the search compares words (case,
/// diacritics and script folded). A form is a word that begins with the term word less its last
/// two letters (at least four letters), the last vowel of that beginning free to alternate, and is
/// not much longer; a word of one or two letters ("na", "do") must be itself. Only running text is looked at: not headings, links, code or mentions
/// already marked. This offers; the person decides. Nothing is marked without them.
/// </summary>
public static class UnmarkedTerms
{
    /// <summary>How many letters longer than the term word a form may be ("pobyt" → "pobytami").</summary>
    public const int MaxEnding = 3;

    private const int Around = 40;

    public static IReadOnlyList<TermOccurrence> Find(string markdown, IReadOnlyList<TermName> terms)
    {
        var patterns = terms
            .Select(t => (t.Slug, Words: SearchFolding.Words(t.Name).Select(w => SearchFolding.Word(t.Name.AsSpan(w.Start, w.Length))).Where(w => w.Length > 0).ToList()))
            .Where(t => t.Words.Count > 0)
            .OrderByDescending(t => t.Words.Count) // "karta pobytu" before "karta": the longer term wins a place
            .ToList();
        if (patterns.Count == 0 || markdown.Length == 0)
        {
            return [];
        }

        var document = Markdown.Parse(markdown, MarkdownText.Positioned);
        var found = new List<TermOccurrence>();
        foreach (var (start, end) in Runs(document, markdown.Length))
        {
            var words = SearchFolding.Words(markdown[start..end])
                .Select(w => (Start: start + w.Start, End: start + w.Start + w.Length, Folded: SearchFolding.Word(markdown.AsSpan(start + w.Start, w.Length))))
                .ToList();
            var taken = new bool[words.Count];
            foreach (var (slug, pattern) in patterns)
            {
                for (var i = 0; i + pattern.Count <= words.Count; i++)
                {
                    if (Matches(markdown, words, taken, i, pattern))
                    {
                        var from = words[i].Start;
                        var to = words[i + pattern.Count - 1].End;
                        Array.Fill(taken, true, i, pattern.Count);
                        found.Add(new TermOccurrence(slug, from, to - from, markdown[from..to], Before(markdown, start, from), After(markdown, to, end)));
                    }
                }
            }
        }

        return [.. found.OrderBy(o => o.Start)];
    }

    /// <summary>
    /// Whether a folded text word is the folded term word or one of its forms: it begins with the
    /// term word's stem, or with the stem whose last vowel changed (Polish "urząd", "urzędu"; "stół",
    /// "stołu"; Ukrainian "рік", "року": the stem's last syllable alternates as the word inflects).
    /// </summary>
    public static bool IsFormOf(string word, string termWord)
    {
        if (termWord.Length <= 2)
        {
            return string.Equals(word, termWord, StringComparison.Ordinal);
        }

        var stem = termWord.Length <= 4 ? termWord : termWord[..Math.Max(4, termWord.Length - 2)];
        if (word.Length < stem.Length || word.Length > termWord.Length + MaxEnding)
        {
            return false;
        }

        var lastVowel = stem.AsSpan().LastIndexOfAny(Vowels);
        for (var i = 0; i < stem.Length; i++)
        {
            if (word[i] != stem[i] && (i != lastVowel || !Vowels.Contains(word[i], StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    // Vowels as folding spells them (Cyrillic and Greek in ICAO Latin letters).
    private const string Vowels = "aeiouy";

    private static bool Matches(string markdown, List<(int Start, int End, string Folded)> words, bool[] taken, int at, List<string> pattern)
    {
        for (var k = 0; k < pattern.Count; k++)
        {
            if (taken[at + k] || !IsFormOf(words[at + k].Folded, pattern[k]))
            {
                return false;
            }

            // The words of a term stand together, with nothing but spaces between them.
            if (k > 0 && !markdown.AsSpan(words[at + k - 1].End, words[at + k].Start - words[at + k - 1].End).IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The stretches of running text: literal text side by side in one paragraph, outside headings, links and code.</summary>
    private static IEnumerable<(int Start, int End)> Runs(MarkdownDocument document, int length)
    {
        foreach (var block in document.Descendants<LeafBlock>().Where(b => b is not HeadingBlock && b.Inline is not null))
        {
            foreach (var container in block.Inline!.DescendantsAndSelf())
            {
                int? start = null;
                var end = -1;
                foreach (var literal in container.Children())
                {
                    if (literal is LiteralInline && literal.Span.Start >= 0 && literal.Span.End < length)
                    {
                        if (start is null || literal.Span.Start != end)
                        {
                            if (start is not null)
                            {
                                yield return (start.Value, end);
                            }

                            start = literal.Span.Start;
                        }

                        end = literal.Span.End + 1;
                    }
                }

                if (start is not null)
                {
                    yield return (start.Value, end);
                }
            }
        }
    }

    private static IEnumerable<ContainerInline> DescendantsAndSelf(this ContainerInline root) =>
        [root, .. root.Descendants<ContainerInline>().Where(c => c is not LinkInline && !c.Ancestors().OfType<LinkInline>().Any())];

    private static IEnumerable<Inline> Children(this ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            yield return child;
        }
    }

    private static IEnumerable<Inline> Ancestors(this Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }

    /// <summary>Up to <see cref="Around"/> chars of the run before <paramref name="at"/>.</summary>
    private static string Before(string markdown, int runStart, int at)
    {
        var from = Math.Max(runStart, at - Around);
        return (from > runStart ? "…" : "") + markdown[from..at].TrimStart();
    }

    /// <summary>Up to <see cref="Around"/> chars of the run after <paramref name="at"/>.</summary>
    private static string After(string markdown, int at, int runEnd)
    {
        var to = Math.Min(runEnd, at + Around);
        return markdown[at..to].TrimEnd() + (to < runEnd ? "…" : "");
    }
}
