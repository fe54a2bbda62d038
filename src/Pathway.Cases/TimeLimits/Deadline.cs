namespace Pathway.Cases.TimeLimits;

/// <summary>
/// When a time limit ends, with every step of how: the start event (not counted), the plain count,
/// a month without the start's day, the days not counted, and the move past a Saturday or a day
/// free from work. Officers and migrants see these steps, so a date is never a bare assertion.
/// </summary>
public sealed record Deadline(DateOnly Start, Period Period, DateOnly End, IReadOnlyList<DeadlineStep> Steps)
{
    /// <summary>
    /// A reply posted at a Polish post office or sent electronically on or before the last day is
    /// in time, whenever it arrives (art. 57 §5): the posting day decides.
    /// </summary>
    public bool IsMetBy(DateOnly postedOn) => postedOn <= End;
}

/// <summary>One step of a deadline's computation; <see cref="Date"/> is where the count stands after it.</summary>
public abstract record DeadlineStep(DateOnly Date)
{
    /// <summary>A postal letter not collected counts as delivered when its 14 days at the post office end (art. 44 §4).</summary>
    public sealed record DeemedDelivered(DateOnly Date, DateOnly FirstNotice) : DeadlineStep(Date);

    /// <summary>The event that starts the period; its day is not counted (art. 57 §1), months run from its date (§3).</summary>
    public sealed record Started(DateOnly Date) : DeadlineStep(Date);

    /// <summary>The period counted from the start: the day it ends before anything else applies.</summary>
    public sealed record Counted(DateOnly Date, Period Period) : DeadlineStep(Date);

    /// <summary>The end month has no day with the start's number, so the period ends on its last day (art. 57 §3).</summary>
    public sealed record MonthEnd(DateOnly Date, int StartDay) : DeadlineStep(Date);

    /// <summary>Days that do not count, added to the period (art. 35 §5).</summary>
    public sealed record NotCounted(DateOnly Date, ExcludedPeriod Excluded, int DaysAdded) : DeadlineStep(Date);

    /// <summary>The end fell on a Saturday or a day free from work and moves to the next working day (art. 57 §4).</summary>
    public sealed record MovedToWorkingDay(DateOnly Date, IReadOnlyList<DayOff> Skipped) : DeadlineStep(Date);
}

/// <summary>A day a time limit cannot end on, and why: a Saturday, a Sunday or a holiday (named).</summary>
public sealed record DayOff(DateOnly Date, Holiday? Holiday)
{
    public bool IsSaturday => Date.DayOfWeek == DayOfWeek.Saturday;

    public bool IsSunday => Date.DayOfWeek == DayOfWeek.Sunday;
}
