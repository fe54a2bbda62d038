using System.Globalization;

namespace Pathway.Forecasting.Staffing;

/// <summary>
/// The staffing plan as a plain fixed-width text table (English headings, invariant numbers),
/// for a terminal, a log or an e-mail. Pages build their own, localised, from the rows.
/// </summary>
public static class StaffingTable
{
    public static string Format(IReadOnlyList<StaffingRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var withAbandonment = rows.Any(r => r.AbandonmentShare is not null);
        var header = new List<string> { "hour", "calls", "erlangs", "agents", "scheduled", "service level", "ASA s", "occupancy" };
        if (withAbandonment)
        {
            header.Add("abandoned");
        }

        var lines = new List<string[]> { header.ToArray() };
        foreach (var row in rows)
        {
            var cells = new List<string>
            {
                row.Label,
                Number(row.Calls, "0.#"),
                Number(row.OfferedLoad, "0.00"),
                Number(row.AgentsNeeded, "0"),
                Number(row.ScheduledAgents, "0"),
                Number(row.ServiceLevel, "0.0%"),
                Number(row.AverageSpeedOfAnswerSeconds, "0.0"),
                Number(row.Occupancy, "0.0%"),
            };
            if (withAbandonment)
            {
                cells.Add(row.AbandonmentShare is { } share ? Number(share, "0.0%") : "");
            }

            lines.Add(cells.ToArray());
        }

        return PlainTable.Render(lines);
    }

    internal static string Number(double value, string format) =>
        double.IsPositiveInfinity(value) ? "inf" : value.ToString(format, CultureInfo.InvariantCulture);
}
