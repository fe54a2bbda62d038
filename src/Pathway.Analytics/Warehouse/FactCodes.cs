namespace Pathway.Analytics.Warehouse;

/// <summary>The codes the warehouse's fixed dimensions hold; Eurostat's where it has them, so tables go out without recoding.</summary>
internal static class FactCodes
{
    public const string SexDimension = "sex";
    public const string AgeBandDimension = "age-band";
    public const string PurposeDimension = "purpose";
    public const string OutcomeDimension = "outcome";
    public const string CitizenshipDimension = "citizenship";

    /// <summary>Sex as declared: F, M, X (neither, as ICAO 9303 writes it), U (not recorded; Eurostat's UNK for sex).</summary>
    public static readonly IReadOnlyList<string> Sexes = ["F", "M", "X", "U"];

    /// <summary>Eurostat's age classes of migration statistics (e.g. migr_asyappctza), by age at submission.</summary>
    public static readonly IReadOnlyList<string> AgeBands = ["Y_LT14", "Y14-17", "Y18-34", "Y35-64", "Y_GE65"];

    public static readonly IReadOnlyList<string> Outcomes = ["Granted", "Refused", "Discontinued"];

    public static string SexOf(string? declared) => declared is "F" or "M" or "X" ? declared : "U";

    /// <summary>Eurostat's code for an unknown age: a support case need not record a birth date.</summary>
    public const string UnknownAge = "UNK";

    /// <summary>ICAO 9303's code for an unknown citizenship.</summary>
    public const string UnknownCitizenship = "XXX";

    public static string AgeBandOf(int? age) => age is { } known ? AgeBandOf(known) : UnknownAge;

    public static string AgeBandOf(int age) => age switch
    {
        < 14 => "Y_LT14",
        < 18 => "Y14-17",
        < 35 => "Y18-34",
        < 65 => "Y35-64",
        _ => "Y_GE65",
    };
}
