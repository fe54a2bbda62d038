using Pathway.Analytics.Dashboards;

namespace Pathway.Analytics.Tests.Dashboards;

public sealed class DashboardFiguresTests
{
    private static DateOnly M(int year, int month) => new(year, month, 1);

    [Fact]
    public void Backlog_CountsWhatCameInByTheMonthAndWasNotSettledInIt_ByWholeMonthsWaited()
    {
        (DateOnly, DateOnly?, int)[] cases =
        [
            (M(2026, 3), null, 5),          // still waiting: three months by June
            (M(2026, 5), M(2026, 6), 2),    // settled in June: not waiting at June's end
            (M(2026, 5), M(2026, 7), 3),    // settled in July: waiting at June's end, one month
            (M(2026, 6), null, 4),          // came in in June: under a month
            (M(2026, 7), null, 9),          // came in after June
            (M(2026, 4), M(2026, 8), 1),    // two months by June
        ];

        var june = DashboardFigures.BacklogAt(M(2026, 6), cases);

        june.ShouldBe(new BacklogMonth(M(2026, 6), UnderOne: 4, OneToTwo: 3, TwoToThree: 1, ThreeOrMore: 5));
        june.Total.ShouldBe(13);
    }

    [Fact]
    public void Processing_ReadsTheNearestRankMedianAndNinetiethPercentile_AndTheShareInTime()
    {
        // Ten decisions: days 10 (x4, from two cells), 20 (x4), 90 (x2); the due day known for eight, six of them kept.
        var month = DashboardFigures.ProcessingIn(M(2026, 6), [new(20, 4, 4, 4), new(10, 2, 2, 2), new(10, 2, 0, 0), new(90, 2, 2, 0)]);

        month.Decided.ShouldBe(10);
        month.MedianDays.ShouldBe(20);
        month.Percentile90Days.ShouldBe(90);
        month.WithDueDay.ShouldBe(8);
        month.InTime.ShouldBe(6);
        month.InTimeShare.ShouldBe(0.75);
    }

    [Fact]
    public void Processing_OfAMonthWithoutDecisions_HasNoPercentiles()
    {
        var month = DashboardFigures.ProcessingIn(M(2026, 6), []);
        month.MedianDays.ShouldBeNull();
        month.Percentile90Days.ShouldBeNull();
        month.InTimeShare.ShouldBeNull();
    }

    [Fact]
    public void ByVoivodeship_GivesEveryProvince_AndOfficesWithoutOneAsNotKnown()
    {
        var counts = DashboardFigures.ByVoivodeship([("14", 5), ("14", 2), ("02", 1), (null, 3), ("99", 1)]);

        counts.Count.ShouldBe(17);
        counts.Single(c => c.Voivodeship == "14").ShouldBe(new VoivodeshipCount("14", "mazowieckie", 7));
        counts.Single(c => c.Voivodeship == "32").Count.ShouldBe(0);
        counts[^1].ShouldBe(new VoivodeshipCount(null, null, 4));
        DashboardFigures.ByVoivodeship([("14", 5)]).Count.ShouldBe(16);
    }
}
