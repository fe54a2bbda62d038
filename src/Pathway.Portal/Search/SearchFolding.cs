using System.Globalization;
using System.Text;
using Pathway.Documents;

namespace Pathway.Portal.Search;

/// <summary>A word's place in a text: where it starts and how many chars it takes.</summary>
public readonly record struct WordSpan(int Start, int Length, bool IsHan);

/// <summary>
/// Words as the search compares them, whatever the script and spelling: lower case, without
/// diacritics (Zażółć and zazolc are one word), Cyrillic and Greek in Latin letters by the ICAO 9303
/// table (песель and pesel are one word), Arabic-script letters in one form (Persian ی and Arabic ي,
/// hamza seats, tashkeel dropped), digits of every script as 0-9. Chinese has no spaces between
/// words, so each Han character is a word of its own and a query's run of them a phrase.
/// </summary>
public static class SearchFolding
{
    /// <summary>The words of <paramref name="text"/>: runs of letters and digits (with their marks), each Han character alone.</summary>
    public static IEnumerable<WordSpan> Words(string text)
    {
        var start = -1;
        var index = 0;
        while (index < text.Length)
        {
            var rune = Rune.GetRuneAt(text, index);
            var width = rune.Utf16SequenceLength;
            if (IsHan(rune))
            {
                if (start >= 0)
                {
                    yield return new WordSpan(start, index - start, false);
                    start = -1;
                }

                yield return new WordSpan(index, width, true);
            }
            else if (IsWordPart(rune, start >= 0))
            {
                if (start < 0)
                {
                    start = index;
                }
            }
            else if (start >= 0)
            {
                yield return new WordSpan(start, index - start, false);
                start = -1;
            }

            index += width;
        }

        if (start >= 0)
        {
            yield return new WordSpan(start, text.Length - start, false);
        }
    }

    /// <summary>The folded words of <paramref name="text"/>, separated by single spaces.</summary>
    public static string Text(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var word in Words(text))
        {
            var one = Word(text.AsSpan(word.Start, word.Length));
            if (one.Length > 0)
            {
                folded.Append(folded.Length > 0 ? " " : "").Append(one);
            }
        }

        return folded.ToString();
    }

    /// <summary>One word folded: lower-case Latin letters and digits, Arabic-script letters in one form, Han as it is.</summary>
    public static string Word(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark || rune.Value == 0x0640)
            {
                continue; // diacritics, Arabic tashkeel and hamza seats' marks, the tatweel that stretches a line
            }

            if (category == UnicodeCategory.DecimalDigitNumber)
            {
                folded.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            }
            else if (rune.Value is >= 0x0370 and <= 0x052F or >= 0x1F00 and <= 0x1FFF)
            {
                folded.Append(Transliteration.ToLatin(rune.ToString()).ToLowerInvariant());
            }
            else if ((Latin(rune.Value) ?? Arabic(rune.Value)) is { } spelled)
            {
                folded.Append(spelled);
            }
            else
            {
                folded.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return folded.ToString();
    }

    /// <summary>A Han ideograph (CJK Unified Ideographs and their extensions, compatibility ideographs) or Japanese kana.</summary>
    public static bool IsHan(Rune rune) => rune.Value is >= 0x3040 and <= 0x30FF or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF
        or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3134F;

    // Marks and joiners belong to the word they are in (Devanagari vowel signs, the ZWNJ of Persian).
    private static bool IsWordPart(Rune rune, bool inWord) =>
        Rune.IsLetterOrDigit(rune)
        || (inWord && (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            || rune.Value is 0x200C or 0x200D));

    // Latin letters that are not a base letter with marks, so decomposing leaves them as they are.
    private static string? Latin(int c) => c switch
    {
        'ł' or 'Ł' or 'ŀ' or 'Ŀ' => "l",
        'ß' or 'ẞ' => "ss",
        'æ' or 'Æ' => "ae",
        'ø' or 'Ø' => "o",
        'œ' or 'Œ' => "oe",
        'đ' or 'Đ' or 'ð' or 'Ð' => "d",
        'þ' or 'Þ' => "th",
        'ı' or 'İ' => "i",
        'ħ' or 'Ħ' => "h",
        _ => null,
    };

    // One form for the letters Arabic, Persian, Dari and Urdu write differently; the marks of
    // hamza and madda are gone already (decomposed and dropped as marks).
    private static string? Arabic(int c) => c switch
    {
        0x0671 or 0x0672 or 0x0673 => "\u0627", // alef wasla and alefs with hamza that do not decompose
        0x0649 or 0x06CC or 0x06D0 or 0x06D2 or 0x06D3 => "\u064A", // alef maksura, Farsi yeh, Urdu yeh barree → yeh
        0x06A9 or 0x06AA => "\u0643", // keheh → kaf
        0x0629 or 0x06C0 or 0x06C1 or 0x06C2 or 0x06C3 or 0x06BE or 0x06D5 => "\u0647", // teh marbuta, heh goal, heh doachashmee → heh
        0x200C or 0x200D => "", // joiners shape letters, they do not spell
        _ => null,
    };
}
