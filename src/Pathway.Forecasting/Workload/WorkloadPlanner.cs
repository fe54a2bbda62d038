namespace Pathway.Forecasting.Workload;

/// <summary>
/// Month by month: new cases arrive, the month's officer-hours decide pending cases oldest first
/// across all application types, and what is left carries over. Shows where the office falls behind
/// and when cases start passing their statutory deadlines.
/// </summary>
public static class WorkloadPlanner
{
    /// <summary>Overdue counts are fractional; half a case is the least that shows as one when rounded.</summary>
    private const double VisibleCase = 0.5;

    /// <exception cref="ArgumentException">The input is invalid; the message lists every problem (see <see cref="WorkloadInput.Validate"/>).</exception>
    public static WorkloadPlan Plan(WorkloadInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = input.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems.Select(p => p.Message)), nameof(input));
        }

        var inflow = input.Types
            .Select(t => input.Inflow.Single(i => string.Equals(i.Type, t.Name, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var expected = Run(input, InflowAssumption.Expected, inflow.Select(i => i.Mean).ToList());
        var upper = inflow.Any(i => i.Upper80 is not null)
            ? Run(input, InflowAssumption.Upper80, inflow.Select(i => i.Upper80 ?? i.Mean).ToList())
            : null;
        return new WorkloadPlan(expected, upper);
    }

    private static WorkloadScenario Run(WorkloadInput input, InflowAssumption assumption, IReadOnlyList<IReadOnlyList<double>> inflow)
    {
        var types = input.Types;
        var start = new DateOnly(input.StartMonth.Year, input.StartMonth.Month, 1);
        var deadlines = types.Select(t => t.DeadlineDays).ToArray();
        var queue = new CaseQueue(types.Select(t => t.HandlingHours).ToArray());
        foreach (var (arrival, cases) in OpeningBacklog(types, start.DayNumber))
        {
            queue.Arrive(arrival, arrival, cases);
        }

        var months = new List<WorkloadMonth>();
        DateOnly? firstDeadlineMonth = null;
        for (var m = 0; m < input.Months; m++)
        {
            var month = start.AddMonths(m);
            var end = month.AddMonths(1).DayNumber;
            var arriving = types.Select((_, k) => inflow[k][m]).ToArray();
            queue.Arrive(month.DayNumber, end, arriving);
            var available = input.OfficerHours[m];
            var completed = queue.Work(available);
            var pending = queue.Pending();
            var overdue = queue.Overdue(end, deadlines);

            var perType = types.Select((t, k) => new TypeMonth(
                t.Name, arriving[k], arriving[k] * t.HandlingHours, completed[k], pending[k], overdue[k])).ToList();
            var needed = perType.Sum(t => t.HoursNeeded);
            var totalOverdue = overdue.Sum();
            months.Add(new WorkloadMonth(
                month,
                perType,
                Inflow: arriving.Sum(),
                HoursNeeded: needed,
                HoursAvailable: available,
                GapHours: needed - available,
                GapFte: (needed - available) / input.HoursPerFte,
                Completed: completed.Sum(),
                Backlog: pending.Sum(),
                BacklogHours: queue.PendingHours(),
                Overdue: totalOverdue,
                OldestPendingAgeDays: end - queue.OldestArrival));
            if (firstDeadlineMonth is null && totalOverdue >= VisibleCase)
            {
                firstDeadlineMonth = month;
            }
        }

        return new WorkloadScenario(assumption, months, firstDeadlineMonth);
    }

    /// <summary>Backlog cases grouped by arrival day (start − age), oldest first, types side by side.</summary>
    private static IEnumerable<(double Arrival, double[] Cases)> OpeningBacklog(IReadOnlyList<ApplicationType> types, int startDay)
    {
        var byArrival = new SortedDictionary<double, double[]>();
        void Add(double arrival, int type, double cases)
        {
            if (!byArrival.TryGetValue(arrival, out var counts))
            {
                byArrival[arrival] = counts = new double[types.Count];
            }

            counts[type] += cases;
        }

        for (var k = 0; k < types.Count; k++)
        {
            var backlog = types[k].Backlog;
            if (backlog.Cases == 0)
            {
                continue;
            }

            if (backlog.AgesDays is { } ages)
            {
                foreach (var age in ages)
                {
                    Add(startDay - age, k, 1);
                }
            }
            else
            {
                Add(startDay - (backlog.AverageAgeDays ?? 0), k, backlog.Cases);
            }
        }

        return byArrival.Select(a => (a.Key, a.Value));
    }
}
