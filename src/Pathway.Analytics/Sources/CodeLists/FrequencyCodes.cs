namespace Pathway.Analytics.Sources.CodeLists;

/// <summary>
/// The codes of a FREQ dimension: SDMX's cross-domain code list CL_FREQ (SDMX Global Registry,
/// SDMX:CL_FREQ 2.0 and 2.1) with the ECB's own additions to its CL_FREQ (E, event).
/// </summary>
internal static class FrequencyCodes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "A", "S", "Q", "M", "W", "D", "H", "B", "N", "E", "I",
        // CL_FREQ 2.1: multi-year and irregular periods.
        "A2", "A3", "A4", "A5", "A10", "A20", "OA", "OM",
    };

    /// <summary>The kind of time period a frequency's observations are written in; null when SDMX does not tie the frequency to one.</summary>
    public static PeriodKind? PeriodOf(string frequency) => frequency switch
    {
        "A" => PeriodKind.Year,
        "S" => PeriodKind.Half,
        "Q" => PeriodKind.Quarter,
        "M" => PeriodKind.Month,
        "W" => PeriodKind.Week,
        "D" or "B" => PeriodKind.Day,
        _ => null,
    };
}
