using System.Globalization;

namespace Pathway.Support.Languages;

/// <summary>The languages people speak to the helpline and the advisory points: any ISO 639-1 code, the commonest offered first on forms.</summary>
internal static class LanguageNames
{
    private static readonly HashSet<string> Codes = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Select(c => c.Name).Where(n => n.Length == 2).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="code"/> is a two-letter ISO 639-1 code of a language the platform's culture data knows.</summary>
    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);

    /// <summary>Every language the platform's culture data knows by an ISO 639-1 code.</summary>
    public static IReadOnlyList<string> All => [.. Codes.Order(StringComparer.Ordinal)];

    /// <summary>The languages of the people who call Polish helplines most, with the office's own.</summary>
    public static readonly IReadOnlyList<string> Offered =
        ["pl", "uk", "ru", "be", "en", "ka", "hy", "az", "tr", "ar", "fa", "ps", "ur", "hi", "bn", "vi", "zh", "es", "fr", "de", "ti", "so", "am", "tg", "uz", "kk"];

    /// <summary>The language's name in the reader's language, as the platform's culture data has it.</summary>
    public static string Of(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code).DisplayName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
