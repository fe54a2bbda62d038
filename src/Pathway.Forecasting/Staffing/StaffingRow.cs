namespace Pathway.Forecasting.Staffing;

/// <summary>
/// One hour of the staffing plan. <see cref="AgentsNeeded"/> are agents on the phones, the
/// smallest number meeting the target; <see cref="ScheduledAgents"/> adds shrinkage. The achieved
/// figures are those with <see cref="AgentsNeeded"/> agents. <see cref="AbandonmentShare"/> is
/// null when planned with Erlang C.
/// </summary>
public sealed record StaffingRow(
    DayOfWeek Weekday,
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
    public string Label => HourOfWeek.Label(Weekday, Hour);
}
