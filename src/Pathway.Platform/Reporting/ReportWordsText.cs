using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Platform.Reporting;

/// <summary>The report files' own words in the current UI language, from the platform's strings: every module's reports say them alike.</summary>
public static class ReportWordsText
{
    public static ReportWords Of(IStringLocalizer<Text> text) => new(
        text["c: confidential. Too few persons to show, or a figure from which one could be worked out."],
        text["Report"], text["What"], text["Value"]);
}
