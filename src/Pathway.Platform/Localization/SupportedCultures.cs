using System.Globalization;

namespace Pathway.Platform.Localization;

/// <summary>
/// The UI languages. The code is what appears in URLs (/ar/...) and the cookie; the culture
/// is what .NET formats with. Dari has no culture of its own in ICU, so it formats as fa-AF.
/// </summary>
public static class SupportedCultures
{
    public sealed record UiLanguage(string Code, string CultureName, string NativeName)
    {
        /// <summary>
        /// The one culture object of this language; the request localization middleware hands this very
        /// object to the request, so what it fixes holds on every page.
        /// </summary>
        public CultureInfo Culture { get; } = Gregorian(CultureName);

        public bool IsRightToLeft => Culture.TextInfo.IsRightToLeft;
    }

    public const string DefaultCode = "pl";

    public static readonly IReadOnlyList<UiLanguage> All =
    [
        new("pl", "pl", "Polski"),
        new("en", "en", "English"),
        new("uk", "uk", "Українська"),
        new("ru", "ru", "Русский"),
        new("ar", "ar", "العربية"),
        new("prs", "fa-AF", "دری"),
        new("ur", "ur", "اردو"),
        new("zh-Hans", "zh-Hans", "简体中文"),
        new("es", "es", "Español"),
        new("de", "de", "Deutsch"),
        new("it", "it", "Italiano"),
        new("nl", "nl", "Nederlands"),
    ];

    public static UiLanguage? ByCode(string? code) =>
        code is null ? null : All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    public static UiLanguage? ByCulture(CultureInfo culture) =>
        All.FirstOrDefault(l => l.CultureName == culture.Name)
        ?? All.FirstOrDefault(l => l.CultureName == culture.TwoLetterISOLanguageName);

    /// <summary>The language to write to a person in: the one they chose, else their office's, else the platform's default.</summary>
    public static UiLanguage ForReader(string? chosen, string? officeDefault = null) => ByCode(chosen) ?? ByCode(officeDefault) ?? ByCode(DefaultCode)!;

    public static UiLanguage Current => ByCulture(CultureInfo.CurrentUICulture) ?? ByCode(DefaultCode)!;

    /// <summary>
    /// fa-AF counts years by the Persian solar calendar (27 April 2026 is 1405/2/7), but deadlines,
    /// appointments and legal dates must read as Gregorian dates, as they do in every other language.
    /// </summary>
    private static CultureInfo Gregorian(string name)
    {
        var culture = new CultureInfo(name, useUserOverride: false);
        if (culture.DateTimeFormat.Calendar is not GregorianCalendar)
        {
            culture.DateTimeFormat.Calendar = new GregorianCalendar();
        }

        return CultureInfo.ReadOnly(culture);
    }
}
