using System.Globalization;
using System.Text;

namespace Pathway.Documents;

/// <summary>
/// Finds the lines of a machine-readable zone in what a scanner or a keyboard-wedge reader
/// typed. Readers add case changes, spaces, blank lines and '\r'; some break a long line in two
/// and some drop the breaks between lines. Those are undone because they change no character of
/// the zone; text around a recognised zone is reported, so the result is not valid. Anything that would
/// change a character (OCR look-alikes such as '«' for "&lt;&lt;", O for 0) is reported instead,
/// because a silently "corrected" zone could pass its check digits with wrong data.
/// </summary>
internal static class MrzScanner
{
    // Far above any real zone; keeps hostile input cheap to refuse.
    private const int MaxTextLength = 4096;
    private const int MaxFragments = 24;
    private const int MaxReportedCharacters = 5;

    private sealed record Fragment(int InputLine, string Text);

    private sealed record Fit(MrzShape Shape, int Start, int End, List<string> Lines)
    {
        public int Covered => Lines.Count * Shape.Width;
    }

    public static MrzScan Scan(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(new MrzError("format", "no MRZ text was given") { Kind = MrzErrorKind.NoText });
        }

        if (text.Length > MaxTextLength)
        {
            return Failed(new MrzError("format", $"the text has {text.Length} characters, far more than any MRZ (at most 90)")
            {
                Kind = MrzErrorKind.TextTooLong,
                Subject = text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        var fragments = Fragments(text);
        if (fragments.Count == 0)
        {
            return Failed(new MrzError("format", "no MRZ text was given") { Kind = MrzErrorKind.NoText });
        }

        if (fragments.Count > MaxFragments)
        {
            return Failed(new MrzError("format", $"the text has {fragments.Count} lines, far more than any MRZ (at most 3)")
            {
                Kind = MrzErrorKind.TooManyLines,
                Subject = fragments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        var fit = BestFit(fragments);
        if (fit is null)
        {
            var lengths = string.Join(", ", fragments.Select(f => f.Text.Length));
            var errors = new List<MrzError>
            {
                new("format", $"expected 3 lines of 30, 2 lines of 36 or 2 lines of 44 characters but found {fragments.Count} line(s) of {lengths} characters")
                {
                    Kind = MrzErrorKind.UnknownLayout, Subject = lengths,
                },
            };
            errors.AddRange(ForeignCharacters(fragments.Select(f => (f.InputLine, f.Text))));
            return new MrzScan(null, [], errors);
        }

        var format = fit.Shape.FormatFor(fit.Lines[0]);
        var found = new List<MrzError>();
        foreach (var outside in fragments.Take(fit.Start).Concat(fragments.Skip(fit.End)))
        {
            found.Add(new MrzError("format", string.Create(CultureInfo.InvariantCulture, $"line {outside.InputLine} ('{Preview(outside.Text)}') is not part of the {format} MRZ"))
            {
                Kind = MrzErrorKind.OutsideZone,
                Line = outside.InputLine,
                Found = Preview(outside.Text),
            });
        }

        found.AddRange(ForeignCharacters(fit.Lines.Select((line, i) => (i + 1, line))));
        return new MrzScan(format, fit.Lines, found);
    }

    private static MrzScan Failed(MrzError error) => new(null, [], [error]);

    private static List<Fragment> Fragments(string text)
    {
        var fragments = new List<Fragment>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split(['\n', '\r', '\u0085', '\u2028', '\u2029']);
        for (var i = 0; i < lines.Length; i++)
        {
            var compact = new StringBuilder(lines[i].Length);
            foreach (var c in lines[i])
            {
                // Zero-width characters are invisible in the form the text was pasted from.
                if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\uFEFF')
                {
                    compact.Append(char.ToUpperInvariant(c));
                }
            }

            if (compact.Length > 0)
            {
                fragments.Add(new Fragment(i + 1, compact.ToString()));
            }
        }

        return fragments;
    }

    /// <summary>
    /// The run of consecutive fragments that joins into whole lines of one shape, preferring one
    /// that uses every fragment, then the one covering most characters.
    /// </summary>
    private static Fit? BestFit(List<Fragment> fragments)
    {
        Fit? best = null;
        foreach (var shape in MrzShape.All)
        {
            for (var start = 0; start < fragments.Count; start++)
            {
                if (TryJoin(fragments, start, shape) is not { } fit)
                {
                    continue;
                }

                if (best is null || Rank(fit, fragments.Count) > Rank(best, fragments.Count))
                {
                    best = fit;
                }
            }
        }

        return best;
    }

    // Using every fragment counts most, then the characters covered, then coming first.
    private static long Rank(Fit fit, int count) =>
        ((fit.Start == 0 && fit.End == count ? 1L : 0L) << 40) + ((long)fit.Covered << 20) - fit.Start;

    // A stray break only ever splits a line, and a reader that drops breaks joins whole lines;
    // so a fragment lies within one line or is made of whole lines. One that straddles two lines
    // means lines of the wrong length, which joining would hide.
    private static Fit? TryJoin(List<Fragment> fragments, int start, MrzShape shape)
    {
        var total = shape.LineCount * shape.Width;
        var joined = new StringBuilder(total);
        var index = start;
        while (joined.Length < total && index < fragments.Count)
        {
            var at = joined.Length;
            var length = fragments[index].Text.Length;
            var wholeLines = at % shape.Width == 0 && length % shape.Width == 0;
            var withinLine = at / shape.Width == (at + length - 1) / shape.Width;
            if (at + length > total || !(wholeLines || withinLine))
            {
                return null;
            }

            joined.Append(fragments[index].Text);
            index++;
        }

        if (joined.Length != total)
        {
            return null;
        }

        var text = joined.ToString();
        var lines = Enumerable.Range(0, shape.LineCount).Select(i => text.Substring(i * shape.Width, shape.Width)).ToList();
        return new Fit(shape, start, index, lines);
    }

    private static IEnumerable<MrzError> ForeignCharacters(IEnumerable<(int Line, string Text)> lines)
    {
        var reported = 0;
        foreach (var (line, text) in lines)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (CheckDigit.IsMrzCharacter(text[i]))
                {
                    continue;
                }

                if (reported++ == MaxReportedCharacters)
                {
                    yield return new MrzError("format", "more characters outside A-Z, 0-9 and '<' follow") { Kind = MrzErrorKind.MoreForeignCharacters };
                    yield break;
                }

                yield return new MrzError("format", string.Create(CultureInfo.InvariantCulture, $"character '{Printable(text[i])}' at line {line} position {i + 1} is not an MRZ character (A-Z, 0-9, '<')"))
                {
                    Kind = MrzErrorKind.ForeignCharacter,
                    Line = line,
                    Position = i + 1,
                    Found = Printable(text[i]),
                };
            }
        }
    }

    private static string Preview(string text) => text.Length <= 20 ? Printable(text) : Printable(text[..20]) + "...";

    private static string Printable(string text) => string.Concat(text.Select(Printable));

    private static string Printable(char c) => char.IsControl(c) || char.IsSurrogate(c) ? $"U+{(int)c:X4}" : c.ToString();
}
