using System.Globalization;
using System.Text;

namespace Pathway.Documents;

/// <summary>
/// Latin letters outside A-Z, per the ICAO 9303 Part 3 table of multinational Latin-based
/// characters. Where ICAO gives a choice the recommended, unambiguous form is used
/// (Ä → AE rather than A, Ñ → N rather than NXX).
/// </summary>
internal static class LatinLetters
{
    /// <summary>The upper-case A-Z spelling of an upper-case Latin letter, or null when it is not a Latin letter.</summary>
    public static string? Spell(char upper)
    {
        if (char.IsAsciiLetterUpper(upper))
        {
            return upper.ToString();
        }

        return upper switch
        {
            'Ä' or 'Æ' => "AE",
            'Å' => "AA",
            'Ö' or 'Ø' or 'Œ' => "OE",
            'Ü' => "UE",
            'ß' or 'ẞ' => "SS",
            'Þ' => "TH",
            'Ĳ' => "IJ",
            'Ð' or 'Đ' => "D",
            'Ħ' => "H",
            'Ł' or 'Ŀ' => "L",
            'Ŋ' => "N",
            'Ŧ' => "T",
            'ı' or 'İ' => "I",
            'ĸ' => "K",
            _ => Base(upper),
        };
    }

    // Every other letter of the table is a base letter with marks, which Unicode decomposes.
    private static string? Base(char upper)
    {
        if (upper < '\u00C0' || upper > '\u024F' && (upper < '\u1E00' || upper > '\u1EFF'))
        {
            return null;
        }

        var decomposed = upper.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        var restAreMarks = decomposed.Skip(1).All(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
        return char.IsAsciiLetter(first) && restAreMarks ? char.ToUpperInvariant(first).ToString() : null;
    }
}
