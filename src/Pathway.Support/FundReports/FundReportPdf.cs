using System.Globalization;
using Pathway.Platform.Printing;
using Pathway.Support.Printing;
using SkiaSharp;

namespace Pathway.Support.FundReports;

/// <summary>
/// The report as an A4 PDF: its heading, then each table with its counting rule under it, drawn
/// with <see cref="PdfPages"/>: a reader of a right-to-left language gets the columns mirrored.
/// </summary>
public sealed class FundReportPdf(PrintFonts fonts)
{
    /// <param name="heading">The report's title, then its facts as label and value (project, period, organisations).</param>
    public byte[] Write(string heading, IReadOnlyList<(string Label, string Value)> facts, IReadOnlyList<ReportTable> tables, bool rightToLeft, DateTime created)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata { Title = heading, Creator = "Pathway", Producer = "Pathway", Creation = created, Modified = created };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        using (var pen = new PdfPen(fonts, rightToLeft))
        {
            var pages = new PdfPages(document, pen);
            pages.Text(heading, 16f, bold: true, after: 10f);
            foreach (var (label, value) in facts)
            {
                pages.Pair(label, value, 10f);
            }

            foreach (var table in tables)
            {
                pages.Space(14f);
                pages.Keep(20f + (18f * Math.Min(table.Rows.Count + 1, 4)));
                pages.Text(table.Title, 12.5f, bold: true, after: 4f);
                pages.Row(table.Columns[0], [.. table.Columns.Skip(1)], bold: true, rule: true);
                foreach (var row in table.Rows)
                {
                    pages.Row(row.Label, [.. row.Figures.Select(f => f?.ToString("N0", CultureInfo.CurrentCulture) ?? "—")], bold: row.Total, rule: false);
                }

                pages.Space(4f);
                pages.Text(table.Rule, 8.5f, bold: false, after: 0f, PdfPages.Grey);
            }

            pages.Close();
            document.Close();
        }

        return stream.ToArray();
    }
}
