using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Forecasting;
using Pathway.Forecasting.Workload;

namespace Pathway.Analytics.Planning;

/// <summary>The engine's workload problems in the reader's language: the kind picks the sentence, the problem supplies its type and figures.</summary>
internal static class WorkloadProblemText
{
    /// <summary>The message alone, for a field named elsewhere (the API's <c>types[1].deadlineDays</c>, a table's cell).</summary>
    public static string Describe(WorkloadProblem problem, IStringLocalizer<AnalyticsText> text) => problem.Kind switch
    {
        WorkloadProblemKind.NoTypes => text["Send at least one application type."],
        WorkloadProblemKind.UnnamedType => text["This field is required."],
        WorkloadProblemKind.TypeListedTwice => text["The application type {0} is listed twice.", problem.Type ?? ""],
        WorkloadProblemKind.HandlingHours => text["Enter a number greater than zero."],
        WorkloadProblemKind.DeadlineDays => text["Enter a whole number greater than zero."],
        WorkloadProblemKind.NegativeBacklog => text["Enter a whole number of zero or more."],
        WorkloadProblemKind.BacklogAgesAndAverage => text["Give the ages of the cases waiting or their average, not both."],
        WorkloadProblemKind.BacklogAgesCount => text["Ages given: {0}; cases waiting: {1}. Give one age per case.", problem.Value, problem.Expected],
        WorkloadProblemKind.BacklogAges => text["The ages of the cases waiting must be zero or more days."],
        WorkloadProblemKind.BacklogAverageAge => text["Enter a number of zero or more."],
        WorkloadProblemKind.InflowForUnknownType => text["{0} is not among the application types.", problem.Type ?? ""],
        WorkloadProblemKind.InflowGivenTwice => text["The inflow for {0} is given twice.", problem.Type ?? ""],
        WorkloadProblemKind.InflowLength => text["Send {0} values, one per month, as many as the first inflow has.", problem.Expected],
        WorkloadProblemKind.InflowValues => text["Enter a number of zero or more."],
        WorkloadProblemKind.UpperLength => text["Send as many values as the mean has: {0}.", problem.Expected],
        WorkloadProblemKind.UpperValues => text["Enter a number of zero or more."],
        WorkloadProblemKind.NoInflowForType => text["There is no inflow for {0}: send zeros if no new cases are expected.", problem.Type ?? ""],
        WorkloadProblemKind.NoMonths => text["The inflow must cover at least one month."],
        WorkloadProblemKind.OfficerHoursTooFew => text["Send {0} values, one per month, as many as the inflow has.", problem.Expected],
        WorkloadProblemKind.OfficerHoursValues => text["Enter a number of zero or more."],
        WorkloadProblemKind.HoursPerFte => text["Enter a number greater than zero."],
        WorkloadProblemKind.NoInflowRows => text["The inflow has no rows."],
        WorkloadProblemKind.InflowNamesUnknownType => text["The inflow names {0}, which is not in the application types table.", problem.Type ?? ""],
        WorkloadProblemKind.InflowMonthGivenTwice => text["The inflow for {0} in {1} is given twice.", problem.Type ?? "", MonthList(problem.Months, text)],
        WorkloadProblemKind.OfficerHoursMonthGivenTwice => text["Officer hours for {0} are given twice.", MonthList(problem.Months, text)],
        WorkloadProblemKind.InflowMonthsMissing => text["{0} has no inflow for {1}.", problem.Type ?? "", MonthList(problem.Months, text)],
        WorkloadProblemKind.OfficerHoursMonthsMissing => text["Officer hours are missing for {0}.", MonthList(problem.Months, text)],
    };

    /// <summary>The message with what it is about (the type, the figure), as a list of a form's problems shows it.</summary>
    public static string WithPlace(WorkloadProblem problem, IStringLocalizer<AnalyticsText> text)
    {
        var message = Describe(problem, text);
        return (problem.Type, Label(problem.Kind, text)) switch
        {
            ({ } type, { } label) => text["{0}, {1}: {2}", type, label, message],
            (null, { } label) => text["{0}: {1}", label, message],
            ({ } type, null) when !NamesItsType(problem.Kind) => text["{0}: {1}", type, message],
            _ => message,
        };
    }

    private static bool NamesItsType(WorkloadProblemKind kind) => kind is WorkloadProblemKind.TypeListedTwice or WorkloadProblemKind.InflowForUnknownType
        or WorkloadProblemKind.InflowGivenTwice or WorkloadProblemKind.NoInflowForType or WorkloadProblemKind.InflowNamesUnknownType
        or WorkloadProblemKind.InflowMonthGivenTwice or WorkloadProblemKind.InflowMonthsMissing;

    /// <summary>The page's label of the figure a problem is about; null for a problem that names its subject itself.</summary>
    private static string? Label(WorkloadProblemKind kind, IStringLocalizer<AnalyticsText> text) => kind switch
    {
        WorkloadProblemKind.UnnamedType => text["Application type"].Value,
        WorkloadProblemKind.HandlingHours => text["Handling hours per case"].Value,
        WorkloadProblemKind.DeadlineDays => text["Statutory deadline (days)"].Value,
        WorkloadProblemKind.NegativeBacklog => text["Cases waiting now"].Value,
        WorkloadProblemKind.BacklogAverageAge => text["Their average age in days (optional)"].Value,
        WorkloadProblemKind.InflowValues => text["New cases per month"].Value,
        WorkloadProblemKind.UpperLength or WorkloadProblemKind.UpperValues => text["Upper 80% inflow"].Value,
        WorkloadProblemKind.OfficerHoursTooFew or WorkloadProblemKind.OfficerHoursValues => text["Officer-hours for case work"].Value,
        WorkloadProblemKind.HoursPerFte => text["Productive hours of one full-time officer a month"].Value,
        _ => null,
    };

    /// <summary>The months named, the first few by their YYYY-MM and the rest counted.</summary>
    public static string MonthList(IReadOnlyList<DateOnly> months, IStringLocalizer<AnalyticsText> text)
    {
        var named = string.Join(", ", months.Take(WorkloadProblem.MonthsNamed).Select(m => Frequency.Monthly.Format(m)));
        return months.Count > WorkloadProblem.MonthsNamed ? text["{0} and {1} more months", named, months.Count - WorkloadProblem.MonthsNamed] : named;
    }
}
