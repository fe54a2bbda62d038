using Pathway.Platform.Calendars;

namespace Pathway.Platform.Tests;

public sealed class AgesTests
{
    [Theory]
    [InlineData("1991-02-17", "2026-02-16", 34)]
    [InlineData("1991-02-17", "2026-02-17", 35)]
    [InlineData("1991-02-17", "2026-11-02", 35)]
    [InlineData("2000-02-29", "2026-02-28", 25)]
    [InlineData("2000-02-29", "2026-03-01", 26)]
    [InlineData("2026-05-01", "2026-05-01", 0)]
    public void AnAge_CountsFullYears_FromTheBirthdayItself(string born, string day, int years) =>
        Ages.On(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(years);
}
