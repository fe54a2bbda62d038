using System.Globalization;
using System.Resources;
using Pathway.Analytics.Localization;
using Pathway.Cases.Localization;
using Pathway.People.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Web.Tests;

/// <summary>The resource sets of the platform and of each module, for tests that expect a translated text.</summary>
internal static class UiTexts
{
    public static readonly IReadOnlyList<ResourceManager> Sets =
    [
        Of(typeof(Text)),
        Of(typeof(PeopleText)),
        Of(typeof(AnalyticsText)),
        Of(typeof(CasesText)),
        Of(typeof(Pathway.Support.Localization.SupportText)),
    ];

    /// <summary>The translation of <paramref name="key"/> in the first set that has it; null when none does.</summary>
    public static string? GetString(string key, CultureInfo culture) =>
        Sets.Select(set => set.GetString(key, culture)).FirstOrDefault(text => text is not null);

    public static ResourceManager Of(Type anchor) => new(anchor.FullName!, anchor.Assembly);
}
