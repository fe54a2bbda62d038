namespace Pathway.Forecasting.Workload;

/// <summary>
/// One application type in one month of the plan. Cases are fractional: the forecasts are means,
/// and a month's capacity can end part-way through a batch; round only for display.
/// <see cref="Overdue"/> counts pending cases older than the statutory deadline at the month's end.
/// </summary>
public sealed record TypeMonth(
    string Type,
    double Inflow,
    double HoursNeeded,
    double Completed,
    double Backlog,
    double Overdue);
