using System.Globalization;
using Pathway.Forecasting.Staffing;

namespace Pathway.Forecasting.Tests;

public class StaffingPlannerTests
{
    private static readonly StaffingTarget EightyTwenty = new(ServiceLevel: 0.8, AnswerWithinSeconds: 20, AverageHandleSeconds: 180);

    [Fact]
    public void Ten_erlangs_at_80_20_need_14_agents()
    {
        // 200 calls an hour at 180 s: 13 agents answer 79.6% within 20 s, 14 answer 88.8%.
        var row = StaffingPlanner.Plan([new HourlyCalls(DayOfWeek.Monday, 9, 200)], EightyTwenty).Single();
        row.Label.ShouldBe("Mon 09:00");
        row.OfferedLoad.ShouldBe(10, 1e-12);
        row.AgentsNeeded.ShouldBe(14);
        row.ScheduledAgents.ShouldBe(14);
        row.ServiceLevel.ShouldBe(0.8884, 5e-5);
        row.AverageSpeedOfAnswerSeconds.ShouldBe(7.84, 5e-3);
        row.Occupancy.ShouldBe(10.0 / 14, 1e-12);
        row.AbandonmentShare.ShouldBeNull();
    }

    [Fact]
    public void The_plan_is_the_smallest_count_meeting_the_target()
    {
        foreach (var calls in new[] { 5.0, 37, 120, 640, 3_000, 10_000 })
        {
            foreach (var target in new[] { EightyTwenty, EightyTwenty with { PatienceSeconds = 90 } })
            {
                var row = StaffingPlanner.Plan([new HourlyCalls(DayOfWeek.Tuesday, 10, calls)], target).Single();
                row.ServiceLevel.ShouldBeGreaterThanOrEqualTo(0.8);
                var oneFewer = StaffingPlanner.Evaluate(row.AgentsNeeded - 1, row.OfferedLoad, target);
                oneFewer.ServiceLevel.ShouldBeLessThan(0.8, string.Create(CultureInfo.InvariantCulture, $"{calls} calls, patience {target.PatienceSeconds}"));
            }
        }
    }

    [Fact]
    public void Callers_who_hang_up_need_fewer_agents_than_Erlang_C_assumes()
    {
        var load = new[] { new HourlyCalls(DayOfWeek.Wednesday, 14, 400) };
        var c = StaffingPlanner.Plan(load, EightyTwenty).Single();
        var a = StaffingPlanner.Plan(load, EightyTwenty with { PatienceSeconds = 120 }).Single();
        a.AgentsNeeded.ShouldBeLessThan(c.AgentsNeeded);
        a.AbandonmentShare!.Value.ShouldBeGreaterThan(0);
        a.AbandonmentShare!.Value.ShouldBeLessThan(1);
        a.ServiceLevel.ShouldBeGreaterThanOrEqualTo(0.8);
    }

    [Fact]
    public void An_occupancy_cap_adds_agents_where_the_service_level_alone_would_not()
    {
        // 500 Erlangs at 80/20 need 510 agents, 98% busy; at most 85% busy needs ⌈500/0.85⌉ = 589.
        var load = new[] { new HourlyCalls(DayOfWeek.Thursday, 11, 10_000) };
        StaffingPlanner.Plan(load, EightyTwenty).Single().AgentsNeeded.ShouldBe(510);
        var capped = StaffingPlanner.Plan(load, EightyTwenty with { MaxOccupancy = 0.85 }).Single();
        capped.AgentsNeeded.ShouldBe(589);
        capped.Occupancy.ShouldBeLessThanOrEqualTo(0.85);
    }

    [Fact]
    public void Shrinkage_turns_agents_on_the_phones_into_scheduled_agents()
    {
        StaffingPlanner.Scheduled(7, 0.3).ShouldBe(10); // 7 / 0.7 is 10.000000000000002 in doubles
        StaffingPlanner.Scheduled(14, 0.3).ShouldBe(20);
        StaffingPlanner.Scheduled(15, 0.3).ShouldBe(22);
        StaffingPlanner.Scheduled(0, 0.5).ShouldBe(0);
        var row = StaffingPlanner.Plan([new HourlyCalls(DayOfWeek.Monday, 9, 200)], EightyTwenty with { Shrinkage = 0.3 }).Single();
        row.AgentsNeeded.ShouldBe(14);
        row.ScheduledAgents.ShouldBe(20);
    }

    [Fact]
    public void An_hour_without_calls_needs_nobody()
    {
        var row = StaffingPlanner.Plan([new HourlyCalls(DayOfWeek.Sunday, 3, 0)], EightyTwenty with { PatienceSeconds = 60, Shrinkage = 0.2 }).Single();
        row.AgentsNeeded.ShouldBe(0);
        row.ScheduledAgents.ShouldBe(0);
        row.ServiceLevel.ShouldBe(1);
        row.AbandonmentShare.ShouldBe(0);
    }

    [Theory]
    [InlineData(0.0, 20.0, 180.0, null, null, 0.0, "service level")]
    [InlineData(1.0, 20.0, 180.0, null, null, 0.0, "service level")]
    [InlineData(0.8, 0.0, 180.0, null, null, 0.0, "answer time")]
    [InlineData(0.8, 20.0, -5.0, null, null, 0.0, "handle time")]
    [InlineData(0.8, 20.0, 180.0, 0.0, null, 0.0, "patience")]
    [InlineData(0.8, 20.0, 180.0, null, 1.2, 0.0, "occupancy")]
    [InlineData(0.8, 20.0, 180.0, null, null, 0.95, "shrinkage")]
    public void Invalid_targets_are_refused_with_the_reason(double level, double within, double handle, double? patience, double? occupancy, double shrinkage, string named)
    {
        var target = new StaffingTarget(level, within, handle, patience, occupancy, shrinkage);
        target.Validate().ShouldHaveSingleItem().ShouldContain(named);
        var thrown = Should.Throw<ArgumentException>(() => StaffingPlanner.Plan([new HourlyCalls(DayOfWeek.Monday, 9, 10)], target));
        thrown.Message.ShouldContain(named);
    }

    [Fact]
    public void Invalid_hours_are_refused()
    {
        Should.Throw<ArgumentException>(() => StaffingPlanner.Plan([new HourlyCalls(DayOfWeek.Monday, 24, 10)], EightyTwenty))
            .Message.ShouldContain("0..23");
        Should.Throw<ArgumentException>(() => StaffingPlanner.Plan([new HourlyCalls(DayOfWeek.Monday, 8, -1)], EightyTwenty))
            .Message.ShouldContain("Mon 08:00");
        Should.Throw<ArgumentException>(() => StaffingPlanner.Plan([new HourlyCalls(DayOfWeek.Monday, 8, double.NaN)], EightyTwenty));
    }

    [Fact]
    public void The_plain_table_has_a_line_per_hour()
    {
        var rows = StaffingPlanner.Plan(
            [new HourlyCalls(DayOfWeek.Monday, 8, 0), new HourlyCalls(DayOfWeek.Monday, 9, 200)],
            EightyTwenty with { PatienceSeconds = 120 });
        var lines = StaffingTable.Format(rows).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines[0].ShouldStartWith("hour");
        lines[0].ShouldContain("abandoned");
        lines[2].ShouldStartWith("Mon 09:00");
        lines.Select(l => l.Length).Distinct().ShouldHaveSingleItem();
    }
}
