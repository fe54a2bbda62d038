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
    [InlineData(0.0, 20.0, 180.0, null, null, 0.0, StaffingProblemKind.ServiceLevel, 0.0, "The service level must lie strictly between 0 and 1 (e.g. 0.8 for 80%); it is 0.")]
    [InlineData(1.0, 20.0, 180.0, null, null, 0.0, StaffingProblemKind.ServiceLevel, 1.0, "The service level must lie strictly between 0 and 1 (e.g. 0.8 for 80%); it is 1.")]
    [InlineData(0.8, 0.0, 180.0, null, null, 0.0, StaffingProblemKind.AnswerTime, 0.0, "The answer time must be a positive number of seconds; it is 0.")]
    [InlineData(0.8, 20.0, -5.0, null, null, 0.0, StaffingProblemKind.HandleTime, -5.0, "The average handle time must be a positive number of seconds; it is -5.")]
    [InlineData(0.8, 20.0, 180.0, 0.0, null, 0.0, StaffingProblemKind.Patience, 0.0, "The callers' mean patience must be a positive number of seconds up to 3600 (leave it empty to assume nobody hangs up); it is 0.")]
    [InlineData(0.8, 20.0, 180.0, null, 1.2, 0.0, StaffingProblemKind.Occupancy, 1.2, "The maximum occupancy must lie in (0, 1] (e.g. 0.85); it is 1.2.")]
    [InlineData(0.8, 20.0, 180.0, null, null, 0.95, StaffingProblemKind.Shrinkage, 0.95, "The shrinkage must lie between 0 and 0.9 (e.g. 0.3 when 30% of paid time is off the phones); it is 0.95.")]
    public void Invalid_targets_are_refused_with_the_kind_the_value_and_the_reason(
        double level, double within, double handle, double? patience, double? occupancy, double shrinkage, StaffingProblemKind kind, double value, string message)
    {
        using var culture = new CultureScope("en-GB");
        var target = new StaffingTarget(level, within, handle, patience, occupancy, shrinkage);
        var problem = target.Validate().ShouldHaveSingleItem();
        problem.Kind.ShouldBe(kind);
        problem.Value.ShouldBe(value);
        problem.At.ShouldBeNull();
        problem.Message.ShouldBe(message);
        var thrown = Should.Throw<ArgumentException>(() => StaffingPlanner.Plan([new HourlyCalls(DayOfWeek.Monday, 9, 10)], target));
        thrown.Message.ShouldStartWith(message);
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

    [Theory]
    [InlineData(DayOfWeek.Monday, 24, 10.0, StaffingProblemKind.NotAnHour, "Monday hour 24 is not an hour of the week (hours run 0..23).")]
    [InlineData(DayOfWeek.Tuesday, 8, -1.0, StaffingProblemKind.InvalidCalls, "Tue 08:00: calls must be a number of zero or more; it is -1.")]
    [InlineData(DayOfWeek.Sunday, 23, 300_000.0, StaffingProblemKind.TooManyCalls, "Sun 23:00: 300000 calls an hour is more than 10000 agents could take; are these calls per hour?")]
    public void Invalid_hours_are_named_with_the_kind_and_the_hour(DayOfWeek weekday, int hour, double calls, StaffingProblemKind kind, string message)
    {
        using var culture = new CultureScope("en-GB");
        var at = new HourlyCalls(weekday, hour, calls);
        var problem = StaffingPlanner.LoadProblems([new HourlyCalls(DayOfWeek.Monday, 9, 10), at], EightyTwenty).ShouldHaveSingleItem();
        problem.Kind.ShouldBe(kind);
        problem.At.ShouldBe(at);
        problem.Message.ShouldBe(message);
        problem.ToString().ShouldBe(message);
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
