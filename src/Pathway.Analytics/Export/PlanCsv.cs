using System.Globalization;
using System.Text;
using Pathway.Forecasting;
using Pathway.Forecasting.Staffing;
using Pathway.Forecasting.Workload;

namespace Pathway.Analytics.Export;

/// <summary>The workload and staffing plans as CSV files: invariant numbers with at most two decimals.</summary>
internal static class PlanCsv
{
    public const string ContentType = "text/csv; charset=utf-8";
    public const string WorkloadFileName = "workload-plan.csv";
    public const string StaffingFileName = "staffing-plan.csv";
    public const string WorkloadHeader = "scenario,month,inflow,hours_needed,hours_available,gap_hours,gap_fte,completed,backlog,overdue";
    public const string StaffingHeader = "weekday,hour,calls,erlangs,agents,scheduled,service_level,asa_seconds,occupancy,abandoned";

    /// <summary>One line per scenario (expected, then upper80 when there is one) and month.</summary>
    public static byte[] Workload(WorkloadPlan plan)
    {
        var csv = new StringBuilder(WorkloadHeader).Append('\n');
        foreach (var scenario in plan.Upper80 is { } upper ? [plan.Expected, upper] : new[] { plan.Expected })
        {
            var name = scenario.Inflow == InflowAssumption.Upper80 ? "upper80" : "expected";
            foreach (var m in scenario.Months)
            {
                csv.Append(name).Append(',').Append(Frequency.Monthly.Format(m.Month));
                foreach (var value in new[] { m.Inflow, m.HoursNeeded, m.HoursAvailable, m.GapHours, m.GapFte, m.Completed, m.Backlog, m.Overdue })
                {
                    csv.Append(',').Append(Number(value));
                }

                csv.Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>
    /// One line per hour of the plan (each hour of the week for the platform's forecast, those of the file for an uploaded one), Monday 00:00 first, weekday 1 to 7 (ISO): erlangs is the offered
    /// load, agents those on the phones, scheduled with shrinkage; service_level, occupancy and
    /// abandoned are shares from 0 to 1, abandoned empty under Erlang C.
    /// </summary>
    public static byte[] Staffing(IReadOnlyList<StaffingRow> rows)
    {
        var csv = new StringBuilder(StaffingHeader).Append('\n');
        foreach (var r in rows.OrderBy(r => HourOfWeek.Index(r.Weekday, r.Hour)))
        {
            csv.Append(HourOfWeek.IsoDay(r.Weekday).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(r.Hour.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Number(r.Calls)).Append(',')
                .Append(Number(r.OfferedLoad)).Append(',')
                .Append(r.AgentsNeeded.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(r.ScheduledAgents.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Number(r.ServiceLevel)).Append(',')
                .Append(Number(r.AverageSpeedOfAnswerSeconds)).Append(',')
                .Append(Number(r.Occupancy)).Append(',')
                .Append(r.AbandonmentShare is { } abandoned ? Number(abandoned) : "")
                .Append('\n');
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>Rounded to two decimals, without trailing zeros, and never "-0".</summary>
    private static string Number(double value) => (Math.Round(value, 2) + 0.0).ToString("0.##", CultureInfo.InvariantCulture);
}
