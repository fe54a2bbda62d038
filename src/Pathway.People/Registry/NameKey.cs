using System.Globalization;
using System.Text;

namespace Pathway.People.Registry;

/// <summary>
/// The search form of a name: upper case, diacritics and punctuation removed, so that
/// "Łukasz Żółć-Nowak" is found as "LUKASZ ZOLC NOWAK". Native-script names keep their
/// script and only lose case and marks.
/// </summary>
public static class NameKey
{
    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var decomposed = WellFormed(name).Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                key.Append(Fold(char.ToUpperInvariant(c)));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                key.Append(' ');
                lastWasSpace = true;
            }
        }

        return key.ToString().TrimEnd();
    }

    // Normalize throws on a lone surrogate (half of a character cut off by an export); it becomes U+FFFD.
    internal static string WellFormed(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    // Letters that Unicode does not decompose into a base letter and a mark.
    private static string Fold(char c) => c switch
    {
        'Ł' => "L",
        'Ø' => "O",
        'Đ' => "D",
        'Ð' => "D",
        'Þ' => "TH",
        'Æ' => "AE",
        'Œ' => "OE",
        'ß' or 'ẞ' => "SS",
        'İ' or 'I' or 'ı' => "I",
        'Ħ' => "H",
        _ => c.ToString(),
    };

    /// <summary>The smallest string that sorts after every string starting with <paramref name="prefix"/>.</summary>
    public static string PrefixUpperBound(string prefix) => prefix + '\uffff';
}
