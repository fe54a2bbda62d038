using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Pathway.Portal.Exchange;

/// <summary>
/// A Markdown body cut into translation units: one per paragraph, heading, list item or table cell,
/// and the Markdown between them (list markers, heading hashes, blank lines, code blocks) that is not
/// translated. Joining the units back between the same pieces gives the body again, byte for byte.
/// </summary>
public sealed record MarkdownLayout(IReadOnlyList<string> Between, IReadOnlyList<UnitText> Units)
{
    /// <summary>The body with <paramref name="units"/> (as Markdown) in place of this layout's units.</summary>
    public string Join(IReadOnlyList<string> units)
    {
        if (units.Count != Units.Count)
        {
            throw new ArgumentException($"The layout has {Units.Count} units, not {units.Count}.", nameof(units));
        }

        var text = new System.Text.StringBuilder(Between[0]);
        for (var i = 0; i < units.Count; i++)
        {
            text.Append(units[i]).Append(Between[i + 1]);
        }

        return text.ToString();
    }
}

/// <summary>
/// Cuts Markdown into units with its inline formatting as codes (<see cref="CodePiece"/>): bold and
/// italic, links (glossary mentions are links to <c>term:</c>), images, line breaks and code spans. The
/// codes hold the Markdown exactly as written, so a translation tool moves them without breaking them.
/// </summary>
public static class MarkdownUnits
{
    /// <summary>The scheme of a glossary mention: <c>[karty pobytu](term:residence-card)</c>.</summary>
    public const string TermScheme = "term:";

    // The reader's pipeline with exact positions, so every piece is cut from the text as written.
    private static readonly MarkdownPipeline Pipeline = Content.MarkdownText.Positioned;

    public static MarkdownLayout Split(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var between = new List<string>();
        var units = new List<UnitText>();
        var cursor = 0;
        foreach (var (start, end, unit) in document.Descendants<LeafBlock>()
                     .Select(block => Unit(markdown, block))
                     .OfType<(int Start, int End, UnitText Unit)>()
                     .OrderBy(u => u.Start))
        {
            if (start < cursor)
            {
                continue; // a block inside another's text: the outer unit holds it already
            }

            between.Add(markdown[cursor..start]);
            units.Add(unit);
            cursor = end;
        }

        between.Add(markdown[cursor..]);
        return new MarkdownLayout(between, units);
    }

    /// <summary>The unit of one block's inline text with its place in the body; null for a block without text.</summary>
    private static (int Start, int End, UnitText Unit)? Unit(string markdown, LeafBlock block)
    {
        if (block.Inline?.FirstChild is null)
        {
            return null;
        }

        var pieces = new List<(int Start, int End, Piece Piece)>();
        var codes = 0;
        foreach (var inline in block.Inline)
        {
            Walk(markdown, inline, pieces, ref codes);
        }

        if (pieces.Count == 0)
        {
            return null;
        }

        var start = pieces.Min(p => p.Start);
        var end = pieces.Max(p => p.End);
        var unit = Absorb(markdown, start, pieces);

        // Spaces at the ends of the text (a table cell's padding) stay with the Markdown around the unit.
        if (unit.Pieces is [TextPiece first, ..] && first.Text.Length > first.Text.TrimStart().Length)
        {
            var trimmed = first.Text.TrimStart();
            start += first.Text.Length - trimmed.Length;
            unit = new UnitText([.. trimmed.Length == 0 ? [] : new Piece[] { new TextPiece(trimmed) }, .. unit.Pieces.Skip(1)]);
        }

        if (unit.Pieces is [.., TextPiece last] && last.Text.Length > last.Text.TrimEnd().Length)
        {
            var trimmed = last.Text.TrimEnd();
            end -= last.Text.Length - trimmed.Length;
            unit = new UnitText([.. unit.Pieces.Take(unit.Pieces.Count - 1), .. trimmed.Length == 0 ? [] : new Piece[] { new TextPiece(trimmed) }]);
        }

        if (unit.Pieces.Count == 0 || end <= start)
        {
            return null;
        }
        // Should a parse ever give pieces that do not tile the text, the whole text is one plain piece:
        // the translator sees the Markdown, and nothing is lost.
        return string.Equals(unit.Markdown, markdown[start..end], StringComparison.Ordinal)
            ? (start, end, unit)
            : (start, end, UnitText.Plain(markdown[start..end]));
    }

