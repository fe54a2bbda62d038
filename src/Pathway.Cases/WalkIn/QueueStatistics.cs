namespace Pathway.Cases.WalkIn;

/// <summary>One service's day at an office: how many came, and how long they waited and were served, in seconds.</summary>
public sealed record QueueDayStatistics(
    DateOnly Day, string Service, int Tickets, int Served, int NoShows,
    double? MedianWaitSeconds, double? P90WaitSeconds, double? MedianServiceSeconds, double? P90ServiceSeconds);

internal static class QueueStatistics
{
    /// <summary>
    /// Per service and day. Waiting runs from issue to the first call of every called ticket (a no-show
    /// waited too); service time from start to end of served tickets only.
    /// </summary>
    public static IReadOnlyList<QueueDayStatistics> Of(IEnumerable<Ticket> tickets) =>
        [.. tickets
            .GroupBy(t => (t.Day, t.Service))
            .OrderBy(g => g.Key.Day).ThenBy(g => WalkInServices.Prefix(g.Key.Service))
            .Select(g =>
            {
                var waits = g.Where(t => t.WaitingTime is not null).Select(t => t.WaitingTime!.Value.TotalSeconds).ToList();
                var services = g.Where(t => t.Status == TicketStatus.Served && t.ServiceTime is not null).Select(t => t.ServiceTime!.Value.TotalSeconds).ToList();
                return new QueueDayStatistics(
                    g.Key.Day, g.Key.Service.ToString(), g.Count(), g.Count(t => t.Status == TicketStatus.Served), g.Count(t => t.Status == TicketStatus.NoShow),
                    Percentile(waits, 0.5), Percentile(waits, 0.9), Percentile(services, 0.5), Percentile(services, 0.9));
            })];

    /// <summary>Linear interpolation between the closest ranks (the spreadsheet PERCENTILE.INC); null for no values.</summary>
    public static double? Percentile(IReadOnlyCollection<double> values, double p)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return Math.Round(sorted[low] + ((rank - low) * (sorted[high] - sorted[low])), 1);
    }
}
