using System.Text;

namespace Pathway.Documents;

/// <summary>
/// Folds a name to the sounds that survive every romanisation in use for it, so that the
/// spellings of one name in Ukrainian passports, ICAO MRZs, Polish and German documents meet:
/// <list type="bullet">
/// <item>Native scripts are first written in Latin (<see cref="Transliteration"/>); Polish and
/// Czech letters keep their sound (Ż, Ž as ZH; Š as SH; Č as CH) rather than losing their mark.</item>
/// <item>One sound, many spellings: SH, SZ, SCH, Š → SH; CH, CZ, TSCH, TCH, Č → CH; ZH, Ż, Ž → ZH;
/// TS, TZ, Polish C, Ć → TS; W → V; X → KS; Q → K; PH → F; CK → K.</item>
/// <item>Ukrainian Г is H nationally, G in ICAO and Russian spellings, and Х is KH or H: G, H, KH and GH
/// all fold to H (Hrytsenko, Grycenko, Gritsenko).</item>
/// <item>Y, J and I stand for the same glide or vowel across spellings (Yuliia, Iuliia, Julia;
/// Serhii, Sergiy), so all become I.</item>
/// <item>Doubled letters collapse (IULIIA → IULIA).</item>
/// </list>
/// Vowels otherwise stay, which keeps different names apart (Kovalenko, Kovalchuk).
/// <para>CH is Ч in English, Ukrainian and Czech spellings but Х in Polish (Chomenko for Хоменко,
/// Charków for Харків). The skeleton reads it as Ч; <see cref="Words(string?, bool)"/> with
/// <c>polishCh</c> reads it as Х (KH, so H), for a searcher to try both.</para>
/// </summary>
internal static class NameSkeleton
{
    // Internal symbols for one sound each, rendered back as readable digraphs.
    private const char Sh = 'Š';
    private const char Ch = 'Č';
    private const char Zh = 'Ž';
    private const char Ts = 'C';

    private static readonly (string Spelling, string Sound)[] Spellings =
    [
        ("TSCH", $"{Ch}"),
        ("SCH", $"{Sh}"),
        ("TCH", $"{Ch}"),
        ("SH", $"{Sh}"),
        ("SZ", $"{Sh}"),
        ("CH", $"{Ch}"),
        ("CZ", $"{Ch}"),
        ("ZH", $"{Zh}"),
        ("KH", "H"),
        ("GH", "H"),
        ("TS", $"{Ts}"),
        ("TZ", $"{Ts}"),
        ("PH", "F"),
        ("CK", "K"),
        ("C", $"{Ts}"),
        ("G", "H"),
        ("W", "V"),
        ("X", "KS"),
        ("Q", "K"),
        ("J", "I"),
        ("Y", "I"),
    ];

    /// <summary>The skeleton of each word of the name, in order.</summary>
    public static IReadOnlyList<string> Words(string? name) => Words(name, polishCh: false);

    /// <summary>The same, with <paramref name="polishCh"/> reading a Latin CH as Polish Х rather than Ч.</summary>
    public static IReadOnlyList<string> Words(string? name, bool polishCh)
    {
        var words = new List<string>();
        foreach (var word in Latin(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var skeleton = Fold(word, polishCh);
            if (skeleton.Length > 0)
            {
                words.Add(skeleton);
            }
        }

        return words;
    }

    /// <summary>The readable form of a skeleton word.</summary>
    public static string Render(string skeleton) => string.Concat(skeleton.Select(sound => sound switch
    {
        Sh => "SH",
        Ch => "CH",
        Zh => "ZH",
        Ts => "TS",
        _ => sound.ToString(),
    }));

    // Upper-case Latin words. Letters whose mark carries the sound are spelled with that sound
    // before transliteration, which would otherwise drop the mark (Ż → Z).
    private static string Latin(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        var spelled = new StringBuilder(name.Length);
        foreach (var c in WellFormedText.Of(name).Normalize(NormalizationForm.FormC))
        {
            spelled.Append(char.ToUpperInvariant(c) switch
            {
                'Ż' or 'Ž' => "ZH",
                'Š' => "SH",
                'Č' => "CH",
                'Ć' => "TS",
                // For matching, an umlaut is the vowel, whichever spelling a document chose.
                'Ä' => "A",
                'Ö' or 'Ø' => "O",
                'Ü' => "U",
                _ => c.ToString(),
            });
        }

        return Transliteration.ToLatin(spelled.ToString()).ToUpperInvariant().Replace('-', ' ');
    }

    /// <summary>Whether the name has a Latin CH that Polish would read as Х (not the TSCH or SCH of German spellings).</summary>
    public static bool HasAmbiguousCh(string? name) => Latin(name).Split(' ').Any(word => !Fold(word, polishCh: true).Equals(Fold(word, polishCh: false), StringComparison.Ordinal));

    private static string Fold(string word, bool polishCh)
    {
        var sounds = new StringBuilder(word.Length);
        var index = 0;
        while (index < word.Length)
        {
            var (spelling, sound) = Spellings.FirstOrDefault(s => word.AsSpan(index).StartsWith(s.Spelling, StringComparison.Ordinal));
            if (spelling is not null)
            {
                sounds.Append(polishCh && spelling == "CH" ? "H" : sound);
                index += spelling.Length;
                continue;
            }

            var c = word[index];
            if (char.IsAsciiLetterUpper(c) || c is Sh or Ch or Zh)
            {
                sounds.Append(c);
            }

            index++;
        }

        var collapsed = new StringBuilder(sounds.Length);
        foreach (var sound in sounds.ToString())
        {
            if (collapsed.Length == 0 || collapsed[^1] != sound)
            {
                collapsed.Append(sound);
            }
        }

        return collapsed.ToString();
    }
}
