using System.Text.RegularExpressions;

namespace Pathway.Analytics.Sources.CodeLists;

/// <summary>
/// The codes of a GEO, CITIZEN or COUNTRY dimension: ISO 3166-1 alpha-2 (ISO 3166 Maintenance
/// Agency, the 249 officially assigned codes) and the codes Eurostat uses beside them (Eurostat's
/// GEO and CITIZEN code lists and the Country Codes chapter of its Interinstitutional Style Guide:
/// EL for Greece, UK, XK for Kosovo, the EU and euro-area aggregates, STLS stateless, UNK unknown,
/// RNC recognised non-citizens); a GEO may be a NUTS region of a country (NUTS 2021, e.g. PL91).
/// </summary>
internal static partial class GeoCodes
{
    private const string Iso3166Alpha2 = """
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
        BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
        EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
        HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
        LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
        NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
        SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
        TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
        """;

    // Eurostat's own: country codes it writes differently or keeps after ISO withdrew them, and its aggregates.
    private const string Eurostat = """
        EL UK XK AN CS YU SU FX DE_TOT
        TOTAL STLS UNK RNC NRP FOR NAT REP EXT OTH
        EU EU27_2020 EU28 EU27_2007 EU25 EU15 EU12 EU6 EA EA11 EA12 EA13 EA15 EA16 EA17 EA18 EA19 EA20
        EFTA EEA EEA30_2007 EEA31 EEA28 EU_V EA_V EU27_2020_EFTA EU28_EFTA
        EXT_EU27_2020 EXT_EU28 EXT_EU27_2007 EXT_EU EXT_EA
        EUR_OTH AFR_OTH AME_OTH ASI_OTH OCE_OTH EUR AFR AME ASI OCE
        """;

    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        (Iso3166Alpha2 + " " + Eurostat).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Whether a GEO, CITIZEN or COUNTRY code is known; <paramref name="regions"/> lets NUTS codes of known countries pass (GEO only).</summary>
    public static bool IsKnown(string code, bool regions) =>
        All.Contains(code)
        || Aggregate().IsMatch(code)
        || regions && Nuts().Match(code) is { Success: true } nuts && All.Contains(nuts.Groups["country"].Value);

    // Eurostat's family of aggregates (EU27_2020_FOR, NEU27_2020_FOR, EXT_EA20 ...), by their pattern rather than one by one.
    [GeneratedRegex("^(EXT_)?N?(EU|EA|EEA|EFTA)[0-9]{0,2}(_[0-9]{4})?(_N?FOR)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Aggregate();

    // NUTS 1 to 3 and Eurostat's extra-regio (PLZ, PLZZ, PLZZZ) under a country code.
    [GeneratedRegex("^(?<country>[A-Z]{2})[0-9A-Z]{1,3}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Nuts();
}
