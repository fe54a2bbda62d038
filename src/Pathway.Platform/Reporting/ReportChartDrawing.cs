using Pathway.Platform.Printing;
using ScottPlot;
using SkiaSharp;

namespace Pathway.Platform.Reporting;

/// <summary>
/// Draws a table's chart onto a PDF page with ScottPlot, as vectors. ScottPlot draws the bars, lines,
/// grid and the numbers of the value axis; the categories' labels and the legend are drawn with the
/// report's <see cref="PdfPen"/>, which shapes every script (ScottPlot does not join Arabic letters).
/// Bars lie along the rows so long labels stay readable; lines run through the rows in their order.
/// </summary>
internal sealed class ReportChartDrawing(PrintFonts fonts, PdfPen pen)
{
    private const string FontName = "Pathway Report Sans";
    private const float LabelSize = 8f;
    private const float LegendHeight = 16f;

    // Colour-blind-safe (Okabe and Ito), dark enough on white for the bars' edges to show.
    private static readonly string[] Palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"];

    private static readonly Lock Registering = new();
    private static bool registered;

    /// <summary>Whether there is something to draw: rows that are not totals, and a figure shown in at least one of them.</summary>
    public static bool HasData(ReportTable table, ReportChart chart) =>
        Categories(table).Any(r => Series(table, chart).Any(c => ReportFigures.Published(r.Values[c]) is not null));

    public void Draw(SKCanvas canvas, SKRect area, ReportTable table, ReportChart chart)
    {
        RegisterFont();
        var rows = Categories(table);
        var series = Series(table, chart);
        var legend = series.Count > 1 ? LegendHeight : 0f;
        var plotArea = new SKRect(area.Left, area.Top, area.Right, area.Bottom - legend);
        using var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Axes.Bottom.TickLabelStyle.FontSize = LabelSize;
        plot.Axes.Left.TickLabelStyle.FontSize = LabelSize;
        plot.Axes.Right.TickLabelStyle.FontSize = LabelSize;

        if (chart.Kind == ReportChartKind.Bars)
        {
            DrawBars(canvas, plot, plotArea, rows, series);
        }
        else
        {
            DrawLines(canvas, plot, plotArea, rows, series);
        }

        if (legend > 0)
        {
            DrawLegend(canvas, new SKRect(area.Left, area.Bottom - legend, area.Right, area.Bottom), table, series);
        }
    }

    private void DrawBars(SKCanvas canvas, Plot plot, SKRect area, IReadOnlyList<ReportRow> rows, IReadOnlyList<int> series)
    {
        var labelWidth = Math.Min(area.Width * 0.35f, rows.Max(r => pen.Measure(r.Label, LabelSize, false)) + 8f);
        const float valueAxis = 22f;
        // The labels stand on the reader's side; the bars grow away from them.
        var padding = pen.RightToLeft ? new PixelPadding(8f, labelWidth, valueAxis, 4f) : new PixelPadding(labelWidth, 8f, valueAxis, 4f);
        var width = 0.8 / series.Count;
        for (var s = 0; s < series.Count; s++)
        {
            var bars = new List<Bar>();
            for (var r = 0; r < rows.Count; r++)
            {
                if (ReportFigures.Published(rows[r].Values[series[s]]) is not { } value)
                {
                    continue;
                }

                // The first row at the top, as in the table, and in each row the first series on top, as in the legend.
                var position = rows.Count - 1 - r + 0.4 - (width * (s + 0.5));
                bars.Add(new Bar { Position = position, Value = (double)value, Size = width, FillColor = Color.FromHex(Palette[s % Palette.Length]), LineWidth = 0 });
            }

            plot.Add.Bars(bars).Horizontal = true;
        }

        plot.Axes.SetLimitsY(-0.5, rows.Count - 0.5);
        plot.Axes.Left.SetTicks([], []);
        // From nought, so that bars compare by length; they grow away from the labels, leftwards for a right-to-left reader.
        var top = Top(rows, series);
        if (pen.RightToLeft)
        {
            plot.Axes.SetLimitsX(top, 0);
        }
        else
        {
            plot.Axes.SetLimitsX(0, top);
        }

        plot.Layout.Fixed(padding);
        Render(canvas, plot, area);

        var dataTop = area.Top + padding.Top;
        var rowHeight = (area.Height - padding.Top - padding.Bottom) / rows.Count;
        for (var r = 0; r < rows.Count; r++)
        {
            var label = Fit(rows[r].Label, labelWidth - 8f);
            var baseline = dataTop + (rowHeight * r) + (rowHeight / 2) + (LabelSize / 3);
            var x = pen.RightToLeft ? area.Right - labelWidth + 4f : area.Left + labelWidth - 4f - pen.Measure(label, LabelSize, false);
            pen.Draw(canvas, label, x, baseline, LabelSize, false, PdfPages.Ink);
        }
    }

