namespace Pathway.Cases.TimeLimits;

/// <summary>
/// A statutory day free from work: a fixed date, or a day counted from Easter Sunday, in force from
/// one day (and until another) because holiday law changes and a time limit is judged by the law
/// of its own days.
/// </summary>
/// <param name="Name">The holiday's English name, also the key of its translations.</param>
/// <param name="PolishName">The name the act gives it.</param>
/// <param name="Source">The provision that makes the day free from work, as of the day it came in force.</param>
public sealed record HolidayRule(
    string Name,
    string PolishName,
    HolidayDate On,
    DateOnly InForceFrom,
    DateOnly? InForceUntil,
    string Source)
{
    /// <summary>The holiday's date in <paramref name="year"/>, or null when the rule is not in force on it.</summary>
    public DateOnly? DateIn(int year)
    {
        var date = On.In(year);
        return date >= InForceFrom && (InForceUntil is not { } until || date <= until) ? date : null;
    }
}

/// <summary>Where a holiday falls in a year: a month and day, or a number of days after Easter Sunday.</summary>
public abstract record HolidayDate
{
    public abstract DateOnly In(int year);

    public static HolidayDate Fixed(int month, int day) => new FixedDate(month, day);

    public static HolidayDate AfterEaster(int days) => new EasterDate(days);

    private sealed record FixedDate(int Month, int Day) : HolidayDate
    {
        public override DateOnly In(int year) => new(year, Month, Day);
    }

    private sealed record EasterDate(int DaysAfter) : HolidayDate
    {
        public override DateOnly In(int year) => EasterSunday.In(year).AddDays(DaysAfter);
    }
}
