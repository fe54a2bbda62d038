namespace Pathway.Cases.Letters;

/// <summary>A letter ready to print: its blocks in reading order and what the PDF says about it.</summary>
/// <param name="PageFooter">The page line, with {0} for the page and {1} for the count.</param>
/// <param name="QrCode">A text (an address) printed as a QR code in the top right corner of the first page.</param>
public sealed record PrintedLetter(
    string Title, string Language, string? TranslationLanguage, string Subject, string PageFooter, DateTime Created, IReadOnlyList<LetterBlock> Blocks,
    string? QrCode = null);

/// <summary>One block of a letter; line breaks in <see cref="Text"/> are kept.</summary>
public sealed record LetterBlock(LetterBlockStyle Style, string Text, bool RightToLeft = false);

public enum LetterBlockStyle
{
    /// <summary>The authority, top left.</summary>
    Header,
    /// <summary>Place and date, on the right.</summary>
    Dateline,
    /// <summary>The case number.</summary>
    Reference,
    Addressee,
    Title,
    /// <summary>A centred heading within the body: the ruling, the reasons, the instruction.</summary>
    Heading,
    Paragraph,
    /// <summary>The signature, in the right half.</summary>
    Signature,
    /// <summary>A line across the page before the translation.</summary>
    Rule,
    /// <summary>Small print: the translation's note.</summary>
    Note,
    /// <summary>A QR code of the block's text (an address), on the left.</summary>
    QrCode,
}
