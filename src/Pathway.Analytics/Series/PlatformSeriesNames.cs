using Microsoft.Extensions.Localization;
using Pathway.Analytics.Demo;
using Pathway.Analytics.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Series;

/// <summary>
/// Names of the series the platform itself keeps (the demo office's applications and helpline
/// calls) in the reader's language. They are stored with English titles; a series a user
/// uploaded keeps the title the user gave it.
/// </summary>
public static class PlatformSeriesNames
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        // The English titles are the keys of their translations (tools/ui_strings.py lists them).
        ["applications.unit.residence-legalisation"] = "Applications, all types: residence legalisation unit",
        ["applications.unit.client-service"] = "Applications, all types: client service unit",
        ["applications.total"] = "Applications, all types: voivodeship",
        ["helpline.calls.daily"] = "Helpline calls per day",
    };

    private static readonly Dictionary<string, DemoApplicationType> Types =
        DemoApplicationType.All.ToDictionary(t => t.SeriesKey, StringComparer.Ordinal);

    /// <summary>The title the platform stores for a series of its own, or null for any other key.</summary>
    public static string? EnglishTitle(string key) =>
        Types.TryGetValue(key, out var type) ? type.SeriesTitle : Titles.GetValueOrDefault(key);

    /// <summary>The series is the platform's own and still carries its title; any other title is a user's data, shown as given.</summary>
    public static bool IsPlatformTitle(string key, string storedTitle) => EnglishTitle(key) is { } english && english == storedTitle;

    /// <summary>The title to show: translated when the series is the platform's own and still carries its title.</summary>
    public static string Title(string key, string storedTitle, IStringLocalizer<AnalyticsText> text) =>
        IsPlatformTitle(key, storedTitle) ? text[storedTitle].Value : storedTitle;

    /// <summary>The translated name of an application type given by its series key, or null for a type the platform does not define.</summary>
    public static string? TypeName(string key, IStringLocalizer<AnalyticsText> text) =>
        Types.TryGetValue(key, out var type) ? text[type.Title].Value : null;
}
