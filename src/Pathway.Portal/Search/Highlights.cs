using System.Text.RegularExpressions;

namespace Pathway.Portal.Search;

/// <summary>A piece of a found text, and whether it is one of the words searched for (shown marked).</summary>
public sealed record TextPiece(string Text, bool Match);

/// <summary>
/// Marks the words a search found in a title or body, by the same folding the search used (so
/// "kartą" is marked for "karty", "Песель" for "pesel"), and cuts a body down to the passage around
/// the first of them. Done here rather than in the database so SQLite and PostgreSQL mark alike.
/// </summary>
public static partial class Highlights
{
    public const int SnippetLength = 240;

    /// <summary>The whole <paramref name="text"/>, its found words marked.</summary>
    public static IReadOnlyList<TextPiece> Mark(string text, IReadOnlyList<SearchTerm> terms) => Pieces(text, 0, text.Length, Found(text, terms));

    /// <summary>About <see cref="SnippetLength"/> chars of <paramref name="text"/> from a little before its first found word, with an ellipsis where it was cut.</summary>
    public static IReadOnlyList<TextPiece> Snippet(string text, IReadOnlyList<SearchTerm> terms)
    {
        var words = SearchFolding.Words(text).ToList();
        var found = Found(text, terms, words);
        var first = found.Count > 0 ? words.FindIndex(w => w.Start == found[0].Start) : 0;
        var start = first <= 6 ? 0 : words[first - 6].Start;
        var end = words.LastOrDefault(w => w.Start >= start && w.Start + w.Length <= start + SnippetLength) is { Length: > 0 } last
            ? last.Start + last.Length
            : Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length && words.Count > 0 && words[^1].Start + words[^1].Length <= end)
        {
            end = text.Length; // only punctuation is left: keep it
        }

        var pieces = new List<TextPiece>();
        if (start > 0)
        {
            pieces.Add(new TextPiece("… ", false));
        }

        pieces.AddRange(Pieces(text, start, end, found));
        if (end < text.Length)
        {
            pieces.Add(new TextPiece(" …", false));
        }

        return pieces;
    }

    private static List<WordSpan> Found(string text, IReadOnlyList<SearchTerm> terms, List<WordSpan>? words = null)
    {
        words ??= SearchFolding.Words(text).ToList();
        var folded = words.Select(w => SearchFolding.Word(text.AsSpan(w.Start, w.Length))).ToList();
        var marked = new bool[words.Count];
        foreach (var term in terms)
        {
            if (!term.IsPhrase)
            {
                for (var i = 0; i < words.Count; i++)
                {
                    marked[i] |= !words[i].IsHan && term.Finds(folded[i]);
                }

                continue;
            }

            // A phrase of Han characters is marked where all of them stand together.
            var characters = term.Characters;
            for (var i = 0; i + characters.Count <= words.Count; i++)
            {
                var together = true;
                for (var k = 0; k < characters.Count && together; k++)
                {
                    var word = words[i + k];
                    together = word.IsHan && folded[i + k] == characters[k] && (k == 0 || words[i + k - 1].Start + words[i + k - 1].Length == word.Start);
                }

                for (var k = 0; together && k < characters.Count; k++)
                {
                    marked[i + k] = true;
                }
            }
        }

        return [.. words.Where((_, i) => marked[i])];
    }

    // The text between start and end in pieces, whitespace (a body's line breaks) read as single spaces.
    private static List<TextPiece> Pieces(string text, int start, int end, List<WordSpan> found)
    {
        var pieces = new List<TextPiece>();
        var at = start;
        foreach (var word in found.Where(w => w.Start >= start && w.Start + w.Length <= end))
        {
            if (word.Start > at)
            {
                pieces.Add(new TextPiece(Spaces().Replace(text[at..word.Start], " "), false));
            }

            pieces.Add(new TextPiece(text.Substring(word.Start, word.Length), true));
            at = word.Start + word.Length;
        }

        if (end > at)
        {
            pieces.Add(new TextPiece(Spaces().Replace(text[at..end], " "), false));
        }

        // Neighbouring marked Han characters read as one marked word.
        for (var i = pieces.Count - 1; i > 0; i--)
        {
            if (pieces[i].Match == pieces[i - 1].Match)
            {
                pieces[i - 1] = pieces[i - 1] with { Text = pieces[i - 1].Text + pieces[i].Text };
                pieces.RemoveAt(i);
            }
        }

        return pieces;
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();
}
