namespace Pathway.Portal.ReadAloud;

/// <summary>
/// The voice for each of the portal's languages: the language tag a browser's speech synthesis is
/// asked for, and the espeak-ng voice the server speaks with where the browser has none (Dari is
/// spoken with the Persian voice: the written language is the same, the accent is Iranian).
/// </summary>
public static class SpeechVoices
{
    private static readonly Dictionary<string, (string Browser, string Espeak)> Voices = new(StringComparer.Ordinal)
    {
        ["pl"] = ("pl-PL", "pl"),
        ["en"] = ("en-GB", "en-gb"),
        ["uk"] = ("uk-UA", "uk"),
        ["ru"] = ("ru-RU", "ru"),
        ["ar"] = ("ar", "ar"),
        ["prs"] = ("fa-AF", "fa"),
        ["ur"] = ("ur-PK", "ur"),
        ["zh-Hans"] = ("zh-CN", "cmn"),
        ["es"] = ("es-ES", "es"),
        ["de"] = ("de-DE", "de"),
        ["it"] = ("it-IT", "it"),
        ["nl"] = ("nl-NL", "nl"),
    };

    public static IReadOnlyCollection<string> Languages => Voices.Keys;

    /// <summary>The tag to ask a browser for (its speech synthesis matches voices by it), or null for a language the portal does not have.</summary>
    public static string? BrowserTag(string language) => Voices.TryGetValue(language, out var v) ? v.Browser : null;

    public static string? EspeakVoice(string language) => Voices.TryGetValue(language, out var v) ? v.Espeak : null;
}