    private void DrawLines(SKCanvas canvas, Plot plot, SKRect area, IReadOnlyList<ReportRow> rows, IReadOnlyList<int> series)
    {
        const float labels = 18f;
        var padding = new PixelPadding(44f, 10f, labels, 6f);
        for (var s = 0; s < series.Count; s++)
        {
            var points = rows.Select((row, i) => (X: (double)i, Y: ReportFigures.Published(row.Values[series[s]]))).Where(p => p.Y is not null).ToList();
            var line = plot.Add.Scatter(points.Select(p => pen.RightToLeft ? rows.Count - 1 - p.X : p.X).ToArray(), points.Select(p => (double)p.Y!.Value).ToArray());
            line.Color = Color.FromHex(Palette[s % Palette.Length]);
            line.LineWidth = 1.5f;
            line.MarkerSize = 3f;
        }

        plot.Axes.SetLimitsX(-0.5, rows.Count - 0.5);
        plot.Axes.Bottom.SetTicks([], []);
        // From nought: a line's height reads as its size, not as a change blown up.
        plot.Axes.SetLimitsY(0, Top(rows, series));
        plot.Layout.Fixed(padding);
        Render(canvas, plot, area);

        // As many labels along the axis as fit side by side, evenly spaced.
        var dataLeft = area.Left + padding.Left;
        var step = (area.Width - padding.Left - padding.Right) / rows.Count;
        var widest = rows.Max(r => pen.Measure(r.Label, LabelSize, false)) + 6f;
        var every = Math.Max(1, (int)Math.Ceiling(widest / step));
        for (var r = 0; r < rows.Count; r += every)
        {
            var at = pen.RightToLeft ? rows.Count - 1 - r : r;
            var label = rows[r].Label;
            var x = dataLeft + (step * at) + (step / 2) - (pen.Measure(label, LabelSize, false) / 2);
            pen.Draw(canvas, label, x, area.Bottom - 4f, LabelSize, false, PdfPages.Ink);
        }
    }

    private void DrawLegend(SKCanvas canvas, SKRect area, ReportTable table, IReadOnlyList<int> series)
    {
        var x = pen.RightToLeft ? area.Right : area.Left;
        var baseline = area.Bottom - 4f;
        for (var s = 0; s < series.Count; s++)
        {
            var label = table.Columns[series[s]].Label;
            var width = pen.Measure(label, LabelSize, false);
            using var swatch = new SKPaint { Color = SKColor.Parse(Palette[s % Palette.Length]), IsAntialias = true };
            if (pen.RightToLeft)
            {
                canvas.DrawRect(x - 8f, baseline - 7f, 8f, 8f, swatch);
                pen.Draw(canvas, label, x - 12f - width, baseline, LabelSize, false, PdfPages.Ink);
                x -= 12f + width + 16f;
            }
            else
            {
                canvas.DrawRect(x, baseline - 7f, 8f, 8f, swatch);
                pen.Draw(canvas, label, x + 12f, baseline, LabelSize, false, PdfPages.Ink);
                x += 12f + width + 16f;
            }
        }
    }

    private static void Render(SKCanvas canvas, Plot plot, SKRect area)
    {
        canvas.Save();
        canvas.Translate(area.Left, area.Top);
        plot.Render(canvas, (int)area.Width, (int)area.Height);
        canvas.Restore();
    }

    /// <summary>The label shortened with an ellipsis to <paramref name="width"/>; the table below gives it whole.</summary>
    private string Fit(string label, float width)
    {
        if (pen.Measure(label, LabelSize, false) <= width)
        {
            return label;
        }

        var cut = label;
        while (cut.Length > 1 && pen.Measure(cut + "…", LabelSize, false) > width)
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd() + "…";
    }

    /// <summary>The value axis's end: a little above the largest figure shown, and at least one.</summary>
    private static double Top(IReadOnlyList<ReportRow> rows, IReadOnlyList<int> series) =>
        Math.Max(1, (double)rows.SelectMany(r => series.Select(c => ReportFigures.Published(r.Values[c]) ?? 0)).DefaultIfEmpty(0).Max() * 1.08);

    private static List<ReportRow> Categories(ReportTable table) => [.. table.Rows.Where(r => !r.Total)];

    private static List<int> Series(ReportTable table, ReportChart chart) =>
        [.. chart.Columns.Select(code => table.Columns.ToList().FindIndex(c => c.Code == code)).Where(i => i >= 0)];

    /// <summary>ScottPlot finds its fonts by name; the report's regular face is registered under one of its own once.</summary>
    private void RegisterFont()
    {
        lock (Registering)
        {
            if (!registered)
            {
                ScottPlot.Fonts.AddFontFile(FontName, fonts.RegularPath, bold: false, italic: false);
                registered = true;
            }
        }
    }
}
