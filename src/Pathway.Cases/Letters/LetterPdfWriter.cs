using System.Text;
using HarfBuzzSharp;
using Pathway.Platform.Printing;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Pathway.Cases.Letters;

/// <summary>
/// Prints a letter as an A4 PDF with Skia. Every run of text is shaped by HarfBuzz (Arabic joins,
/// right-to-left runs come out in visual order) and carries its original text and clusters, so the
/// PDF's text can be copied and searched in logical order.
/// </summary>
public sealed class LetterPdfWriter(PrintFonts fonts)
{
    private const float PageWidth = 595.28f;
    private const float PageHeight = 841.89f;
    private const float Margin = 62f;
    private const float Top = 56f;
    private const float Bottom = 64f;
    private const float Width = PageWidth - (2 * Margin);
    private const float QrSize = 96f;
    private const float CornerQrTop = 16f;

    public byte[] Write(PrintedLetter letter)
    {
        using var shapers = new Shapers(fonts);
        var pages = Layout(letter, shapers);
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = letter.Title,
            Subject = letter.Subject,
            Keywords = letter.TranslationLanguage is null ? letter.Language : $"{letter.Language}, {letter.TranslationLanguage}",
            Creator = "Pathway",
            Producer = "Pathway",
            Creation = letter.Created,
            Modified = letter.Created,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (var p = 0; p < pages.Count; p++)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                foreach (var line in pages[p])
                {
                    line.Draw(canvas);
                }

                var footer = shapers.Line(string.Format(System.Globalization.CultureInfo.InvariantCulture, letter.PageFooter, p + 1, pages.Count), 8.5f, false, false);
                footer.At((PageWidth - footer.Width) / 2, PageHeight - (Bottom / 2)).Draw(canvas);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    private static List<List<PlacedLine>> Layout(PrintedLetter letter, Shapers shapers)
    {
        var pages = new List<List<PlacedLine>> { new() };
        // The letter's own QR code stands in the first page's top corner: the text starts below it.
        var y = Top;
        if (letter.QrCode is { } corner)
        {
            pages[0].Add(PlacedLine.QrAt(PageWidth - Margin - QrSize, CornerQrTop, QrModules(corner)));
            y = CornerQrTop + QrSize + 8f;
        }

        foreach (var block in letter.Blocks)
        {
            var (size, bold, before, after) = Style(block.Style);
            if (block.Style == LetterBlockStyle.QrCode)
            {
                if (y + before + QrSize > PageHeight - Bottom)
                {
                    pages.Add([]);
                    y = Top;
                }

                y += before;
                pages[^1].Add(PlacedLine.QrAt(Margin, y, QrModules(block.Text)));
                y += QrSize + after;
                continue;
            }

            if (block.Style == LetterBlockStyle.Rule)
            {
                y += before;
                pages[^1].Add(PlacedLine.RuleAt(Margin, y, Width));
                y += after;
                continue;
            }

            var lineHeight = size * 1.45f;
            y += before;
            var rightToLeft = block.RightToLeft;
            var width = block.Style == LetterBlockStyle.Signature ? Width / 2 : Width;
            foreach (var hardLine in block.Text.Split('\n'))
            {
                foreach (var text in Wrap(hardLine.Trim(), width, size, bold, rightToLeft, shapers))
                {
                    if (y + lineHeight > PageHeight - Bottom)
                    {
                        pages.Add([]);
                        y = Top;
                    }

                    var line = shapers.Line(text, size, bold, rightToLeft);
                    var x = block.Style switch
                    {
                        LetterBlockStyle.Title or LetterBlockStyle.Heading => Margin + ((Width - line.Width) / 2),
                        LetterBlockStyle.Dateline => Margin + Width - line.Width,
                        LetterBlockStyle.Signature => rightToLeft ? Margin + (Width / 2) - line.Width : Margin + (Width / 2),
                        _ => rightToLeft ? Margin + Width - line.Width : Margin,
                    };
                    y += lineHeight;
                    pages[^1].Add(line.At(x, y - (lineHeight - size)));
                }
            }

            y += after;
        }

        return pages;
    }

    private static (float Size, bool Bold, float Before, float After) Style(LetterBlockStyle style) => style switch
    {
        LetterBlockStyle.Header => (10f, true, 0, 8),
        LetterBlockStyle.Dateline => (10f, false, 0, 4),
        LetterBlockStyle.Reference => (10f, false, 0, 10),
        LetterBlockStyle.Addressee => (10.5f, false, 6, 14),
        LetterBlockStyle.Title => (13f, true, 6, 10),
        LetterBlockStyle.Heading => (10.5f, true, 4, 6),
        LetterBlockStyle.Paragraph => (10.5f, false, 0, 7),
        LetterBlockStyle.Signature => (10f, false, 18, 10),
        LetterBlockStyle.Rule => (0, false, 14, 10),
        LetterBlockStyle.Note => (9f, false, 0, 8),
        LetterBlockStyle.QrCode => (0, false, 6, 10),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    private static bool[][] QrModules(string text)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
        return [.. data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray())];
    }

