using Pathway.Analytics.OfficialStatistics;
using static Pathway.Analytics.Tests.OfficialStatistics.Permits;

namespace Pathway.Analytics.Tests.OfficialStatistics;

public sealed class ResidencePermitTablesTests
{
    private static readonly IssuedPermit[] Office =
    [
        Permit("2024-02-01", "2025-01-31", person: "a"),
        Permit("2024-03-01", "2026-02-28", person: "b"),
        Permit("2024-04-01", "2024-07-31", EurostatReason.Family, person: "c", citizenship: "BLR"),
        // A renewal, a change of status, a permit too short and one issued last year: none of them first in 2024.
        Permit("2023-01-01", "2023-12-31", person: "d"),
        Permit("2024-01-01", "2024-12-31", person: "d", issued: "2024-01-05"),
        Permit("2024-01-01", "2024-12-31", person: "g", issued: "2023-12-20"),
        Permit("2022-10-01", "2024-05-31", EurostatReason.Education, person: "e", citizenship: "IND"),
        Permit("2024-06-01", "2026-05-31", person: "e", citizenship: "IND"),
        Permit("2024-08-01", "2024-09-15", person: "f"),
    ];

    [Fact]
    public void Build_FirstPermits_AreCountedWithTheirTotals()
    {
        var table = Tables(2024, Office).FirstPermits;

        table.Find("A", "TOTAL", "TOTAL", "TOTAL", "PER", "PL")!.Count.ShouldBe(3);
        table.Find("A", "OCC", "UA", "M_GE12", "PER", "PL")!.Count.ShouldBe(2);
        table.Find("A", "FAM", "BY", "M3-5", "PER", "PL")!.Count.ShouldBe(1);
        table.Find("A", "TOTAL", "BY", "TOTAL", "PER", "PL")!.Count.ShouldBe(1);
        table.Find("A", "EDUC", "TOTAL", "TOTAL", "PER", "PL")!.Count.ShouldBe(0);
    }

    [Fact]
    public void Build_FirstPermits_HaveEveryReasonCitizenshipAndDurationInCodeOrder()
    {
        var table = Tables(2024, Office).FirstPermits;

        // 5 reasons x (TOTAL, BY, UA) x 4 durations; India holds no first permit in 2024.
        table.Cells.Count.ShouldBe(5 * 3 * 4);
        table.Cells.Select(c => c.Key[1]).Distinct().ShouldBe(["TOTAL", "FAM", "EDUC", "OCC", "OTH"]);
        table.Cells.Select(c => c.Key[2]).Distinct().ShouldBe(["TOTAL", "BY", "UA"]);
        table.Cells.Take(4).Select(c => c.Key[3]).ShouldBe(["TOTAL", "M3-5", "M6-11", "M_GE12"]);
        table.Cells.ShouldAllBe(c => c.TimePeriod == "2024");
    }

    [Fact]
    public void Build_ChangesOfStatus_AreCountedFromReasonToReason()
    {
        var tables = Tables(2024, Office);

        tables.ChangesOfStatus.Find("A", "EDUC", "OCC", "IN", "PER", "PL")!.Count.ShouldBe(1);
        tables.ChangesOfStatus.Find("A", "TOTAL", "TOTAL", "TOTAL", "PER", "PL")!.Count.ShouldBe(1);
        tables.ChangesOfStatus.Find("A", "OCC", "OCC", "TOTAL", "PER", "PL").ShouldBeNull();
        // (TOTAL + 4 reasons) x (TOTAL + the 3 other reasons, or 4 from TOTAL) x (TOTAL, IN)
        tables.ChangesOfStatus.Cells.Count.ShouldBe((5 + (4 * 4)) * 2);
    }

    [Fact]
    public void Build_YearsPermits_AreAllAccountedFor()
    {
        var tables = Tables(2024, Office);

        tables.Permits.Count.ShouldBe(6);
        tables.Count(PermitStanding.First).ShouldBe(3);
        tables.Count(PermitStanding.ChangeOfStatus).ShouldBe(1);
        tables.Count(PermitStanding.TooShort).ShouldBe(1);
        tables.Count(PermitStanding.Renewal).ShouldBe(1);
    }

    [Fact]
    public void Build_NoPermits_GivesTheTotalsAsZeros()
    {
        var tables = Tables(2024);

        tables.FirstPermits.Cells.Count.ShouldBe(20);
        tables.FirstPermits.Cells.ShouldAllBe(c => c.Count == 0);
    }
}
