using System.Globalization;
using System.Text;

namespace Pathway.Cases.Letters;

/// <summary>A stretch of a line in one direction and one typeface, in logical order.</summary>
internal sealed record TextRun(string Text, bool RightToLeft, bool Cjk, int Level);

/// <summary>
/// Splits a line into runs a shaper can take whole, and orders them for display. A reduced form of
/// the Unicode bidirectional algorithm (UAX #9): letters of Arabic script are strong right-to-left,
/// other letters and digits strong left-to-right, and spaces and punctuation take the direction of
/// their neighbours when both agree, else the paragraph's. That is enough for letters whose
/// right-to-left text holds Latin case numbers and dates; embeddings and isolates are not needed.
/// </summary>
internal static class TextRuns
{
    public static IReadOnlyList<TextRun> Visual(string line, bool rightToLeftParagraph, Func<int, bool> isCjk)
    {
        var elements = Elements(line);
        var strong = elements.Select(e => Strong(e.Rune)).ToArray();
        var resolved = new bool[elements.Count];
        for (var i = 0; i < elements.Count; i++)
        {
            resolved[i] = strong[i] ?? Neighbours(strong, i, rightToLeftParagraph);
        }

        var cjk = Enumerable.Range(0, elements.Count).Select(i => Cjk(elements, i, isCjk)).ToArray();
        var runs = new List<TextRun>();
        var text = new StringBuilder();
        for (var i = 0; i < elements.Count; i++)
        {
            if (text.Length > 0 && (resolved[i] != resolved[i - 1] || cjk[i] != cjk[i - 1]))
            {
                runs.Add(Run(text, resolved[i - 1], cjk[i - 1], rightToLeftParagraph));
            }

            text.Append(elements[i].Rune.ToString());
        }

        if (text.Length > 0)
        {
            runs.Add(Run(text, resolved[^1], cjk[^1], rightToLeftParagraph));
        }

        return Reorder(runs);
    }

    /// <summary>True when the line begins, after neutrals, with Arabic script.</summary>
    public static bool StartsRightToLeft(string text) =>
        Elements(text).Select(e => Strong(e.Rune)).FirstOrDefault(s => s is not null) ?? false;

    private static TextRun Run(StringBuilder text, bool rightToLeft, bool cjk, bool rightToLeftParagraph)
    {
        var run = new TextRun(text.ToString(), rightToLeft, cjk, rightToLeftParagraph ? (rightToLeft ? 1 : 2) : (rightToLeft ? 1 : 0));
        text.Clear();
        return run;
    }

    // Rule L2: from the highest level down to 1, reverse every sequence of runs at that level or higher.
    private static List<TextRun> Reorder(List<TextRun> runs)
    {
        var highest = runs.Count == 0 ? 0 : runs.Max(r => r.Level);
        for (var level = highest; level >= 1; level--)
        {
            var i = 0;
            while (i < runs.Count)
            {
                if (runs[i].Level < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < runs.Count && runs[end].Level >= level)
                {
                    end++;
                }

                runs.Reverse(i, end - i);
                i = end;
            }
        }

        return runs;
    }

    private static bool Cjk(List<(Rune Rune, int Index)> elements, int i, Func<int, bool> isCjk) =>
        isCjk(elements[i].Rune.Value) || (Strong(elements[i].Rune) is null && LastCjk(elements, i, isCjk));

    // Spaces and punctuation stay in the typeface of the text before them, so a Chinese sentence is one run.
    private static bool LastCjk(List<(Rune Rune, int Index)> elements, int i, Func<int, bool> isCjk)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (Strong(elements[j].Rune) is not null || isCjk(elements[j].Rune.Value))
            {
                return isCjk(elements[j].Rune.Value);
            }
        }

        return false;
    }

    private static bool Neighbours(bool?[] strong, int i, bool paragraph)
    {
        var before = strong.Take(i).LastOrDefault(s => s is not null);
        var after = strong.Skip(i + 1).FirstOrDefault(s => s is not null);
        return before is { } b && after is { } a && a == b ? a : paragraph;
    }

    /// <summary>True for right-to-left, false for left-to-right, null for a neutral.</summary>
    private static bool? Strong(Rune rune)
    {
        var v = rune.Value;
        if (v is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF))
        {
            // Arabic-Indic digits are weak, but printed within Arabic text they read as part of it.
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.DecimalDigitNumber => false,
            _ => null,
        };
    }

    private static List<(Rune Rune, int Index)> Elements(string text)
    {
        var list = new List<(Rune, int)>();
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            list.Add((rune, index));
            index += rune.Utf16SequenceLength;
        }

        return list;
    }
}
