using System.Globalization;
using Pathway.Platform.Printing;
using SkiaSharp;

namespace Pathway.Platform.Reporting;

/// <summary>
/// A report as an A4 PDF: its title and facts, then each table with its chart above it and its
/// counting rule under it. Hidden figures print as <see cref="ReportFigures.ConfidentialMark"/>.
/// The creation time written in the file is the run's, so the same run gives the same file.
/// </summary>
/// <param name="words">What the renderer itself says, in the reader's language: the legend of the confidential mark.</param>
public sealed class ReportPdf(PrintFonts fonts, ReportWords words)
{
    private const float ChartHeight = 190f;

    public byte[] Write(ReportContent content, CultureInfo culture, DateTime created)
    {
        var rightToLeft = culture.TextInfo.IsRightToLeft;
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata { Title = content.Title, Creator = "Pathway", Producer = "Pathway", Creation = created, Modified = created };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        using (var pen = new PdfPen(fonts, rightToLeft))
        {
            var pages = new PdfPages(document, pen);
            pages.Text(content.Title, 16f, bold: true, after: 10f);
            foreach (var fact in content.Facts)
            {
                pages.Pair(fact.Label, fact.Value, 10f);
            }

            foreach (var table in content.Tables)
            {
                pages.Space(14f);
                if (table.Chart is { } chart && ReportChartDrawing.HasData(table, chart))
                {
                    pages.Keep(ChartHeight + 60f);
                    pages.Text(table.Title, 12.5f, bold: true, after: 4f);
                    pages.Picture(ChartHeight, (canvas, area) => new ReportChartDrawing(fonts, pen).Draw(canvas, area, table, chart));
                    pages.Space(8f);
                }
                else
                {
                    pages.Keep(20f + (18f * Math.Min(table.Rows.Count + 1, 4)));
                    pages.Text(table.Title, 12.5f, bold: true, after: 4f);
                }

                var column = Math.Min(PdfPages.FigureColumn, PdfPages.Width / (table.Columns.Count + 1.5f));
                pages.Row(table.RowHeading, [.. table.Columns.Select(c => c.Label)], bold: true, rule: true, column);
                foreach (var row in table.Rows)
                {
                    pages.Row(row.Label, [.. row.Values.Select((v, i) => ReportFigures.Text(v, table.Columns[i].Figure, culture))], bold: row.Total, rule: false, column);
                }

                if (ReportFigures.AnyHidden(table))
                {
                    pages.Space(4f);
                    pages.Text(words.ConfidentialLegend, 8.5f, bold: false, after: 0f, PdfPages.Grey);
                }

                if (table.Rule is { Length: > 0 } rule)
                {
                    pages.Space(4f);
                    pages.Text(rule, 8.5f, bold: false, after: 0f, PdfPages.Grey);
                }
            }

            pages.Close();
            document.Close();
        }

        return stream.ToArray();
    }
}

/// <summary>The few words a report's files add of their own, in the reader's language.</summary>
/// <param name="ConfidentialLegend">Under a table with hidden figures: what the mark means.</param>
/// <param name="About">The first sheet's name in a workbook (the report's title and facts).</param>
/// <param name="What">The heading of the facts' labels.</param>
/// <param name="Value">The heading of the facts' values.</param>
public sealed record ReportWords(string ConfidentialLegend, string About, string What, string Value);
