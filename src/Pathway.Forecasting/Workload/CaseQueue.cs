namespace Pathway.Forecasting.Workload;

/// <summary>
/// Pending cases of all types in order of arrival, as officers work them: oldest first, whatever the
/// type, since that is what keeps cases inside their deadlines. Arrival times are day numbers.
/// </summary>
/// <remarks>
/// A month's inflow is one batch spread evenly over the month, every type interleaved; a batch is
/// worked from its earliest arrivals, so what remains of it is its latest part, every type in the
/// same proportion. Working the whole month's capacity through the queue at once gives the same
/// month-end state as working it day by day: capacity only idles when the queue runs dry, and then
/// it stays dry for the rest of the month, arrivals being slower than work. Backlog cases with known
/// ages are batches at a single instant.
/// </remarks>
internal sealed class CaseQueue(IReadOnlyList<double> handlingHours)
{
    /// <summary>Below this a batch counts as done: the remainder of floating-point subtraction, not a case.</summary>
    private const double Cleared = 1e-9;

    private readonly List<Batch> batches = [];
    private int head;

    public int TypeCount => handlingHours.Count;

    /// <summary>Adds cases arriving evenly over [from, to] (from = to for an instant); they must not predate the queue's last batch.</summary>
    public void Arrive(double from, double to, double[] cases)
    {
        if (cases.Any(c => c > Cleared))
        {
            batches.Add(new Batch(from, to, [.. cases]));
        }
    }

    /// <summary>Works <paramref name="hours"/> officer-hours through the queue, oldest first; returns the cases completed per type.</summary>
    public double[] Work(double hours)
    {
        var completed = new double[TypeCount];
        while (hours > 0 && head < batches.Count)
        {
            var batch = batches[head];
            var work = Hours(batch.Cases);
            if (work <= hours)
            {
                Add(completed, batch.Cases, 1);
                hours -= work;
                head++;
                continue;
            }

            var share = hours / work;
            Add(completed, batch.Cases, share);
            for (var k = 0; k < TypeCount; k++)
            {
                batch.Cases[k] *= 1 - share;
            }

            batch.From += share * (batch.To - batch.From);
            hours = 0;
            if (batch.Cases.All(c => c <= Cleared))
            {
                head++;
            }
        }

        return completed;
    }

    public double[] Pending()
    {
        var pending = new double[TypeCount];
        for (var i = head; i < batches.Count; i++)
        {
            Add(pending, batches[i].Cases, 1);
        }

        return pending;
    }

    public double PendingHours() => Enumerable.Range(head, batches.Count - head).Sum(i => Hours(batches[i].Cases));

    /// <summary>Pending cases per type that arrived more than that type's deadline before <paramref name="now"/>.</summary>
    public double[] Overdue(double now, IReadOnlyList<int> deadlineDays)
    {
        var overdue = new double[TypeCount];
        for (var i = head; i < batches.Count; i++)
        {
            var batch = batches[i];
            for (var k = 0; k < TypeCount; k++)
            {
                var latestOverdueArrival = now - deadlineDays[k];
                var share = batch.To - batch.From < Cleared
                    ? batch.From < latestOverdueArrival ? 1 : 0
                    : Math.Clamp((latestOverdueArrival - batch.From) / (batch.To - batch.From), 0, 1);
                overdue[k] += share * batch.Cases[k];
            }
        }

        return overdue;
    }

    /// <summary>When the oldest pending case arrived, or null when nothing is pending.</summary>
    public double? OldestArrival => head < batches.Count ? batches[head].From : null;

    private double Hours(double[] cases)
    {
        var hours = 0.0;
        for (var k = 0; k < TypeCount; k++)
        {
            hours += cases[k] * handlingHours[k];
        }

        return hours;
    }

    private static void Add(double[] into, double[] cases, double share)
    {
        for (var k = 0; k < into.Length; k++)
        {
            into[k] += share * cases[k];
        }
    }

    private sealed class Batch(double from, double to, double[] cases)
    {
        public double From { get; set; } = from;

        public double To { get; } = to;

        public double[] Cases { get; } = cases;
    }
}
