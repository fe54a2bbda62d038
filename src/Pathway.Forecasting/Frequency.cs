namespace Pathway.Forecasting;

/// <summary>How often a series is observed. Periods are dates: the first day of the month for monthly series.</summary>
public enum Frequency
{
    Daily,
    Weekly,
    Monthly,
}

public static class FrequencyExtensions
{
    /// <summary>The seasonal cycle the models look for: a week of days, a year of weeks or months.</summary>
    public static int SeasonLength(this Frequency frequency) => frequency switch
    {
        Frequency.Daily => 7,
        Frequency.Weekly => 52,
        Frequency.Monthly => 12,
    };

    public static DateOnly Advance(this Frequency frequency, DateOnly period, int steps) => frequency switch
    {
        Frequency.Daily => period.AddDays(steps),
        Frequency.Weekly => period.AddDays(7 * steps),
        Frequency.Monthly => period.AddMonths(steps),
    };

    /// <summary>Whole periods from <paramref name="from"/> to <paramref name="to"/>, or -1 when <paramref name="to"/> is not on the grid.</summary>
    public static int StepsBetween(this Frequency frequency, DateOnly from, DateOnly to)
    {
        switch (frequency)
        {
            case Frequency.Monthly:
                return to.Day == from.Day ? (to.Year - from.Year) * 12 + to.Month - from.Month : -1;
            case Frequency.Weekly:
                var days = to.DayNumber - from.DayNumber;
                return days % 7 == 0 ? days / 7 : -1;
            default:
                return to.DayNumber - from.DayNumber;
        }
    }

    /// <summary>The period as written in the long CSV format: YYYY-MM for months, YYYY-MM-DD otherwise.</summary>
    public static string Format(this Frequency frequency, DateOnly period) =>
        frequency == Frequency.Monthly
            ? period.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)
            : period.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
