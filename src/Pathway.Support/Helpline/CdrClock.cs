namespace Pathway.Support.Helpline;

/// <summary>A call detail record's times placed on the clock (UTC).</summary>
public sealed record PlacedTimes(DateTimeOffset Start, DateTimeOffset? Answer, DateTimeOffset End);

/// <summary>
/// Places the local times Master.csv holds on the clock. In autumn the hour before the change back
/// is lived twice (in Warsaw 02:00 to 02:59 at UTC+2, then again at UTC+1), and the file does not
/// say which. It does keep its rows in the order calls ended: a row is written when its call ends.
/// So an end time in the repeated hour is the first of its two readings that does not fall before
/// the previous row's end, or its unique id's epoch (the channel's creation, UTC) decides where
/// there is one. The start and answer are counted back from the end by the row's own duration and
/// billable seconds, so they need no guess of their own.
/// </summary>
public static class CdrClock
{
    /// <summary>Rows written a little out of order (batched CDRs) are still read in order within this.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(5);

    public static IReadOnlyList<PlacedTimes> Place(IReadOnlyList<CdrRecord> inFileOrder, TimeZoneInfo zone)
    {
        var placed = new List<PlacedTimes>(inFileOrder.Count);
        DateTimeOffset? previous = null;
        foreach (var row in inFileOrder)
        {
            var end = End(row, zone, previous);
            placed.Add(new PlacedTimes(end.AddSeconds(-row.Duration), row.Answer is null ? null : end.AddSeconds(-row.BillableSeconds), end));
            previous = previous is { } p && p > end ? p : end;
        }

        return placed;
    }

    private static DateTimeOffset End(CdrRecord row, TimeZoneInfo zone, DateTimeOffset? previous)
    {
        var local = DateTime.SpecifyKind(row.End, DateTimeKind.Unspecified);
        if (!zone.IsAmbiguousTime(local))
        {
            // A time the spring change skipped cannot be written by a clock; read it as standard time.
            var offset = zone.IsInvalidTime(local) ? zone.BaseUtcOffset : zone.GetUtcOffset(local);
            return new DateTimeOffset(local, offset);
        }

        // The two readings, earlier first (the summer offset is the larger one).
        var readings = zone.GetAmbiguousTimeOffsets(local).OrderByDescending(o => o).Select(o => new DateTimeOffset(local, o)).ToList();
        if (Epoch(row.UniqueId) is { } created)
        {
            // The channel was made at the call's start: the reading whose start lies nearest it.
            return readings.MinBy(r => Math.Abs((r.AddSeconds(-row.Duration) - created).TotalSeconds));
        }

        return previous is { } last ? readings.FirstOrDefault(r => r >= last - Slack, readings[^1]) : readings[0];
    }

    private static DateTimeOffset? Epoch(string? uniqueId)
    {
        if (string.IsNullOrEmpty(uniqueId))
        {
            return null;
        }

        var digits = uniqueId[(uniqueId.LastIndexOf('-') + 1)..];
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        return long.TryParse(dot < 0 ? digits : digits[..dot], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && seconds > 1_000_000_000 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
    }
}