    private static void Walk(string markdown, Inline inline, List<(int Start, int End, Piece Piece)> pieces, ref int codes)
    {
        var start = inline.Span.Start;
        var end = inline.Span.End + 1;
        if (start < 0 || end > markdown.Length || end <= start)
        {
            return;
        }

        switch (inline)
        {
            case LiteralInline or HtmlEntityInline:
                pieces.Add((start, end, new TextPiece(markdown[start..end])));
                break;
            case EmphasisInline emphasis when emphasis.FirstChild is not null:
                Pair(markdown, emphasis, emphasis.DelimiterCount >= 2 ? CodeKind.Bold : CodeKind.Italic, pieces, ref codes);
                break;
            case LinkInline link when link.FirstChild is not null:
                var kind = link.IsImage ? CodeKind.Image
                    : link.Url?.StartsWith(TermScheme, StringComparison.OrdinalIgnoreCase) == true ? CodeKind.Term
                    : CodeKind.Link;
                Pair(markdown, link, kind, pieces, ref codes);
                break;
            case LineBreakInline:
                pieces.Add((start, end, new CodePiece(CodeRole.Standalone, (++codes).ToString(System.Globalization.CultureInfo.InvariantCulture), markdown[start..end], CodeKind.LineBreak)));
                break;
            case ContainerInline container when container is not LinkInline and not EmphasisInline:
                foreach (var child in container)
                {
                    Walk(markdown, child, pieces, ref codes);
                }

                break;
            default:
                pieces.Add((start, end, new CodePiece(CodeRole.Standalone, (++codes).ToString(System.Globalization.CultureInfo.InvariantCulture), markdown[start..end], CodeKind.Other)));
                break;
        }
    }

    /// <summary>A span with content: its opening Markdown (<c>**</c>, <c>[</c>), its content, its closing (<c>**</c>, <c>](url)</c>).</summary>
    private static void Pair(string markdown, ContainerInline span, CodeKind kind, List<(int Start, int End, Piece Piece)> pieces, ref int codes)
    {
        var id = (++codes).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = span.Span.Start;
        var end = span.Span.End + 1;
        var inner = new List<(int Start, int End, Piece Piece)>();
        foreach (var child in span)
        {
            Walk(markdown, child, inner, ref codes);
        }

        if (inner.Count == 0)
        {
            pieces.Add((start, end, new CodePiece(CodeRole.Standalone, id, markdown[start..end], kind)));
            return;
        }

        var innerStart = inner.Min(p => p.Start);
        var innerEnd = inner.Max(p => p.End);
        pieces.Add((start, innerStart, new CodePiece(CodeRole.Opening, id, markdown[start..innerStart], kind)));
        pieces.AddRange(inner);
        pieces.Add((innerEnd, end, new CodePiece(CodeRole.Closing, id, markdown[innerEnd..end], kind)));
    }

    /// <summary>
    /// The pieces in order, with the Markdown between them (a quote's "&gt; " after a line break, a
    /// list item's indentation) joined to the code beside it, and neighbouring text joined.
    /// </summary>
    private static UnitText Absorb(string markdown, int start, List<(int Start, int End, Piece Piece)> pieces)
    {
        var result = new List<Piece>();
        var cursor = start;
        foreach (var (pieceStart, pieceEnd, piece) in pieces.OrderBy(p => p.Start).ThenBy(p => p.End))
        {
            var current = piece;
            if (pieceStart > cursor)
            {
                var gap = markdown[cursor..pieceStart];
                if (result.Count > 0 && result[^1] is CodePiece before)
                {
                    result[^1] = before with { Data = before.Data + gap };
                }
                else if (current is CodePiece after)
                {
                    current = after with { Data = gap + after.Data };
                }
                else
                {
                    Add(result, new TextPiece(gap));
                }
            }
            else if (pieceStart < cursor)
            {
                return UnitText.Plain("\0"); // overlapping pieces: the caller falls back to plain text
            }

            Add(result, current);
            cursor = pieceEnd;
        }

        return new UnitText(result);
    }

    private static void Add(List<Piece> pieces, Piece piece)
    {
        if (piece is TextPiece { Text.Length: 0 })
        {
            return;
        }

        if (piece is TextPiece text && pieces.Count > 0 && pieces[^1] is TextPiece previous)
        {
            pieces[^1] = new TextPiece(previous.Text + text.Text);
            return;
        }

        pieces.Add(piece);
    }
}
