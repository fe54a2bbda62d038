using System.Globalization;

namespace Pathway.Forecasting.Workload;

/// <summary>
/// One thing wrong with a workload plan's input: its kind, the application type and entry it is
/// on, and the figures it names. <see cref="Message"/> is plain English for logs and the CLI; pages
/// and the API word the problem from its fields.
/// </summary>
public sealed record WorkloadProblem(WorkloadProblemKind Kind)
{
    /// <summary>Months named one by one in <see cref="Message"/>; the rest are counted.</summary>
    public const int MonthsNamed = 6;

    /// <summary>The application type concerned: a type's name, or the type an inflow names; null when none.</summary>
    public string? Type { get; init; }

    /// <summary>The entry's place (0-based) in <see cref="WorkloadInput.Types"/> or, for an inflow's problem, in <see cref="WorkloadInput.Inflow"/>; null when the problem is on no one entry.</summary>
    public int? Index { get; init; }

    /// <summary>The figure found: hours, days, cases, an age, or how many values or months were given.</summary>
    public double Value { get; init; }

    /// <summary>The count <see cref="Value"/> should have matched: the months of the inflow, the cases of a backlog.</summary>
    public int Expected { get; init; }

    /// <summary>The months concerned: those missing, or the one given twice.</summary>
    public IReadOnlyList<DateOnly> Months { get; init; } = [];

    public string Message => Kind switch
    {
        WorkloadProblemKind.NoTypes => "At least one application type is needed.",
        WorkloadProblemKind.UnnamedType => "An application type has no name.",
        WorkloadProblemKind.TypeListedTwice => Text($"The application type '{Type}' is listed twice."),
        WorkloadProblemKind.HandlingHours => Text($"'{Type}': handling hours per case must be a positive number; it is {Value}."),
        WorkloadProblemKind.DeadlineDays => Text($"'{Type}': the statutory deadline must be a positive number of days; it is {Value}."),
        WorkloadProblemKind.NegativeBacklog => Text($"'{Type}': the opening backlog cannot be negative; it is {Value}."),
        WorkloadProblemKind.BacklogAgesAndAverage => Text($"'{Type}': give the backlog's ages or their average, not both."),
        WorkloadProblemKind.BacklogAgesCount => Text($"'{Type}': {Value} ages are given for a backlog of {Expected} cases."),
        WorkloadProblemKind.BacklogAges => Text($"'{Type}': backlog ages must be zero or more days."),
        WorkloadProblemKind.BacklogAverageAge => Text($"'{Type}': the backlog's average age must be zero or more days; it is {Value}."),
        WorkloadProblemKind.InflowForUnknownType => Text($"There is inflow for '{Type}', which is not among the application types."),
        WorkloadProblemKind.InflowGivenTwice => Text($"The inflow for '{Type}' is given twice."),
        WorkloadProblemKind.InflowLength => Text($"The inflow for '{Type}' covers {Value} months; the others cover {Expected}."),
        WorkloadProblemKind.InflowValues => Text($"The inflow for '{Type}' has a value that is negative or not a number."),
        WorkloadProblemKind.UpperLength => Text($"The upper 80% inflow for '{Type}' covers {Value} months; the mean covers {Expected}."),
        WorkloadProblemKind.UpperValues => Text($"The upper 80% inflow for '{Type}' has a value that is negative or not a number."),
        WorkloadProblemKind.NoInflowForType => Text($"There is no inflow for '{Type}' (give zeros if no new cases are expected)."),
        WorkloadProblemKind.NoMonths => "The inflow must cover at least one month.",
        WorkloadProblemKind.OfficerHoursTooFew => Text($"Officer hours are given for {Value} months; the inflow covers {Expected}."),
        WorkloadProblemKind.OfficerHoursValues => "Officer hours must be zero or more in every month.",
        WorkloadProblemKind.HoursPerFte => Text($"Hours per full-time officer must be a positive number; it is {Value}."),
        WorkloadProblemKind.NoInflowRows => "The inflow has no rows.",
        WorkloadProblemKind.InflowNamesUnknownType => Text($"The inflow names '{Type}', which is not in the application types table."),
        WorkloadProblemKind.InflowMonthGivenTwice => Text($"The inflow for '{Type}' in {MonthList()} is given twice."),
        WorkloadProblemKind.OfficerHoursMonthGivenTwice => Text($"Officer hours for {MonthList()} are given twice."),
        WorkloadProblemKind.InflowMonthsMissing => Text($"'{Type}' has no inflow for {MonthList()}."),
        WorkloadProblemKind.OfficerHoursMonthsMissing => Text($"Officer hours are missing for {MonthList()}."),
    };

    public override string ToString() => Message;

    private string MonthList()
    {
        var named = string.Join(", ", Months.Take(MonthsNamed).Select(m => Frequency.Monthly.Format(m)));
        return Months.Count > MonthsNamed ? Text($"{named} and {Months.Count - MonthsNamed} more months") : named;
    }

    // As the engine always wrote these: figures in the current culture.
    private static string Text(FormattableString message) => message.ToString(CultureInfo.CurrentCulture);
}
