using System.Globalization;
using System.Text;
using Pathway.Platform.Printing;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Pathway.Support.FundReports;

/// <summary>
/// The report as an A4 PDF: its heading, then each table with its counting rule under it. Every
/// piece of text is shaped by HarfBuzz on its own (a label in the reader's language, a figure, a
/// project code), so Arabic joins and right-to-left labels stand right of their figures; a reader
/// of a right-to-left language gets the columns mirrored, as on the page.
/// </summary>
public sealed class FundReportPdf(PrintFonts fonts)
{
    private const float PageWidth = 595.28f;
    private const float PageHeight = 841.89f;
    private const float Margin = 56f;
    private const float Top = 56f;
    private const float Bottom = 60f;
    private const float Width = PageWidth - (2 * Margin);
    private const float FigureColumn = 92f;

    private static readonly SKColor Ink = new(0x1a, 0x1a, 0x1a);
    private static readonly SKColor Grey = new(0x55, 0x55, 0x55);

    /// <param name="heading">The report's title, then its facts as label and value (project, period, organisations).</param>
    public byte[] Write(string heading, IReadOnlyList<(string Label, string Value)> facts, IReadOnlyList<ReportTable> tables, bool rightToLeft, DateTime created)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata { Title = heading, Creator = "Pathway", Producer = "Pathway", Creation = created, Modified = created };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        using (var pen = new Pen(fonts, rightToLeft))
        {
            var pages = new Pages(document, pen);
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
                pages.Text(table.Rule, 8.5f, bold: false, after: 0f, Grey);
            }

            pages.Close();
            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>Shapes and draws pieces of text in the typeface their script needs.</summary>
    private sealed class Pen(PrintFonts fonts, bool rightToLeft) : IDisposable
    {
        private readonly SKShaper regular = new(fonts.Regular);
        private readonly SKShaper bold = new(fonts.Bold);
        private readonly SKShaper cjk = new(fonts.Cjk);

        public bool RightToLeft => rightToLeft;

        public float Measure(string text, float size, bool strong)
        {
            var (shaper, font) = Choose(text, size, strong);
            using (font)
            {
                return shaper.Shape(text, font).Width;
            }
        }

        /// <summary>
        /// Draws the shaped glyphs with the text and the clusters they came from, so that the PDF's
        /// text can be copied and searched in every script (Chinese from its collection's face too).
        /// </summary>
        public void Draw(SKCanvas canvas, string text, float x, float baseline, float size, bool strong, SKColor colour)
        {
            var (shaper, font) = Choose(text, size, strong);
            using (font)
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                using var buffer = new HarfBuzzSharp.Buffer();
                buffer.AddUtf8(bytes);
                buffer.GuessSegmentProperties();
                var shaped = shaper.Shape(buffer, font);
                using var builder = new SKTextBlobBuilder();
                var run = builder.AllocatePositionedTextRun(font, shaped.Codepoints.Length, bytes.Length);
                run.SetGlyphs([.. shaped.Codepoints.Select(c => (ushort)c)]);
                run.SetPositions(shaped.Points);
                run.SetText(bytes);
                run.SetClusters(shaped.Clusters);
                using var blob = builder.Build();
                using var paint = new SKPaint { Color = colour, IsAntialias = true };
                if (blob is not null)
                {
                    canvas.DrawText(blob, x, baseline, paint);
                }
            }
        }

        public void Dispose()
        {
            regular.Dispose();
            bold.Dispose();
            cjk.Dispose();
        }

        // Chinese needs the CJK face (which has no bold of its own: it is emboldened); the rest DejaVu.
        private (SKShaper Shaper, SKFont Font) Choose(string text, float size, bool strong) =>
            text.Any(IsCjk)
                ? (cjk, new SKFont(fonts.Cjk, size) { Embolden = strong, Subpixel = true })
                : (strong ? bold : regular, new SKFont(strong ? fonts.Bold : fonts.Regular, size) { Subpixel = true });

