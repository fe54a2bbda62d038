namespace Pathway.Cases.TimeLimits;

/// <summary>
/// Time limits as the Code of Administrative Procedure counts them:
/// <list type="bullet">
/// <item>art. 57 §1: a limit in days starts the day after its event and ends when its last day ends;</item>
/// <item>§2: weeks end on the weekday of the event;</item>
/// <item>§3: months end on the day with the event's number, or on the month's last day when it has none;</item>
/// <item>§4: an end on a Saturday or a day free from work moves to the next day that is neither;</item>
/// <item>art. 35 §5: suspensions and delays not of the office's making do not count.</item>
/// </list>
/// </summary>
public static class TimeLimitCalculator
{
    public static Deadline Compute(DateOnly start, Period period, IReadOnlyList<ExcludedPeriod>? excluded = null)
    {
        if (!period.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "A period is 1 day to 10 years long.");
        }

        if (!PolishHolidays.Covers(start.Year))
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"Time limits are counted from {PolishHolidays.FirstYear} to {PolishHolidays.LastYear}.");
        }

        var steps = new List<DeadlineStep> { new DeadlineStep.Started(start) };
        var end = period.Unit switch
        {
            PeriodUnit.Days => start.AddDays(period.Length),
            PeriodUnit.Weeks => start.AddDays(7 * period.Length),
            PeriodUnit.Months => start.AddMonths(period.Length),
        };
        steps.Add(new DeadlineStep.Counted(end, period));
        // DateOnly.AddMonths already ends on the last day of a shorter month; say so, since the law does.
        if (period.Unit == PeriodUnit.Months && end.Day != start.Day)
        {
            steps.Add(new DeadlineStep.MonthEnd(end, start.Day));
        }

        end = AddExcluded(start, end, excluded ?? [], steps);
        return new Deadline(start, period, MoveToWorkingDay(end, steps), steps);
    }

    /// <summary>A limit set in a postal letter nobody collected: it runs from the deemed delivery (art. 44 §4).</summary>
    public static Deadline ComputeAfterNotice(DateOnly firstNotice, Period period, IReadOnlyList<ExcludedPeriod>? excluded = null)
    {
        var delivered = Delivery.DeemedAfterNotices(firstNotice);
        var deadline = Compute(delivered, period, excluded);
        return deadline with { Steps = [new DeadlineStep.DeemedDelivered(delivered, firstNotice), .. deadline.Steps] };
    }

    /// <summary>True when a limit may end on <paramref name="date"/>: not a Saturday, Sunday or holiday.</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && PolishHolidays.On(date) is null;

    // Each excluded period that overlaps the days counted so far lengthens the count by its overlap;
    // a lengthened count can reach a later period, so periods are taken in date order.
    private static DateOnly AddExcluded(DateOnly start, DateOnly end, IReadOnlyList<ExcludedPeriod> excluded, List<DeadlineStep> steps)
    {
        foreach (var period in excluded.OrderBy(p => p.From))
        {
            var from = period.From > start ? period.From : start.AddDays(1);
            if (period.To < from || from > end)
            {
                continue;
            }

            var added = period.To.DayNumber - from.DayNumber + 1;
            end = end.AddDays(added);
            steps.Add(new DeadlineStep.NotCounted(end, period, added));
        }

        return end;
    }

    private static DateOnly MoveToWorkingDay(DateOnly end, List<DeadlineStep> steps)
    {
        var skipped = new List<DayOff>();
        while (!IsWorkingDay(end))
        {
            skipped.Add(new DayOff(end, PolishHolidays.On(end)));
            end = end.AddDays(1);
        }

        if (skipped.Count > 0)
        {
            steps.Add(new DeadlineStep.MovedToWorkingDay(end, skipped));
        }

        return end;
    }
}
