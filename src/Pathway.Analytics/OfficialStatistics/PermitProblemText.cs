using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;

namespace Pathway.Analytics.OfficialStatistics;

/// <summary>What stops a year's permit tables, in the reader's language.</summary>
internal static class PermitProblemText
{
    public static string Describe(PermitStatisticsProblem problem, IStringLocalizer<AnalyticsText> text) => problem.Kind switch
    {
        PermitProblemKind.UnknownReportingCountry => text["The reporting country {0} does not send these statistics to Eurostat.", problem.Value],
        PermitProblemKind.MissingPersonKey => text["Permits without a person, whose history cannot be read (permits: {0}).", problem.Permits],
        PermitProblemKind.UnknownCitizenship => text["The citizenship {0} has no code in Eurostat's list; correct it in the cases (permits: {1}).", problem.Value, problem.Permits],
        PermitProblemKind.CitizenOfTheUnion => text["The citizenship {0} is of a Member State of the Union, whose citizens get no residence permit in these statistics (permits: {1}).", problem.Value, problem.Permits],
        PermitProblemKind.ValidityEndsBeforeStart => text["The permit ends on {0}, before it starts (permits: {1}).", problem.Value, problem.Permits],
    };
}
