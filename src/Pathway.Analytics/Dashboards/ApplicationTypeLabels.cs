using Microsoft.Extensions.Localization;

namespace Pathway.Analytics.Dashboards;

/// <summary>
/// The names of the application types of the Polish catalogue the cases module seeds, translated; a
/// type an office added later shows its code.
/// </summary>
internal static class ApplicationTypeLabels
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["temporary-work"] = "Temporary residence and work",
        ["blue-card"] = "EU Blue Card",
        ["family"] = "Family reunification",
        ["studies"] = "Studies",
        ["business"] = "Business activity",
        ["other-circumstances"] = "Other circumstances",
        ["permanent"] = "Permanent residence",
        ["eu-long-term"] = "EU long-term resident",
    };

    public static string Of(string code, IStringLocalizer text) => Names.TryGetValue(code, out var name) ? text[name] : code;
}
