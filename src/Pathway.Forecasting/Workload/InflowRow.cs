namespace Pathway.Forecasting.Workload;

/// <summary>One application type's forecast inflow for one month, as uploaded; <see cref="Upper80"/> only from forecast output.</summary>
public sealed record InflowRow(string Type, DateOnly Month, double Mean, double? Upper80);
