namespace Pathway.Forecasting.Workload;

/// <summary>The uploaded files put together into a plan's input, or the reasons they do not fit together.</summary>
public sealed record WorkloadUploadResult(WorkloadInput? Input, IReadOnlyList<WorkloadProblem> Problems)
{
    public bool Succeeded => Input is not null;
}
