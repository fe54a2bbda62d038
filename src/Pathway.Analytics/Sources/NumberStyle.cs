using System.Globalization;
using System.Text.RegularExpressions;

namespace Pathway.Analytics.Sources;

/// <summary>
/// How a file writes its numbers: which of comma and point is the decimal mark. Judged once per
/// file from all its values, because one value alone ("1,234") can be read both ways.
/// </summary>
internal enum DecimalMark
{
    Point,
    Comma,
}

internal static partial class NumberStyle
{
    /// <summary>
    /// The decimal mark of a file's values: the later of the two marks where a value holds both
    /// ("1.234,5"); otherwise a comma is a thousands separator when every value with a comma has
    /// it in groups of three ("18,420", as Eurostat's downloads write), and a decimal comma
    /// otherwise ("12,4", as SDMX-CSV written for a French locale with semicolons has it).
    /// </summary>
    public static DecimalMark Infer(IEnumerable<string> values)
    {
        var sawComma = false;
        var commasGrouped = true;
        foreach (var raw in values)
        {
            var value = raw.AsSpan().Trim();
            var comma = value.LastIndexOf(',');
            var point = value.LastIndexOf('.');
            if (comma >= 0 && point >= 0)
            {
                return comma > point ? DecimalMark.Comma : DecimalMark.Point;
            }

            if (comma >= 0)
            {
                sawComma = true;
                commasGrouped &= Grouped().IsMatch(value);
            }
        }

        return sawComma && !commasGrouped ? DecimalMark.Comma : DecimalMark.Point;
    }

    /// <summary>A number written with the given decimal mark and any thousands separator (comma, point, space, apostrophe).</summary>
    public static bool TryParse(string text, DecimalMark mark, out decimal value)
    {
        var cleaned = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.AsSpan().Trim())
        {
            switch (c)
            {
                case ' ' or '\u00A0' or '\u202F' or '\'' or '’':
                    break;
                case ',':
                    if (mark == DecimalMark.Comma)
                    {
                        cleaned.Append('.');
                    }

                    break;
                case '.':
                    if (mark == DecimalMark.Point)
                    {
                        cleaned.Append('.');
                    }

                    break;
                default:
                    cleaned.Append(c);
                    break;
            }
        }

        return decimal.TryParse(cleaned.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value) && cleaned.ToString().Count(ch => ch == '.') <= 1;
    }

    [GeneratedRegex(@"^[+-]?[0-9]{1,3}(,[0-9]{3})+$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Grouped();
}
