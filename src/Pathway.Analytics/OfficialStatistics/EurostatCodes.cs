namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// The codes of the residence-permit data structures, in their code lists' order: the order of
/// rows in every file, so that the same permits always give the same bytes.
/// </summary>
internal static class EurostatCodes
{
    /// <summary>The total over a dimension's codes.</summary>
    public const string Total = "TOTAL";

    /// <summary>FREQ: annual.</summary>
    public const string Annual = "A";

    /// <summary>UNIT: persons (a permit counts its holder).</summary>
    public const string Persons = "PER";

    /// <summary>REASON, total first.</summary>
    public static readonly IReadOnlyList<string> Reasons = [Total, .. Enum.GetValues<EurostatReason>().Select(Reason)];

    /// <summary>DURATION, total first.</summary>
    public static readonly IReadOnlyList<string> Durations = [Total, .. Enum.GetValues<ValidityBand>().Select(Duration)];

    public static string Reason(EurostatReason reason) => reason switch
    {
        EurostatReason.Family => "FAM",
        EurostatReason.Education => "EDUC",
        EurostatReason.RemuneratedActivities => "OCC",
        EurostatReason.Other => "OTH",
    };

    public static string Duration(ValidityBand band) => band switch
    {
        ValidityBand.Months3To5 => "M3-5",
        ValidityBand.Months6To11 => "M6-11",
        ValidityBand.Months12OrMore => "M_GE12",
    };
}
