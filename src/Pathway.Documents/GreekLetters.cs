using System.Text;

namespace Pathway.Documents;

/// <summary>
/// Greek per the ICAO 9303 Part 3 table (the ELOT 743 spelling Greek passports use), with the
/// letter pairs that ELOT spells as one sound: ΟΥ → OU, ΑΥ/ΕΥ/ΗΥ → AV/EV/IV (AF/EF/IF before
/// a voiceless consonant or at the end), ΓΓ → NG, ΓΞ → NX, ΓΧ → NCH, and at the start of a
/// word ΜΠ → B and ΝΤ → D. A diaeresis on the second letter keeps the pair apart (ΑΫ → AY).
/// </summary>
internal static class GreekLetters
{
    public static bool IsGreek(char c) => c is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF';

    /// <summary>The upper-case spelling of the Greek letter at <paramref name="index"/>, and how many characters it used.</summary>
    public static string? Spell(string text, int index, out int consumed)
    {
        consumed = 1;
        var letter = Plain(text[index]);
        var next = Peek(text, index + 1, out var nextHasDiaeresis);
        var atWordStart = index == 0 || !IsGreek(text[index - 1]);

        if (next != '\0' && !nextHasDiaeresis && Pair(text, index, letter, next, atWordStart) is { } pair)
        {
            consumed = 2;
            return pair;
        }

        return Single(letter);
    }

    private static string? Pair(string text, int index, char letter, char next, bool atWordStart) => (letter, next) switch
    {
        ('Ο', 'Υ') => "OU",
        ('Α', 'Υ') => "A" + Upsilon(text, index + 2),
        ('Ε', 'Υ') => "E" + Upsilon(text, index + 2),
        ('Η', 'Υ') => "I" + Upsilon(text, index + 2),
        ('Γ', 'Γ') => "NG",
        ('Γ', 'Ξ') => "NX",
        ('Γ', 'Χ') => "NCH",
        ('Μ', 'Π') when atWordStart => "B",
        ('Ν', 'Τ') when atWordStart => "D",
        _ => null,
    };

    // Υ after Α, Ε, Η sounds F before a voiceless consonant or at the end of the word, V elsewhere.
    private static string Upsilon(string text, int after) =>
        Peek(text, after, out _) is 'Θ' or 'Κ' or 'Ξ' or 'Π' or 'Σ' or 'Τ' or 'Φ' or 'Χ' or 'Ψ' or '\0' ? "F" : "V";

    private static string? Single(char letter) => letter switch
    {
        'Α' => "A",
        'Β' => "V",
        'Γ' => "G",
        'Δ' => "D",
        'Ε' => "E",
        'Ζ' => "Z",
        'Η' => "I",
        'Θ' => "TH",
        'Ι' => "I",
        'Κ' => "K",
        'Λ' => "L",
        'Μ' => "M",
        'Ν' => "N",
        'Ξ' => "X",
        'Ο' => "O",
        'Π' => "P",
        'Ρ' => "R",
        'Σ' => "S",
        'Τ' => "T",
        'Υ' => "Y",
        'Φ' => "F",
        'Χ' => "CH",
        'Ψ' => "PS",
        'Ω' => "O",
        _ => null,
    };

    private static char Peek(string text, int index, out bool hasDiaeresis)
    {
        hasDiaeresis = false;
        if (index >= text.Length || !IsGreek(text[index]))
        {
            return '\0';
        }

        hasDiaeresis = text[index].ToString().Normalize(NormalizationForm.FormD).Contains('\u0308', StringComparison.Ordinal);
        return Plain(text[index]);
    }

    // Upper case without tonos or diaeresis; final sigma becomes Σ.
    private static char Plain(char c) => char.ToUpperInvariant(c).ToString().Normalize(NormalizationForm.FormD)[0] switch
    {
        'ς' => 'Σ',
        var plain => plain,
    };
}
