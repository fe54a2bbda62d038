using System.Globalization;
using System.Text;

namespace Pathway.Matching.Text;

/// <summary>
/// Folds a value to lower-case Latin letters, digits and single spaces: diacritics dropped, the
/// letters Unicode does not decompose spelled out, and Cyrillic romanised with a small table so a
/// name typed in native script meets its passport spelling. Kept here rather than borrowed from
/// Pathway.Documents so the engine stands alone.
/// </summary>
internal static class LatinFolding
{
    public static string Fold(string value)
    {
        var builder = new StringBuilder(value.Length + 4);
        var pendingSpace = false;
        // By Unicode scalar, not by char: a letter outside the Basic Multilingual Plane is two chars,
        // and a lone half of one (a cut or corrupted value) cannot be normalised; it reads as U+FFFD.
        foreach (var rune in value.EnumerateRunes())
        {
            if (!rune.IsBmp)
            {
                if (Rune.IsLetterOrDigit(rune))
                {
                    // Compatibility decomposition: mathematical and styled letters (𝐀, 𝒜) are plain letters in disguise.
                    AppendDecomposed(builder, Rune.ToLowerInvariant(rune).ToString(), NormalizationForm.FormKD, ref pendingSpace);
                }
                else if (builder.Length > 0)
                {
                    pendingSpace = true;
                }

                continue;
            }

            var c = char.ToLowerInvariant((char)rune.Value);
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    Append(builder, c, ref pendingSpace);
                }
                else if (builder.Length > 0)
                {
                    pendingSpace = true;
                }

                continue;
            }

            var cyrillic = Cyrillic(c);
            if (cyrillic is not null)
            {
                foreach (var l in cyrillic)
                {
                    Append(builder, l, ref pendingSpace);
                }

                continue;
            }

            var special = Special(c);
            if (special is not null)
            {
                foreach (var l in special)
                {
                    Append(builder, l, ref pendingSpace);
                }

                continue;
            }

            var any = AppendDecomposed(builder, c.ToString(), NormalizationForm.FormD, ref pendingSpace);
            if (!any && !char.IsLetterOrDigit(c) && builder.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    // The letters and digits of a character's canonical decomposition, its marks dropped.
    private static bool AppendDecomposed(StringBuilder builder, string character, NormalizationForm form, ref bool pendingSpace)
    {
        var any = false;
        foreach (var d in character.Normalize(form).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(d) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark || !Rune.IsLetterOrDigit(d))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(Rune.ToLowerInvariant(d).ToString());
            any = true;
        }

        return any;
    }

    private static void Append(StringBuilder builder, char c, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }

        builder.Append(c);
    }

    private static string? Special(char c) => c switch
    {
        'ł' => "l",
        'ø' => "o",
        'đ' or 'ð' => "d",
        'þ' => "th",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        'ı' => "i",
        'ħ' => "h",
        _ => null,
    };

    // Ukrainian national romanisation where it differs, Russian and Belarusian letters added;
    // the skeleton key absorbs the remaining differences (г as h or g, и as y or i).
    private static string? Cyrillic(char c) => c switch
    {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "h",
        'ґ' => "g",
        'д' => "d",
        'е' => "e",
        'є' => "ie",
        'ё' => "io",
        'ж' => "zh",
        'з' => "z",
        'и' => "y",
        'і' => "i",
        'ї' => "i",
        'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ў' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "",
        'ы' => "y",
        'ь' => "",
        'э' => "e",
        'ю' => "iu",
        'я' => "ia",
        _ => null,
    };
}
