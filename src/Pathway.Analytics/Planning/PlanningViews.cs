using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Series;
using Pathway.Forecasting;
using Pathway.Forecasting.Staffing;
using Pathway.Forecasting.Workload;

namespace Pathway.Analytics.Planning;

/// <summary>The plan with the expected inflow and, when any type has an upper 80% inflow, with that.</summary>
public sealed record WorkloadPlanView(string StartMonth, int Months, double HoursPerFte, WorkloadScenarioView Expected, WorkloadScenarioView? Upper80)
{
    public static WorkloadPlanView From(WorkloadInput input, WorkloadPlan plan) => new(
        Frequency.Monthly.Format(input.StartMonth), input.Months, input.HoursPerFte,
        WorkloadScenarioView.From(plan.Expected), plan.Upper80 is { } upper ? WorkloadScenarioView.From(upper) : null);
}

/// <summary>One scenario month by month.</summary>
/// <param name="Inflow">expected, or upper80 (every type at the upper bound of its 80% interval at once).</param>
/// <param name="FirstDeadlineMonth">The first month whose end finds a case past its statutory deadline; null when none does.</param>
public sealed record WorkloadScenarioView(string Inflow, string? FirstDeadlineMonth, IReadOnlyList<WorkloadMonthView> Months)
{
    public static WorkloadScenarioView From(WorkloadScenario scenario) => new(
        scenario.Inflow switch
        {
            InflowAssumption.Expected => "expected",
            InflowAssumption.Upper80 => "upper80",
        },
        scenario.FirstDeadlineMonth is { } month ? Frequency.Monthly.Format(month) : null,
        scenario.Months.Select(WorkloadMonthView.From).ToList());
}

/// <summary>
/// One month, all types together. Cases are fractional (forecasts are means); gapHours is the hours
/// the month's inflow needs beyond those available, gapFte the same in full-time officers. Backlog,
/// backlogHours and overdue (cases past their deadline) are counted at the month's end.
/// </summary>
public sealed record WorkloadMonthView(
    string Month,
    double Inflow,
    double HoursNeeded,
    double HoursAvailable,
    double GapHours,
    double GapFte,
    double Completed,
    double Backlog,
    double BacklogHours,
    double Overdue,
    double? OldestPendingAgeDays,
    IReadOnlyList<TypeMonthView> Types)
{
    public static WorkloadMonthView From(WorkloadMonth m) => new(
        Frequency.Monthly.Format(m.Month), m.Inflow, m.HoursNeeded, m.HoursAvailable, m.GapHours, m.GapFte, m.Completed,
        m.Backlog, m.BacklogHours, m.Overdue, m.OldestPendingAgeDays,
        m.Types.Select(t => new TypeMonthView(t.Type, t.Inflow, t.HoursNeeded, t.Completed, t.Backlog, t.Overdue)).ToList());
}

/// <summary>One application type in one month.</summary>
public sealed record TypeMonthView(string Type, double Inflow, double HoursNeeded, double Completed, double Backlog, double Overdue);

/// <summary>Operators per hour and the week's totals.</summary>
/// <param name="Model">erlang-c, or erlang-a when a patience was given.</param>
public sealed record StaffingPlanView(string Model, IReadOnlyList<StaffingHourView> Rows, StaffingTotalsView Totals)
{
    public static StaffingPlanView From(StaffingTarget target, IReadOnlyList<StaffingRow> rows) => new(
        target.PatienceSeconds is null ? "erlang-c" : "erlang-a",
        rows.Select(StaffingHourView.From).ToList(),
        StaffingTotalsView.Of(rows));
}

/// <summary>
/// One hour of the week: agentsNeeded on the phones (the fewest meeting the target), scheduledAgents
/// with shrinkage; the achieved figures are those with agentsNeeded. abandonmentShare only under Erlang A.
/// </summary>
public sealed record StaffingHourView(
    string Weekday,
    int Hour,
    double Calls,
    double OfferedLoad,
    int AgentsNeeded,
    int ScheduledAgents,
    double ServiceLevel,
    double AverageSpeedOfAnswerSeconds,
    double Occupancy,
    double? AbandonmentShare)
{
    public static StaffingHourView From(StaffingRow row) => new(
        HourOfWeek.ShortName(row.Weekday), row.Hour, row.Calls, row.OfferedLoad, row.AgentsNeeded, row.ScheduledAgents,
        row.ServiceLevel, row.AverageSpeedOfAnswerSeconds, row.Occupancy, row.AbandonmentShare);
}

/// <summary>
/// The week: calls, agent-hours on the phones, operator-hours scheduled (each row is one hour), and the
/// busiest hour by operators scheduled (the first such hour of the week; none when no hour has calls).
/// </summary>
public sealed record StaffingTotalsView(double Calls, int AgentHours, int OperatorHours, int PeakOperators, string? PeakWeekday, int? PeakHour)
{
    public static StaffingTotalsView Of(IReadOnlyList<StaffingRow> rows)
    {
        var peak = rows.Where(r => r.ScheduledAgents > 0).OrderByDescending(r => r.ScheduledAgents).ThenBy(r => HourOfWeek.Index(r.Weekday, r.Hour)).FirstOrDefault();
        return new StaffingTotalsView(
            rows.Sum(r => r.Calls), rows.Sum(r => r.AgentsNeeded), rows.Sum(r => r.ScheduledAgents),
            peak?.ScheduledAgents ?? 0, peak is null ? null : HourOfWeek.ShortName(peak.Weekday), peak?.Hour);
    }
}
