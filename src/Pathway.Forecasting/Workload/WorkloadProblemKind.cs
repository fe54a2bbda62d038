namespace Pathway.Forecasting.Workload;

/// <summary>The ways a workload plan's input, or the uploads it is put together from, can be wrong.</summary>
public enum WorkloadProblemKind
{
    /// <summary>No application type at all.</summary>
    NoTypes,

    /// <summary>An application type without a name.</summary>
    UnnamedType,

    /// <summary>Two application types of the same name (case ignored).</summary>
    TypeListedTwice,

    /// <summary>A type's handling hours per case are not a positive number.</summary>
    HandlingHours,

    /// <summary>A type's statutory deadline is not a positive number of days.</summary>
    DeadlineDays,

    /// <summary>A type's opening backlog is negative.</summary>
    NegativeBacklog,

    /// <summary>A type's backlog has both the ages of its cases and their average.</summary>
    BacklogAgesAndAverage,

    /// <summary>A type's backlog has a different number of ages than cases.</summary>
    BacklogAgesCount,

    /// <summary>An age of a type's backlog cases is negative or not a number.</summary>
    BacklogAges,

    /// <summary>The average age of a type's backlog is negative or not a number.</summary>
    BacklogAverageAge,

    /// <summary>Inflow for a type that is not among the application types.</summary>
    InflowForUnknownType,

    /// <summary>Two inflows for the same type.</summary>
    InflowGivenTwice,

    /// <summary>An inflow covers another number of months than the first.</summary>
    InflowLength,

    /// <summary>An inflow has a value that is negative or not a number.</summary>
    InflowValues,

    /// <summary>An inflow's upper 80% bound covers another number of months than its mean.</summary>
    UpperLength,

    /// <summary>An inflow's upper 80% bound has a value that is negative or not a number.</summary>
    UpperValues,

    /// <summary>An application type without inflow.</summary>
    NoInflowForType,

    /// <summary>The inflow covers no month.</summary>
    NoMonths,

    /// <summary>Officer hours are given for fewer months than the inflow covers.</summary>
    OfficerHoursTooFew,

    /// <summary>Officer hours are negative or not a number in some month.</summary>
    OfficerHoursValues,

    /// <summary>The productive hours of one full-time officer are not a positive number.</summary>
    HoursPerFte,

    /// <summary>The uploaded inflow has no rows.</summary>
    NoInflowRows,

    /// <summary>The uploaded inflow names a type the types table does not have.</summary>
    InflowNamesUnknownType,

    /// <summary>The uploaded inflow gives a type's month twice.</summary>
    InflowMonthGivenTwice,

    /// <summary>The uploaded officer hours give a month twice.</summary>
    OfficerHoursMonthGivenTwice,

    /// <summary>The uploaded inflow lacks months of a type between the inflow's first and last month.</summary>
    InflowMonthsMissing,

    /// <summary>The uploaded officer hours lack months between the inflow's first and last month.</summary>
    OfficerHoursMonthsMissing,
}
