namespace Pathway.Documents;

/// <summary>
/// What is wrong with a machine-readable zone, or with the data given to generate one.
/// <paramref name="Field"/> is the camelCase name of the field (as in the JSON of the batch
/// runners), "compositeCheckDigit", or "format" for the layout of the text itself.
/// <paramref name="Message"/> is English, for the command line and its readers; the other
/// properties carry the same facts for programs that show them in another language.
/// </summary>
public sealed record MrzError(string Field, string Message)
{
    public MrzErrorKind Kind { get; init; } = MrzErrorKind.Other;

    /// <summary>The 1-based line of the zone (for <see cref="MrzErrorKind.OutsideZone"/>, of the text given).</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based position on <see cref="Line"/>.</summary>
    public int? Position { get; init; }

    /// <summary>What the zone holds there: the written check digit, the date, code, sex or character, or the text of a stray line.</summary>
    public string? Found { get; init; }

    /// <summary>The check digit computed for <see cref="Subject"/>.</summary>
    public string? Expected { get; init; }

    /// <summary>The characters a check digit covers; for <see cref="MrzErrorKind.UnknownLayout"/>, the line lengths found; for counts, the count.</summary>
    public string? Subject { get; init; }
}
