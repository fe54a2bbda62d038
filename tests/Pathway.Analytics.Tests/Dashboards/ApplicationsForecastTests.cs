using Pathway.Analytics.Dashboards;

namespace Pathway.Analytics.Tests.Dashboards;

public sealed class ApplicationsForecastTests
{
    private static DateOnly M(int year, int month) => new(year, month, 1);

    private static Dictionary<DateOnly, int> Monthly(DateOnly first, params int[] counts) =>
        counts.Select((c, i) => (Month: first.AddMonths(i), Count: c)).ToDictionary(m => m.Month, m => m.Count);

    [Fact]
    public void TheHistory_EndsAtTheLastWholeMonth_NeverOneUnderWay()
    {
        var today = new DateOnly(2026, 12, 5);
        ApplicationsForecast.LastWholeMonth(new DashboardFilter(M(2026, 1), M(2026, 12)), today).ShouldBe(M(2026, 11));
        ApplicationsForecast.LastWholeMonth(new DashboardFilter(M(2025, 1), M(2025, 6)), today).ShouldBe(M(2025, 6));
    }

    [Fact]
    public void AFewYearsOfMonths_AreForecastAYearAhead_WithOrderedIntervals()
    {
        var counts = Monthly(M(2023, 1), [.. Enumerable.Range(0, 36).Select(i => 40 + (i % 12 * 3) + (i / 3))]);

        var (months, model) = ApplicationsForecast.Of(counts, M(2025, 7), M(2025, 12));

        model.ShouldNotBeNull();
        months.Where(m => m.Observed is not null).Select(m => m.Month).ShouldBe([.. Enumerable.Range(0, 6).Select(i => M(2025, 7).AddMonths(i))]);
        var ahead = months.Where(m => m.Forecast is not null).ToList();
        ahead.Select(m => m.Month).ShouldBe([.. Enumerable.Range(1, ApplicationsForecast.Horizon).Select(i => M(2025, 12).AddMonths(i))]);
        ahead.ShouldAllBe(m => m.Low95 <= m.Low80 && m.Low80 <= m.Forecast && m.Forecast <= m.High80 && m.High80 <= m.High95);
    }

    [Fact]
    public void TooFewMonths_GiveTheHistoryButNoForecast()
    {
        var (months, model) = ApplicationsForecast.Of(Monthly(M(2026, 9), 3, 0, 5), M(2026, 1), M(2026, 11));

        model.ShouldBeNull();
        months.Select(m => m.Observed).ShouldBe([3, 0, 5]);
        months.ShouldAllBe(m => m.Forecast == null);
        ApplicationsForecast.Of(new Dictionary<DateOnly, int>(), M(2026, 1), M(2026, 11)).Months.ShouldBeEmpty();
    }

    [Fact]
    public void AMonthWithoutApplications_CountsAsNought_NotAsMissing()
    {
        var (months, model) = ApplicationsForecast.Of(Monthly(M(2026, 1), 4, 0, 0, 6, 5), M(2026, 1), M(2026, 7));

        model.ShouldNotBeNull();
        months.Where(m => m.Observed is not null).Select(m => m.Observed).ShouldBe([4, 0, 0, 6, 5, 0, 0]);
    }
}
