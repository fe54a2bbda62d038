using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Forecasting;
using Pathway.Forecasting.Workload;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Planning;

/// <summary>
/// Puts the inflow, the application types and the officer hours together as
/// <see cref="WorkloadUploads.Combine"/> does, first checking what it would refuse so that each
/// problem reaches the reader in their language.
/// </summary>
internal static class WorkloadFiles
{
    private const int MonthsNamed = 6;

    public static WorkloadUploadResult Combine(
        IReadOnlyList<ApplicationType> types, IReadOnlyList<InflowRow> inflow, IReadOnlyList<MonthlyOfficerHours> hours, double hoursPerFte, IStringLocalizer<AnalyticsText> text)
    {
        if (inflow.Count == 0)
        {
            return new WorkloadUploadResult(null, [text["The inflow has no rows."]]);
        }

        var problems = new List<string>();
        var known = types.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var unknown in inflow.Select(r => r.Type).Distinct(StringComparer.OrdinalIgnoreCase).Where(t => !known.Contains(t)))
        {
            problems.Add(text["The inflow names {0}, which is not in the application types table.", unknown]);
        }

        var months = Months(inflow);
        foreach (var type in types)
        {
            var given = inflow.Where(r => string.Equals(r.Type, type.Name, StringComparison.OrdinalIgnoreCase)).Select(r => r.Month).ToHashSet();
            if (MonthList(months.Where(m => !given.Contains(m)).ToList(), text) is { } missing)
            {
                problems.Add(text["{0} has no inflow for {1}.", type.Name, missing]);
            }
        }

        var staffed = hours.Select(h => h.Month).ToHashSet();
        if (MonthList(months.Where(m => !staffed.Contains(m)).ToList(), text) is { } unstaffed)
        {
            problems.Add(text["Officer hours are missing for {0}.", unstaffed]);
        }

        // Anything the engine still refuses is shown as it words it rather than lost.
        return problems.Count > 0 ? new WorkloadUploadResult(null, problems) : WorkloadUploads.Combine(types, inflow, hours, hoursPerFte);
    }

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

    private static string? MonthList(IReadOnlyList<DateOnly> months, IStringLocalizer<AnalyticsText> text)
    {
        if (months.Count == 0)
        {
            return null;
        }

        var named = string.Join(", ", months.Take(MonthsNamed).Select(m => Frequency.Monthly.Format(m)));
        return months.Count > MonthsNamed ? text["{0} and {1} more months", named, months.Count - MonthsNamed] : named;
    }
}
