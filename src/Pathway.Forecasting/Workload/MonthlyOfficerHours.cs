namespace Pathway.Forecasting.Workload;

/// <summary>Officer-hours available for case work in one month, as uploaded.</summary>
public sealed record MonthlyOfficerHours(DateOnly Month, double Hours);
