using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Pathway.Platform.Printing;

/// <summary>
/// Shapes and draws pieces of text in the typeface their script needs. Every piece is shaped by
/// HarfBuzz on its own (a label in the reader's language, a figure, a name), so Arabic joins and
/// right-to-left labels stand where the reader expects them.
/// </summary>
public sealed class PdfPen(PrintFonts fonts, bool rightToLeft) : IDisposable
{
    private readonly SKShaper regular = new(fonts.Regular);
    private readonly SKShaper bold = new(fonts.Bold);
    private readonly SKShaper cjk = new(fonts.Cjk);

    public bool RightToLeft => rightToLeft;

    public float Measure(string text, float size, bool strong) => Runs(text).Sum(run => Width(run, size, strong));

    /// <summary>
    /// Draws <paramref name="text"/> from <paramref name="x"/> rightwards, each run of one direction
    /// shaped on its own: a Latin name in an Arabic sentence reads left to right where it stands,
    /// and the runs follow each other from the right for a right-to-left reader.
    /// </summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, float size, bool strong, SKColor colour)
    {
        var runs = Runs(text);
        var widths = runs.Select(run => Width(run, size, strong)).ToList();
        var total = widths.Sum();
        var before = 0f;
        for (var i = 0; i < runs.Count; i++)
        {
            DrawRun(canvas, runs[i], rightToLeft ? x + total - before - widths[i] : x + before, baseline, size, strong, colour);
            before += widths[i];
        }
    }

    /// <summary>
    /// The text cut where its direction changes (a simplified Unicode bidirectional algorithm):
    /// Arabic and Hebrew letters run right to left, other letters and digits left to right, and
    /// spaces and punctuation take the direction of the letters on both sides, or the reader's.
    /// </summary>
    public List<string> Runs(string text)
    {
        var strong = text.Select(Strong).ToArray();
        var directions = new bool[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (strong[i] is { } known)
            {
                directions[i] = known;
                continue;
            }

            // The text's start and end count as the reader's direction.
            var previous = i == 0 ? rightToLeft : directions[i - 1];
            var next = strong.Skip(i + 1).FirstOrDefault(d => d is not null) ?? rightToLeft;
            directions[i] = previous == next ? previous : rightToLeft;
        }

        var runs = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || directions[i] != directions[start])
            {
                runs.Add(text[start..i]);
                start = i;
            }
        }

        return runs.Count == 0 ? [text] : runs;
    }

    // True right to left, false left to right, null for a space, punctuation or a symbol.
    private static bool? Strong(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' ? true
        : char.IsLetterOrDigit(c) ? false
        : null;

    private float Width(string run, float size, bool strong)
    {
        var (shaper, font) = Choose(run, size, strong);
        using (font)
        {
            return shaper.Shape(run, font).Width;
        }
    }

    /// <summary>
    /// Draws the shaped glyphs with the text and the clusters they came from, so that the PDF's
    /// text can be copied and searched in every script (Chinese from its collection's face too).
    /// </summary>
    private void DrawRun(SKCanvas canvas, string text, float x, float baseline, float size, bool strong, SKColor colour)
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
