namespace Pathway.Forecasting.Staffing;

/// <summary>The ways a staffing target or an hour of calls can be wrong.</summary>
public enum StaffingProblemKind
{
    /// <summary>The service level is not strictly between 0 and 1.</summary>
    ServiceLevel,

    /// <summary>The answer time is not a positive number of seconds.</summary>
    AnswerTime,

    /// <summary>The average handle time is not a positive number of seconds.</summary>
    HandleTime,

    /// <summary>The callers' mean patience is not in (0, <see cref="StaffingTarget.MaxPatienceSeconds"/>].</summary>
    Patience,

    /// <summary>The maximum occupancy is not in (0, 1].</summary>
    Occupancy,

    /// <summary>The shrinkage is not in [0, <see cref="StaffingTarget.MaxShrinkage"/>].</summary>
    Shrinkage,

    /// <summary>The weekday or the hour of a row is not an hour of the week.</summary>
    NotAnHour,

    /// <summary>An hour's calls are negative or not a number.</summary>
    InvalidCalls,

    /// <summary>An hour's calls need more than <see cref="StaffingPlanner.MaxOfferedLoad"/> erlangs: most likely calls per week given as per hour.</summary>
    TooManyCalls,
}
