namespace Pathway.Analytics.Sources.CodeLists;

/// <summary>
/// The dimensions whose codes are checked, by their id (any letter case: Eurostat writes <c>geo</c>).
/// Dimensions not named here (AGE, UNIT, ASYL_APP ...) are left free: their lists are too many and too open.
/// </summary>
internal static class KnownCodeLists
{
    public static Func<string, bool>? For(string dimension) => dimension.ToUpperInvariant() switch
    {
        "FREQ" => FrequencyCodes.All.Contains,
        "SEX" => SexCodes.All.Contains,
        "GEO" => code => GeoCodes.IsKnown(code, regions: true),
        "CITIZEN" or "COUNTRY" => code => GeoCodes.IsKnown(code, regions: false),
        _ => null,
    };
}
