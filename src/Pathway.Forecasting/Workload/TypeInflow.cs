namespace Pathway.Forecasting.Workload;

/// <summary>
/// Forecast new cases of one application type per month from the plan's start month: the mean and,
/// when the forecast has one, the upper bound of its 80% interval.
/// </summary>
public sealed record TypeInflow(string Type, IReadOnlyList<double> Mean, IReadOnlyList<double>? Upper80 = null);
