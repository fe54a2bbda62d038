using System.Text;

namespace Pathway.Documents;

/// <summary>
/// Names in any script written with the letters of an MRZ (ICAO 9303 Part 3, section 6),
/// or in readable Latin for display.
/// </summary>
public static class Transliteration
{
    /// <summary>
    /// A-Z and '&lt;' only: spaces and hyphens become one filler, apostrophes are left out
    /// (D'ARTAGNAN → DARTAGNAN, as ICAO 9303 writes it), other punctuation, digits and letters
    /// of scripts without a table are dropped. Fillers never start, end or double up, because
    /// "&lt;&lt;" separates the surname from the given names.
    /// </summary>
    public static string ToMrz(string? name)
    {
        var mrz = new StringBuilder();
        foreach (var (spelling, _, separator) in Letters(name, forMrz: true))
        {
            if (separator is not null)
            {
                if (mrz.Length > 0 && mrz[^1] != '<')
                {
                    mrz.Append('<');
                }
            }
            else
            {
                mrz.Append(spelling);
            }
        }

        return mrz.ToString().TrimEnd('<');
    }

    /// <summary>
    /// Readable Latin with the case of the original (Шевченко → Shevchenko, ШЕВЧЕНКО → SHEVCHENKO),
    /// spaces and hyphens kept.
    /// </summary>
    public static string ToLatin(string? name)
    {
        var latin = new StringBuilder();
        foreach (var (spelling, casing, separator) in Letters(name, forMrz: false))
        {
            if (separator is { } mark)
            {
                if (latin.Length > 0 && latin[^1] is not (' ' or '-'))
                {
                    latin.Append(mark);
                }
            }
            else
            {
                latin.Append(casing switch
                {
                    LetterCase.Upper => spelling,
                    LetterCase.Lower => spelling.ToLowerInvariant(),
                    LetterCase.Title => spelling.Length == 0 ? "" : spelling[..1] + spelling[1..].ToLowerInvariant(),
                });
            }
        }

        return latin.ToString().TrimEnd(' ', '-');
    }

    internal enum LetterCase
    {
        Upper,
        Lower,
        Title,
    }

    /// <summary>The upper-case spelling of each letter with the case it should have when read, or a word separator.</summary>
    internal static IEnumerable<(string Spelling, LetterCase Case, char? Separator)> Letters(string? name, bool forMrz)
    {
        if (string.IsNullOrEmpty(name))
        {
            yield break;
        }

        var text = WellFormedText.Of(name).Normalize(NormalizationForm.FormC);
        var index = 0;
        while (index < text.Length)
        {
            var c = text[index];
            var consumed = 1;
            string? spelling;
            if (GreekLetters.IsGreek(c))
            {
                spelling = GreekLetters.Spell(text, index, out consumed);
            }
            else if (ArabicLetters.IsArabic(c))
            {
                spelling = ArabicLetters.IsSilent(c) ? "" : forMrz ? ArabicLetters.SpellForMrz(c) : ArabicLetters.SpellForReading(text, index);
            }
            else
            {
                var upper = char.ToUpperInvariant(c);
                spelling = LatinLetters.Spell(upper) ?? CyrillicLetters.Spell(upper);
            }

            if (spelling is not null)
            {
                yield return (spelling, CaseOf(text, index, consumed), null);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '‐' or '‑' or '–' or '_' or ',' or '.')
            {
                // A hyphen is kept for reading; everything else that parts words reads as a space.
                yield return ("", LetterCase.Upper, c is '-' or '‐' or '‑' ? '-' : ' ');
            }

            index += consumed;
        }
    }

    // Scripts without case (Arabic) read as capitalised words.
    private static LetterCase CaseOf(string text, int index, int consumed)
    {
        var c = text[index];
        var previous = index > 0 ? text[index - 1] : ' ';
        var next = index + consumed < text.Length ? text[index + consumed] : ' ';
        if (char.IsLower(c))
        {
            return LetterCase.Lower;
        }

        if (char.IsUpper(c))
        {
            return char.IsLower(next) || (!char.IsLetter(next) && !char.IsUpper(previous)) ? LetterCase.Title : LetterCase.Upper;
        }

        var before = index - 1;
        while (before >= 0 && ArabicLetters.IsSilent(text[before]))
        {
            before--;
        }

        return before >= 0 && char.IsLetter(text[before]) ? LetterCase.Lower : LetterCase.Title;
    }
}
