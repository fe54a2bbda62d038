using System.Globalization;
using System.Text;

namespace Pathway.Support.Knowledge;

/// <summary>
/// A one-page PDF with a few lines of text in Helvetica, whole and with a correct cross-reference
/// table, for the demo library. Latin letters only: the standard font has no others.
/// </summary>
internal static class OnePagePdf
{
    public static byte[] Of(params string[] lines)
    {
        var text = new StringBuilder("BT /F1 14 Tf 56 780 Td 18 TL");
        foreach (var line in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({Escape(line)}) Tj T*");
        }

        text.Append(" ET");
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {text.Length} >>\nstream\n{text}\nendstream"),
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        // ASCII throughout, so that characters and bytes count alike in the offsets.
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string Escape(string line) =>
        new string([.. line.Where(c => c is >= ' ' and <= '~')]).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
}
