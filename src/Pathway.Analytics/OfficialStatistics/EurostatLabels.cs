using Microsoft.Extensions.Localization;

namespace Pathway.Analytics.OfficialStatistics;

/// <summary>Eurostat's reason and duration codes in the reader's words, for the page and the report alike.</summary>
public static class EurostatLabels
{
    public static string Reason(string code, IStringLocalizer text) => code switch
    {
        "FAM" => text["Family reasons"],
        "EDUC" => text["Education reasons"],
        "OCC" => text["Remunerated activities"],
        "OTH" => text["Other reasons"],
        _ => text["Total"],
    };

    public static string Duration(string code, IStringLocalizer text) => code switch
    {
        "M3-5" => text["3 to 5 months"],
        "M6-11" => text["6 to 11 months"],
        "M_GE12" => text["12 months or over"],
        _ => text["Total"],
    };
}
