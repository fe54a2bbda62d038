using PublicHoliday;

namespace Pathway.Cases.TimeLimits;

/// <summary>Western (Gregorian) Easter Sunday, from the PublicHoliday library's computus.</summary>
public static class EasterSunday
{
    public static DateOnly In(int year) => DateOnly.FromDateTime(PolandPublicHoliday.EasterSunday(year));
}
