using Microsoft.Extensions.Localization;

namespace Pathway.Support.Caseload;

/// <summary>The words of the caseload figures in the reader's language.</summary>
public static class CaseloadText
{
    public static string Band(ClosureBand band, IStringLocalizer text) => band switch
    {
        ClosureBand.UpTo30Days => text["Up to 30 days"],
        ClosureBand.UpTo90Days => text["31 to 90 days"],
        ClosureBand.UpTo180Days => text["91 to 180 days"],
        ClosureBand.UpTo365Days => text["181 to 365 days"],
        ClosureBand.Over365Days => text["Over a year"],
    };

    /// <summary>A number of days, with one decimal where it has one; a dash where nothing was closed.</summary>
    public static string Days(double? days) => days is { } d ? d.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture) : "—";
}
