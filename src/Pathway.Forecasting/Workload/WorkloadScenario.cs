namespace Pathway.Forecasting.Workload;

/// <summary>Which inflow a scenario assumes.</summary>
public enum InflowAssumption
{
    /// <summary>The forecasts' means.</summary>
    Expected,

    /// <summary>
    /// Every type at the upper bound of its 80% interval at once (the mean for types without one):
    /// a stress case, more extreme than the 80% bound of the total inflow.
    /// </summary>
    Upper80,
}

/// <summary>
/// The months of one scenario and the first month whose end finds a case past its statutory
/// deadline (at least half a case, so rounding shows one), or null when none does within the plan.
/// </summary>
public sealed record WorkloadScenario(InflowAssumption Inflow, IReadOnlyList<WorkloadMonth> Months, DateOnly? FirstDeadlineMonth);
