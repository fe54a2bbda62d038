using System.Globalization;
using Pathway.Forecasting.Staffing;

namespace Pathway.Forecasting.Workload;

/// <summary>
/// A workload scenario as plain fixed-width text tables (English headings, invariant numbers,
/// cases and hours rounded to whole numbers), for a terminal, a log or an e-mail.
/// </summary>
public static class WorkloadTable
{
    /// <summary>One line per month, all application types together.</summary>
    public static string Format(WorkloadScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var lines = new List<string[]>
        {
            new[] { "month", "inflow", "hours needed", "hours available", "gap hours", "gap FTE", "completed", "backlog", "past deadline", "oldest days" },
        };
        lines.AddRange(scenario.Months.Select(m => new[]
        {
            Month(m.Month), Whole(m.Inflow), Whole(m.HoursNeeded), Whole(m.HoursAvailable), Whole(m.GapHours),
            (Math.Round(m.GapFte, 1) + 0.0).ToString("0.0", CultureInfo.InvariantCulture), Whole(m.Completed), Whole(m.Backlog), Whole(m.Overdue),
            m.OldestPendingAgeDays is { } age ? Whole(age) : "",
        }));
        return PlainTable.Render(lines);
    }

    /// <summary>One line per month and application type.</summary>
    public static string FormatByType(WorkloadScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var lines = new List<string[]>
        {
            new[] { "month", "application type", "inflow", "hours needed", "completed", "backlog", "past deadline" },
        };
        lines.AddRange(scenario.Months.SelectMany(m => m.Types.Select(t => new[]
        {
            Month(m.Month), t.Type, Whole(t.Inflow), Whole(t.HoursNeeded), Whole(t.Completed), Whole(t.Backlog), Whole(t.Overdue),
        })));
        return PlainTable.Render(lines, textColumns: 2);
    }

    private static string Month(DateOnly month) => Frequency.Monthly.Format(month);

    /// <summary>Adding 0.0 turns the −0 of a rounded small negative into 0, which would otherwise print as "-0".</summary>
    private static string Whole(double value) => (Math.Round(value, MidpointRounding.AwayFromZero) + 0.0).ToString("0", CultureInfo.InvariantCulture);
}