        private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
    }

    /// <summary>The pages as they fill: a new one when the next line would cross the bottom margin.</summary>
    private sealed class Pages(SKDocument document, Pen pen)
    {
        private SKCanvas? canvas;
        private float y = PageHeight;

        private SKCanvas Canvas => canvas ?? NewPage();

        public void Space(float height) => y += height;

        /// <summary>Starts a new page unless <paramref name="height"/> still fits: a table's title is not left alone at a page's foot.</summary>
        public void Keep(float height)
        {
            if (y + height > PageHeight - Bottom)
            {
                NewPage();
            }
        }

        /// <summary>A paragraph wrapped at word boundaries, aligned to the reader's side.</summary>
        public void Text(string text, float size, bool bold, float after, SKColor? colour = null)
        {
            var lineHeight = size * 1.45f;
            foreach (var line in Wrap(text, Width, size, bold))
            {
                Line(lineHeight);
                var width = pen.Measure(line, size, bold);
                pen.Draw(Canvas, line, pen.RightToLeft ? Margin + Width - width : Margin, y - (lineHeight - size), size, bold, colour ?? Ink);
            }

            y += after;
        }

        /// <summary>A label with its value beside it (the report's facts).</summary>
        public void Pair(string label, string value, float size)
        {
            var lineHeight = size * 1.5f;
            Line(lineHeight);
            var baseline = y - (lineHeight - size);
            var labelWidth = pen.Measure(label, size, true);
            var valueWidth = pen.Measure(value, size, false);
            if (pen.RightToLeft)
            {
                pen.Draw(Canvas, label, Margin + Width - labelWidth, baseline, size, true, Ink);
                pen.Draw(Canvas, value, Margin + Width - labelWidth - 8f - valueWidth, baseline, size, false, Ink);
            }
            else
            {
                pen.Draw(Canvas, label, Margin, baseline, size, true, Ink);
                pen.Draw(Canvas, value, Margin + labelWidth + 8f, baseline, size, false, Ink);
            }
        }

        /// <summary>A table row: the label across the free width, each figure right-aligned in its column (mirrored for right-to-left).</summary>
        public void Row(string label, IReadOnlyList<string> figures, bool bold, bool rule)
        {
            const float size = 10f;
            var labelWidth = Width - (FigureColumn * figures.Count);
            var lines = Wrap(label, labelWidth - 6f, size, bold);
            var lineHeight = size * 1.5f;
            Line(lineHeight * lines.Count);
            var top = y - (lineHeight * lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                var baseline = top + (lineHeight * (i + 1)) - (lineHeight - size);
                var width = pen.Measure(lines[i], size, bold);
                pen.Draw(Canvas, lines[i], pen.RightToLeft ? Margin + Width - width : Margin, baseline, size, bold, Ink);
            }

            var figureBaseline = top + lineHeight - (lineHeight - size);
            for (var i = 0; i < figures.Count; i++)
            {
                var width = pen.Measure(figures[i], size, bold);
                var right = pen.RightToLeft ? Margin + (FigureColumn * (figures.Count - i)) : Margin + labelWidth + (FigureColumn * (i + 1));
                pen.Draw(Canvas, figures[i], right - width - 4f, figureBaseline, size, bold, Ink);
            }

            if (rule)
            {
                using var line = new SKPaint { Color = Grey, StrokeWidth = 0.6f, IsAntialias = true };
                Canvas.DrawLine(Margin, y + 2f, Margin + Width, y + 2f, line);
                y += 3f;
            }
        }

        public void Close()
        {
            if (canvas is not null)
            {
                document.EndPage();
            }
        }

        private void Line(float height)
        {
            if (canvas is null || y + height > PageHeight - Bottom)
            {
                NewPage();
            }

            y += height;
        }

        private SKCanvas NewPage()
        {
            if (canvas is not null)
            {
                document.EndPage();
            }

            canvas = document.BeginPage(PageWidth, PageHeight);
            y = Top;
            return canvas;
        }

        /// <summary>Breaks <paramref name="text"/> at spaces into lines no wider than <paramref name="width"/>; a word longer than the line stands alone.</summary>
        private List<string> Wrap(string text, float width, float size, bool bold)
        {
            var lines = new List<string>();
            var current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var tried = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && pen.Measure(tried, size, bold) > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = tried;
                }
            }

            lines.Add(current);
            return lines;
        }
    }
}