    // Words break at spaces; Chinese breaks between any two characters, as it is written without spaces.
    private static IEnumerable<string> Wrap(string text, float width, float size, bool bold, bool rightToLeft, Shapers shapers)
    {
        if (text.Length == 0)
        {
            yield return "";
            yield break;
        }

        var line = new StringBuilder();
        foreach (var token in Tokens(text, shapers))
        {
            var candidate = line.Length == 0 ? token.TrimStart() : line + token;
            if (line.Length > 0 && shapers.Line(candidate, size, bold, rightToLeft).Width > width)
            {
                yield return line.ToString();
                line.Clear().Append(token.TrimStart());
            }
            else
            {
                line.Clear().Append(candidate);
            }
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static IEnumerable<string> Tokens(string text, Shapers shapers)
    {
        var token = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var cjk = shapers.IsCjk(rune.Value);
            if (token.Length > 0 && (rune.Value == ' ' || cjk) && token.ToString().Trim().Length > 0)
            {
                yield return token.ToString();
                token.Clear();
            }

            token.Append(rune.ToString());
        }

        if (token.Length > 0)
        {
            yield return token.ToString();
        }
    }

    /// <summary>One shaper per typeface for one document, and the choice of typeface per character.</summary>
    private sealed class Shapers(PrintFonts fonts) : IDisposable
    {
        private readonly SKShaper regular = new(fonts.Regular);
        private readonly SKShaper bold = new(fonts.Bold);
        private readonly SKShaper cjk = new(fonts.Cjk);
        private readonly SKFont regularFont = new(fonts.Regular);
        private readonly SKFont cjkFont = new(fonts.Cjk);
        private readonly Dictionary<int, bool> cjkByCodepoint = [];

        public bool IsCjk(int codepoint)
        {
            if (!cjkByCodepoint.TryGetValue(codepoint, out var found))
            {
                found = !regularFont.ContainsGlyph(codepoint) && cjkFont.ContainsGlyph(codepoint);
                cjkByCodepoint[codepoint] = found;
            }

            return found;
        }

        public ShapedLine Line(string text, float size, bool isBold, bool rightToLeft)
        {
            var runs = new List<ShapedRun>();
            foreach (var run in TextRuns.Visual(text, rightToLeft, IsCjk))
            {
                var shaper = run.Cjk ? cjk : isBold ? bold : regular;
                var font = new SKFont(shaper.Typeface, size);
                var bytes = Encoding.UTF8.GetBytes(run.Text);
                using var buffer = new HarfBuzzSharp.Buffer();
                buffer.AddUtf8(bytes);
                buffer.Direction = run.RightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
                buffer.GuessSegmentProperties();
                var shaped = shaper.Shape(buffer, font);
                runs.Add(new ShapedRun(font, shaped.Codepoints.Select(c => (ushort)c).ToArray(), shaped.Points, shaped.Clusters, bytes, shaped.Width));
            }

            return new ShapedLine(runs);
        }

        public void Dispose()
        {
            regular.Dispose();
            bold.Dispose();
            cjk.Dispose();
            regularFont.Dispose();
            cjkFont.Dispose();
        }
    }

    private sealed record ShapedRun(SKFont Font, ushort[] Glyphs, SKPoint[] Points, uint[] Clusters, byte[] Text, float Width);

    private sealed record ShapedLine(IReadOnlyList<ShapedRun> Runs)
    {
        public float Width => Runs.Sum(r => r.Width);

        public PlacedLine At(float x, float baseline) => new(this, x, baseline, 0);
    }

    private sealed record PlacedLine(ShapedLine? Line, float X, float Y, float RuleWidth, bool[][]? Modules = null)
    {
        public static PlacedLine RuleAt(float x, float y, float width) => new(null, x, y, width);

        public static PlacedLine QrAt(float x, float top, bool[][] modules) => new(null, x, top, 0, modules);

        public void Draw(SKCanvas canvas)
        {
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true, StrokeWidth = 0.6f };
            if (Modules is { } modules)
            {
                // Square modules drawn as vector rectangles: sharp at any zoom and in print.
                var module = QrSize / modules.Length;
                using var fill = new SKPaint { Color = SKColors.Black, IsAntialias = false, Style = SKPaintStyle.Fill };
                for (var row = 0; row < modules.Length; row++)
                {
                    for (var column = 0; column < modules[row].Length; column++)
                    {
                        if (modules[row][column])
                        {
                            canvas.DrawRect(X + (column * module), Y + (row * module), module, module, fill);
                        }
                    }
                }

                return;
            }

            if (Line is null)
            {
                canvas.DrawLine(X, Y, X + RuleWidth, Y, paint);
                return;
            }

            var x = X;
            foreach (var run in Line.Runs)
            {
                using var builder = new SKTextBlobBuilder();
                var buffer = builder.AllocatePositionedTextRun(run.Font, run.Glyphs.Length, run.Text.Length);
                buffer.SetGlyphs(run.Glyphs);
                buffer.SetPositions(run.Points);
                buffer.SetText(run.Text);
                buffer.SetClusters(run.Clusters);
                using var blob = builder.Build();
                if (blob is not null)
                {
                    canvas.DrawText(blob, x, Y, paint);
                }

                x += run.Width;
            }
        }
    }
}
