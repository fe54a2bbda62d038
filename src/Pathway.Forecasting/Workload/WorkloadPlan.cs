namespace Pathway.Forecasting.Workload;

/// <summary>The plan with the expected inflow and, when any forecast gives one, with the upper 80% inflow.</summary>
public sealed record WorkloadPlan(WorkloadScenario Expected, WorkloadScenario? Upper80);
