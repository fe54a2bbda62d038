namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// How a month is counted in the permit rules: whole calendar months from a first day to an end
/// that is not included. 1 January to 1 April is 3 months; 15 January to 14 April is 2 months
/// (and 30 days). A month from the 31st ends on the last day of a shorter month (31 January plus
/// one month is 29 February in a leap year), as <see cref="DateOnly.AddMonths"/> counts it.
/// </summary>
internal static class CalendarMonths
{
    /// <summary>The whole months from <paramref name="from"/> up to <paramref name="toExclusive"/>; 0 when the end is not after the start.</summary>
    public static int Between(DateOnly from, DateOnly toExclusive)
    {
        if (toExclusive <= from)
        {
            return 0;
        }

        var months = ((toExclusive.Year - from.Year) * 12) + toExclusive.Month - from.Month;
        return from.AddMonths(months) <= toExclusive ? months : months - 1;
    }
}
