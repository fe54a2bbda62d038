namespace Pathway.Platform.Calendars;

/// <summary>Ages as statistics count them.</summary>
public static class Ages
{
    /// <summary>Full years of age on a day: a birthday counts from the day itself.</summary>
    public static int On(DateOnly born, DateOnly day) =>
        day.Year - born.Year - (day.Month < born.Month || (day.Month == born.Month && day.Day < born.Day) ? 1 : 0);
}
