namespace Pathway.Support.Helpline;

/// <summary>
/// The helpline's figures for a period, as <c>pathway helpline stats</c> gives them. A figure the
/// data cannot tell is null: without a queue log there is no wait and no abandoned call.
/// </summary>
public sealed record HelplineFigures(
    DateOnly From, DateOnly To, int AnsweredIncoming, int Outgoing, int AutomatedHelpline, int Redirected,
    int? Abandoned, double? AverageWaitSeconds, double? AnsweredWithin20sShare, int[,] IncomingByWeekdayAndHour);

/// <summary>
/// Counts calls, not rows: Asterisk writes several rows for one call (a ring group, a transfer, a
/// local channel), and they share a linked id (else a unique id). Waiting comes from the queue log:
/// each caller who left the queue (answered, hung up or timed out) waited the seconds the event
/// says; the share answered within 20 seconds is of all of them.
/// </summary>
public static class HelplineStatistics
{
    public const int ServiceLevelSeconds = 20;

    /// <summary>
    /// The figures of the office's days <paramref name="from"/> to <paramref name="to"/> (both
    /// included): a call counts on the local day its first row started, so the rows given may reach
    /// past the period (a call that crosses midnight keeps all its rows).
    /// </summary>
    public static HelplineFigures Compute(
        IEnumerable<CallRecord> rows, IEnumerable<QueueEntry>? queue, IReadOnlyList<CallRule> rules, DateOnly from, DateOnly to, TimeZoneInfo zone)
    {
        var calls = rows
            .GroupBy(r => r.CallKey, StringComparer.Ordinal)
            .Select(g => g.OrderBy(r => r.StartedAt).ThenBy(r => r.Sequence ?? 0).ToList())
            .Select(g => (Rows: g, Start: TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(g[0].StartedAt, DateTimeKind.Utc), zone)))
            .Where(c => DateOnly.FromDateTime(c.Start) >= from && DateOnly.FromDateTime(c.Start) <= to)
            .Select(c => (c.Rows, c.Start, Category: rules.FirstOrDefault(rule => c.Rows.Any(rule.Matches))?.Category ?? CallCategory.Ignored))
            .ToList();

        var answeredIncoming = calls.Where(c => c.Category == CallCategory.Incoming && c.Rows.Any(Answered)).ToList();
        var heat = new int[7, 24];
        foreach (var call in answeredIncoming)
        {
            heat[((int)call.Start.DayOfWeek + 6) % 7, call.Start.Hour]++; // Monday first
        }

        int? abandoned = null;
        double? averageWait = null, withinLevel = null;
        if (queue is not null)
        {
            var left = queue.Where(LeftQueue)
                .Where(e => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(e.At, DateTimeKind.Utc), zone)) is var day && day >= from && day <= to)
                .ToList();
            abandoned = left.Count(GaveUp);
            if (left.Count > 0)
            {
                averageWait = left.Average(e => e.WaitSeconds!.Value);
                withinLevel = left.Count(e => e.Event == "CONNECT" && e.WaitSeconds <= ServiceLevelSeconds) / (double)left.Count;
            }
        }

        return new HelplineFigures(
            from, to, answeredIncoming.Count,
            calls.Count(c => c.Category == CallCategory.OutgoingByOperator),
            calls.Count(c => c.Category == CallCategory.AutomatedHelpline),
            calls.Count(c => c.Category == CallCategory.Redirected),
            abandoned, averageWait, withinLevel, heat);
    }

    /// <summary>Rows of one call share it: the linked id, else the unique id, else the row is a call of its own.</summary>
    public static string CallKey(CdrRecord row) =>
        !string.IsNullOrEmpty(row.LinkedId) ? "l:" + row.LinkedId
        : !string.IsNullOrEmpty(row.UniqueId) ? "u:" + row.UniqueId
        : "r:" + string.Join('\u001f', row.Channel, row.Start.Ticks, row.Source, row.Destination);

    /// <summary>A row of a call that reached a person: answered, and talked for a second or more.</summary>
    internal static bool Answered(CallRecord row) => row.Disposition == "ANSWERED" && row.BillableSeconds > 0;

    /// <summary>A caller's leaving the queue, answered or not, with the time waited.</summary>
    internal static bool LeftQueue(QueueEntry e) => e.WaitSeconds is not null && e.Event is "CONNECT" or "ABANDON" or "EXITWITHTIMEOUT";

    /// <summary>A caller who left the queue before anyone answered: hung up or timed out.</summary>
    internal static bool GaveUp(QueueEntry e) => e.Event is "ABANDON" or "EXITWITHTIMEOUT";
}
