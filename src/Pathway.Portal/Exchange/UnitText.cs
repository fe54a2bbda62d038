namespace Pathway.Portal.Exchange;

/// <summary>What an inline code stands for; each maps to an XLIFF type (2.0) or ctype (1.2).</summary>
public enum CodeKind
{
    Bold,
    Italic,
    Link,

    /// <summary>A glossary mention: a Markdown link to <c>term:slug</c>.</summary>
    Term,
    Image,
    LineBreak,

    /// <summary>Code spans, autolinks and anything else the translator keeps as it is.</summary>
    Other,
}

/// <summary>Whether a code stands alone (a line break) or opens or closes a span (bold text, a link).</summary>
public enum CodeRole
{
    Standalone,
    Opening,
    Closing,
}

/// <summary>A piece of a unit's text: plain text, or an inline code holding Markdown the translator moves but does not edit.</summary>
public abstract record Piece;

public sealed record TextPiece(string Text) : Piece;

/// <summary>
/// An inline code. <paramref name="Data"/> is the exact Markdown it stands for (<c>**</c>, <c>](https://…)</c>,
/// a line break with the next line's indentation); null when a file named the code without its data, to
/// be found in the source by <paramref name="Id"/>. An opening and its closing share the id.
/// </summary>
public sealed record CodePiece(CodeRole Role, string Id, string? Data, CodeKind Kind) : Piece;

/// <summary>The text of one unit as pieces; <see cref="Markdown"/> gives the Markdown they stand for.</summary>
public sealed record UnitText(IReadOnlyList<Piece> Pieces)
{
    public static UnitText Plain(string text) => new(text.Length == 0 ? [] : [new TextPiece(text)]);

    public string Markdown => string.Concat(Pieces.Select(p => p switch
    {
        TextPiece text => text.Text,
        CodePiece code => code.Data ?? "",
        _ => "",
    }));

    public IEnumerable<CodePiece> Codes => Pieces.OfType<CodePiece>();
}
