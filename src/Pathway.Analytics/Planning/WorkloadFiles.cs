using Pathway.Forecasting;
using Pathway.Forecasting.Workload;

namespace Pathway.Analytics.Planning;

/// <summary>The months a workload plan covers, as <see cref="WorkloadUploads.Combine"/> reads them from the inflow.</summary>
internal static class WorkloadFiles
{
    /// <summary>Every month from the inflow's first to its last.</summary>
    public static IReadOnlyList<DateOnly> Months(IReadOnlyList<InflowRow> inflow)
    {
        if (inflow.Count == 0)
        {
            return [];
        }

        var first = inflow.Min(r => r.Month);
        var count = Frequency.Monthly.StepsBetween(first, inflow.Max(r => r.Month)) + 1;
        return Enumerable.Range(0, count).Select(first.AddMonths).ToList();
    }
}
