using System.Globalization;
using System.Text;
using UglyToad.PdfPig;

namespace Pathway.Cases.Tests.Letters;

/// <summary>A printed letter read back with PdfPig: its text, pages and metadata.</summary>
internal sealed record LetterPdf(string Text, IReadOnlyList<string> Words, int Pages, string? Title, string? Keywords, string? Subject)
{
    public static LetterPdf Read(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().ToList();
        return new LetterPdf(
            string.Join("\n", pages.Select(p => p.Text)),
            [.. pages.SelectMany(p => p.GetWords()).Select(w => w.Text)],
            pdf.NumberOfPages, pdf.Information.Title, pdf.Information.Keywords, pdf.Information.Subject);
    }

    /// <summary>
    /// The Arabic words as a reader reads them. PdfPig gives glyphs left to right, so a right-to-left
    /// word comes reversed, in the contextual forms the shaper chose (U+FExx); NFKC takes those back
    /// to the letters they are forms of.
    /// </summary>
    public IEnumerable<string> ArabicWords => Words
        .Where(w => w.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFEFF'))
        .Select(w => new string(w.Reverse().ToArray()).Normalize(NormalizationForm.FormKC));

    /// <summary>True when some Arabic letters were printed in a joined (initial, medial or final) form: the text was shaped.</summary>
    public bool HasJoinedArabicForms => Words.Any(w => w.Any(c => c is >= '\uFE70' and <= '\uFEFF'));

    /// <summary>
    /// The words joined by single spaces, so a phrase reads the same wherever a line broke it; NFKC
    /// undoes the ligatures the shaper chose (ﬁ is "fi").
    /// </summary>
    public string FlatText => string.Join(' ', Words).Normalize(NormalizationForm.FormKC);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Pages} pages: {Text}");
}
