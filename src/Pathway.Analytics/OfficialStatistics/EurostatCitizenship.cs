namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// A citizenship as a case holds it (ISO 3166-1 alpha-3, or an ICAO 9303 code such as "D" or
/// "XXA") turned into Eurostat's citizen code: ISO alpha-2, except Eurostat's own EL (Greece),
/// UK (United Kingdom), XK (Kosovo), STLS (stateless) and UNK (unknown). A code with no Eurostat
/// counterpart is refused (null), never counted as "other": the caller sees it and fixes the case.
/// </summary>
/// <remarks>
/// The table is the Analytics module's own data rather than a call to the Documents engine: the
/// engine knows alpha-3 codes and names but not alpha-2 codes, Eurostat's exceptions are a
/// statistical convention that has no place in an MRZ reader, and keeping Analytics off the
/// engines of other modules keeps its only engine dependency on Forecasting (docs/architecture.md).
/// </remarks>
internal static partial class EurostatCitizenship
{
    /// <summary>Eurostat's code for persons without a citizenship.</summary>
    public const string Stateless = "STLS";

    /// <summary>Eurostat's code for a citizenship that is not known.</summary>
    public const string Unknown = "UNK";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Codes = new(Load);

    /// <summary>
    /// Eurostat's codes for the citizenships of the Union (EU27_2020), in the order of Eurostat's
    /// protocol: a residence permit under Article 6 of Regulation 862/2007 is issued to a
    /// "third-country national", "any person who is not a citizen of the Union" (Article 2(1)(i)).
    /// </summary>
    public static readonly IReadOnlyList<string> Union =
        ["BE", "BG", "CZ", "DK", "DE", "EE", "IE", "EL", "ES", "FR", "HR", "IT", "CY", "LV", "LT", "LU", "HU", "MT", "NL", "AT", "PL", "PT", "RO", "SI", "SK", "FI", "SE"];

    /// <summary>The countries that report residence permits to Eurostat: the Union and the EFTA states.</summary>
    public static readonly IReadOnlyList<string> ReportingCountries = [.. Union, "IS", "LI", "NO", "CH"];

    /// <summary>Eurostat's citizen code for the case's code (trimmed, any case, MRZ fillers dropped), or null when Eurostat has none.</summary>
    public static string? Of(string? caseCode)
    {
        var key = caseCode?.Trim().TrimEnd('<').ToUpperInvariant();
        return string.IsNullOrEmpty(key) ? null : Codes.Value.GetValueOrDefault(key);
    }

    /// <summary>True for a citizen code of a Member State (after <see cref="Of"/>).</summary>
    public static bool IsUnionCitizenship(string eurostatCode) => Union.Contains(eurostatCode, StringComparer.Ordinal);

    /// <summary>
    /// The order of citizen codes in the tables: countries by their code (Eurostat's lists are in
    /// code order), then stateless and unknown, which are not countries.
    /// </summary>
    public static int Order(string eurostatCode) => eurostatCode switch
    {
        Stateless => 1,
        Unknown => 2,
        _ => 0,
    };

    private static Dictionary<string, string> Load()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var words = Iso3166.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i += 2)
        {
            codes.Add(words[i], words[i + 1] switch
            {
                // Eurostat's country codes follow ISO 3166-1 alpha-2 except for these two
                // (Eurostat, "Country codes", Statistics Explained glossary).
                "GR" => "EL",
                "GB" => "UK",
                var alpha2 => alpha2,
            });
        }

        foreach (var (icao, eurostat) in IcaoSpecialCodes)
        {
            codes.Add(icao, eurostat);
        }

        return codes;
    }

    // ICAO 9303 Part 3 codes outside ISO alpha-3 that name a citizenship, or its absence. The
    // others (EUE, UNO, UNA, XBA ... XDC) name organisations that issue documents, and ANT, NTZ
    // and UTO name no state Eurostat counts: they are refused.
    private static readonly (string Icao, string Eurostat)[] IcaoSpecialCodes =
    [
        ("D", "DE"),
        // British nationals of every class ICAO tells apart are citizens of the United Kingdom for Eurostat.
        ("GBD", "UK"), ("GBN", "UK"), ("GBO", "UK"), ("GBP", "UK"), ("GBS", "UK"),
        // Kosovo: ICAO's RKS, the code used in the Union XXK, and UNK, a resident of Kosovo
        // travelling on an UNMIK document (not Eurostat's UNK, "unknown").
        ("RKS", "XK"), ("XXK", "XK"), ("UNK", "XK"),
        // XXA: stateless under the 1954 Convention.
        ("XXA", Stateless),
        // XXB, XXC: a refugee's document names the status, not the citizenship, and XXX says the
        // issuer did not specify it; Eurostat counts refugees by their citizenship, which the
        // case does not hold, so the citizenship is unknown.
        ("XXB", Unknown), ("XXC", Unknown), ("XXX", Unknown),
    ];
}
