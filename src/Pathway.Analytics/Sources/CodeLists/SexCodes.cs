namespace Pathway.Analytics.Sources.CodeLists;

/// <summary>
/// The codes of a SEX dimension: SDMX's cross-domain CL_SEX (F, M, U, _T, _U, _N, _Z, _X and the
/// older T) and Eurostat's SEX code list (ESTAT:SEX: T, F, M, UNK, NAP, DIFF, OTH).
/// </summary>
internal static class SexCodes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "F", "M", "T", "U",
        "_T", "_U", "_N", "_Z", "_X", "_O",
        "UNK", "NAP", "DIFF", "OTH", "X",
    };
}
