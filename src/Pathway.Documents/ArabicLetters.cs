namespace Pathway.Documents;

/// <summary>
/// Arabic script. For the MRZ, the ICAO 9303 Part 3 table, whose X-prefixed spellings keep
/// letters that sound alike in English apart (ح XH, خ XKH) so the original can be recovered.
/// For display, a plain English-style spelling. Short vowels are rarely written in names, so
/// neither form can restore them: محمد is MHMD, not MUHAMMAD; the office keeps the spelling
/// from the holder's document alongside.
/// </summary>
internal static class ArabicLetters
{
    public static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F';

    /// <summary>Vowel signs, shadda and tatweel: written over or between letters, spelled as nothing.</summary>
    public static bool IsSilent(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640';

    /// <summary>The ICAO 9303 spelling; null when the character is not an Arabic letter.</summary>
    public static string? SpellForMrz(char c) => c switch
    {
        'ء' => "XE",
        'آ' => "XAA",
        'أ' => "XAE",
        'ؤ' => "U",
        'إ' => "I",
        'ئ' => "XI",
        'ا' => "A",
        'ب' => "B",
        'ة' => "XTA",
        'ت' => "T",
        'ث' => "XTH",
        'ج' => "J",
        'ح' => "XH",
        'خ' => "XKH",
        'د' => "D",
        'ذ' => "XDH",
        'ر' => "R",
        'ز' => "Z",
        'س' => "S",
        'ش' => "XSH",
        'ص' => "XSS",
        'ض' => "XDZ",
        'ط' => "XTT",
        'ظ' => "XZZ",
        'ع' => "E",
        'غ' => "XGH",
        'ف' => "F",
        'ق' => "Q",
        'ك' => "K",
        'ل' => "L",
        'م' => "M",
        'ن' => "N",
        'ه' => "H",
        'و' => "W",
        'ى' => "XAY",
        'ي' => "Y",
        // Persian and Urdu letters: spelled as they sound, as those states' documents do.
        'پ' => "P",
        'چ' => "CH",
        'ژ' => "ZH",
        'گ' => "G",
        'ک' => "K",
        'ی' => "Y",
        _ => null,
    };

    /// <summary>A readable upper-case spelling of the letter at <paramref name="index"/>; null when not an Arabic letter.</summary>
    public static string? SpellForReading(string text, int index)
    {
        var c = text[index];
        var atWordStart = Previous(text, index) == '\0';
        return c switch
        {
            'ء' => "",
            'آ' or 'أ' or 'ا' or 'ة' or 'ى' => "A",
            'إ' => "I",
            'ؤ' => "U",
            'ئ' => "I",
            'ب' => "B",
            'ت' => "T",
            'ث' => "TH",
            'ج' => "J",
            'ح' => "H",
            'خ' => "KH",
            'د' => "D",
            'ذ' => "DH",
            'ر' => "R",
            'ز' => "Z",
            'س' => "S",
            'ش' => "SH",
            'ص' => "S",
            'ض' => "D",
            'ط' => "T",
            'ظ' => "Z",
            // At the start of a word the ayn carries the vowel a reader expects (علي → Ali).
            'ع' => atWordStart ? "A" : "",
            'غ' => "GH",
            'ف' => "F",
            'ق' => "Q",
            'ك' or 'ک' => "K",
            'ل' => "L",
            'م' => "M",
            'ن' => "N",
            'ه' => "H",
            'و' => Semivowel(text, index, consonant: "W", vowel: "U"),
            'ي' or 'ی' => Semivowel(text, index, consonant: "Y", vowel: "I"),
            'پ' => "P",
            'چ' => "CH",
            'ژ' => "ZH",
            'گ' => "G",
            _ => null,
        };
    }

    // و and ي are consonants at the start of a word, after a long a, or before one;
    // elsewhere they are the long vowels u and i.
    private static string Semivowel(string text, int index, string consonant, string vowel) =>
        Previous(text, index) is '\0' or 'ا' || Next(text, index) is 'ا' ? consonant : vowel;

    private static char Previous(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!IsSilent(text[i]))
            {
                return IsArabic(text[i]) ? text[i] : '\0';
            }
        }

        return '\0';
    }

    private static char Next(string text, int index)
    {
        for (var i = index + 1; i < text.Length; i++)
        {
            if (!IsSilent(text[i]))
            {
                return IsArabic(text[i]) ? text[i] : '\0';
            }
        }

        return '\0';
    }
}
