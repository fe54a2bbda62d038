using SkiaSharp;

namespace Pathway.Platform.Printing;

/// <summary>
/// The A4 pages of a printed document as they fill: a new one when the next line would cross the
/// bottom margin. Text stands on the reader's side (the right for a right-to-left language), and
/// a table's columns are mirrored for such a reader, as on the page.
/// </summary>
/// <param name="decorate">Draws what every page carries (a watermark, a footer) as the page begins, with its number counted from 1.</param>
public sealed class PdfPages(SKDocument document, PdfPen pen, Action<SKCanvas, int>? decorate = null)
{
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;
    public const float Margin = 56f;
    public const float Top = 56f;
    public const float Bottom = 60f;
    public const float Width = PageWidth - (2 * Margin);
    public const float FigureColumn = 92f;

    public static readonly SKColor Ink = new(0x1a, 0x1a, 0x1a);
    public static readonly SKColor Grey = new(0x55, 0x55, 0x55);

    private SKCanvas? canvas;
    private float y = PageHeight;

    /// <summary>How many pages were begun.</summary>
    public int Count { get; private set; }

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

    /// <summary>A label with its value beside it, the value wrapped in the width left by the label.</summary>
    public void Pair(string label, string value, float size)
    {
        var lineHeight = size * 1.5f;
        var labelWidth = pen.Measure(label, size, true);
        var lines = Wrap(value, Math.Max(Width - labelWidth - 8f, Width / 3), size, false);
        for (var i = 0; i < lines.Count; i++)
        {
            Line(lineHeight);
            var baseline = y - (lineHeight - size);
            var valueWidth = pen.Measure(lines[i], size, false);
            if (pen.RightToLeft)
            {
                if (i == 0)
                {
                    pen.Draw(Canvas, label, Margin + Width - labelWidth, baseline, size, true, Ink);
                }

                pen.Draw(Canvas, lines[i], Margin + Width - labelWidth - 8f - valueWidth, baseline, size, false, Ink);
            }
            else
            {
                if (i == 0)
                {
                    pen.Draw(Canvas, label, Margin, baseline, size, true, Ink);
                }

                pen.Draw(Canvas, lines[i], Margin + labelWidth + 8f, baseline, size, false, Ink);
            }
        }
    }

    /// <summary>A table row: the label across the free width, each figure right-aligned in its column (mirrored for right-to-left).</summary>
    public void Row(string label, IReadOnlyList<string> figures, bool bold, bool rule, float column = FigureColumn)
    {
        const float size = 10f;
        var labelWidth = Width - (column * figures.Count);
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
            var right = pen.RightToLeft ? Margin + (column * (figures.Count - i)) : Margin + labelWidth + (column * (i + 1));
            pen.Draw(Canvas, figures[i], right - width - 4f, figureBaseline, size, bold, Ink);
        }

        if (rule)
        {
            using var line = new SKPaint { Color = Grey, StrokeWidth = 0.6f, IsAntialias = true };
            Canvas.DrawLine(Margin, y + 2f, Margin + Width, y + 2f, line);
            y += 3f;
        }
    }

    /// <summary>A drawing <paramref name="height"/> points tall across the free width (a chart), on a new page when it does not fit.</summary>
    public void Picture(float height, Action<SKCanvas, SKRect> draw)
    {
        Line(height);
        draw(Canvas, new SKRect(Margin, y - height, Margin + Width, y));
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
        Count++;
        decorate?.Invoke(canvas, Count);
        y = Top;
        return canvas;
    }

    /// <summary>Breaks <paramref name="text"/> at spaces into lines no wider than <paramref name="width"/>; a word longer than the line stands alone.</summary>
    private List<string> Wrap(string text, float width, float size, bool bold)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
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
        }

        return lines;
    }
}
