using Pathway.Cases.Appointments;
using Pathway.Cases.WalkIn;

namespace Pathway.Cases.Tests.WalkIn;

public class QueueStatisticsTests
{
    [Fact]
    public void Percentile_InterpolatesBetweenRanks()
    {
        double[] values = [60, 120, 180, 240, 600];

        QueueStatistics.Percentile(values, 0.5).ShouldBe(180);
        QueueStatistics.Percentile(values, 0.9).ShouldBe(456);
        QueueStatistics.Percentile([30, 90], 0.5).ShouldBe(60);
        QueueStatistics.Percentile([], 0.5).ShouldBeNull();
    }

    [Fact]
    public void Of_CountsPerServiceAndDay_WaitsOfEveryCalledTicketAndServiceTimesOfServedOnes()
    {
        var counter = Guid.NewGuid();
        var served = QueueRulesTests.Issued(AppointmentService.Information, 1, 0);
        served.Call(counter, served.IssuedAt.AddMinutes(2));
        served.Serve(served.IssuedAt.AddMinutes(7));
        var noShow = QueueRulesTests.Issued(AppointmentService.Information, 2, 0);
        noShow.Call(counter, noShow.IssuedAt.AddMinutes(4));
        noShow.MarkNoShow(noShow.IssuedAt.AddMinutes(6));
        var waiting = QueueRulesTests.Issued(AppointmentService.Information, 3, 1);
        var other = QueueRulesTests.Issued(AppointmentService.Collection, 1, 0);

        var rows = QueueStatistics.Of([served, noShow, waiting, other]);

        rows.Count.ShouldBe(2);
        rows[0].ShouldBe(new QueueDayStatistics(served.Day, "Information", 3, 1, 1, 180, 228, 300, 300));
        rows[1].ShouldBe(new QueueDayStatistics(served.Day, "Collection", 1, 0, 0, null, null, null, null));
    }
}
