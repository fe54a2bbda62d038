namespace Pathway.Forecasting.Workload;

/// <summary>
/// One month of the plan, all application types together. <see cref="HoursNeeded"/> is what the
/// month's inflow alone takes; <see cref="GapHours"/> = needed − available, positive when the
/// office falls behind on new cases (the opening backlog is not in it), and <see cref="GapFte"/> is
/// that gap in full-time officers. Backlog and overdue cases are counted at the month's end;
/// <see cref="OldestPendingAgeDays"/> is null when nothing is pending.
/// </summary>
public sealed record WorkloadMonth(
    DateOnly Month,
    IReadOnlyList<TypeMonth> Types,
    double Inflow,
    double HoursNeeded,
    double HoursAvailable,
    double GapHours,
    double GapFte,
    double Completed,
    double Backlog,
    double BacklogHours,
    double Overdue,
    double? OldestPendingAgeDays);
