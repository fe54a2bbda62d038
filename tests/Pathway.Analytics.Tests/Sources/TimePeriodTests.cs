using Pathway.Analytics.Sources;

namespace Pathway.Analytics.Tests.Sources;

public sealed class TimePeriodTests
{
    [Theory]
    [InlineData("2024", PeriodKind.Year, "2024-01-01")]
    [InlineData("2024-A1", PeriodKind.Year, "2024-01-01")]
    [InlineData("2024-S2", PeriodKind.Half, "2024-07-01")]
    [InlineData("2024-T3", PeriodKind.Trimester, "2024-09-01")]
    [InlineData("2024-Q3", PeriodKind.Quarter, "2024-07-01")]
    [InlineData("2024-03", PeriodKind.Month, "2024-03-01")]
    [InlineData("2024-M03", PeriodKind.Month, "2024-03-01")]
    [InlineData("2008M01", PeriodKind.Month, "2008-01-01")]
    [InlineData("2008Q4", PeriodKind.Quarter, "2008-10-01")]
    [InlineData("2024-W01", PeriodKind.Week, "2024-01-01")]
    [InlineData("2021-W01", PeriodKind.Week, "2021-01-04")]
    [InlineData("2020-W53", PeriodKind.Week, "2020-12-28")]
    [InlineData("2024-02-29", PeriodKind.Day, "2024-02-29")]
    [InlineData("2024-D060", PeriodKind.Day, "2024-02-29")]
    [InlineData("2008M02D29", PeriodKind.Day, "2008-02-29")]
    public void TryParse_SdmxForms_GiveTheFirstDayAndTheLength(string written, PeriodKind kind, string start)
    {
        TimePeriod.TryParse(written, out var period).ShouldBeTrue();
        period.Kind.ShouldBe(kind);
        period.Start.ShouldBe(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        period.Written.ShouldBe(written);
    }

    [Theory]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("2024-13")]
    [InlineData("2023-02-29")]
    [InlineData("2024-Q5")]
    [InlineData("2024-S3")]
    [InlineData("2024-A2")]
    [InlineData("2024-M3")]
    [InlineData("2021-W53")]
    [InlineData("2023-D366")]
    [InlineData("01/2024")]
    [InlineData("2024-01-01T00:00:00")]
    public void TryParse_NotAnSdmxPeriod_IsRefused(string written) => TimePeriod.TryParse(written, out _).ShouldBeFalse();
}
