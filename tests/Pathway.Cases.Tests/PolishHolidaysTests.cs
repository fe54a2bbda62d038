using Pathway.Cases.TimeLimits;
using PublicHoliday;

namespace Pathway.Cases.Tests;

public class PolishHolidaysTests
{
    [Fact]
    public void In_2026_ListsTheFourteenDaysOfTheAct()
    {
        PolishHolidays.In(2026).Select(h => h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(
        [
            "2026-01-01", "2026-01-06", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-03", "2026-05-24",
            "2026-06-04", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-24", "2026-12-25", "2026-12-26",
        ]);
    }

    [Theory]
    [InlineData(2024, false)]
    [InlineData(2025, true)]
    public void ChristmasEve_IsFreeFromWork_FromTheActOf2024On(int year, bool free)
    {
        (PolishHolidays.On(new DateOnly(year, 12, 24)) is not null).ShouldBe(free);
    }

    [Theory]
    [InlineData(2010, false)]
    [InlineData(2011, true)]
    public void Epiphany_IsFreeFromWork_From2011(int year, bool free)
    {
        (PolishHolidays.On(new DateOnly(year, 1, 6)) is not null).ShouldBe(free);
    }

    [Fact]
    public void EveryYear_AgreesWithAnIndependentHolidayList()
    {
        // PublicHoliday keeps its own Polish list; only its Easter is used by the rules above.
        var other = new PolandPublicHoliday();
        for (var year = 2011; year <= 2100; year++)
        {
            var ours = PolishHolidays.In(year).Select(h => h.Date).ToList();
            var theirs = other.PublicHolidays(year).Select(DateOnly.FromDateTime).Order().ToList();
            ours.ShouldBe(theirs, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData(1990)]
    [InlineData(9991)]
    public void In_AYearWithoutData_IsRefused(int year)
    {
        PolishHolidays.Covers(year).ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => PolishHolidays.In(year));
    }
}
