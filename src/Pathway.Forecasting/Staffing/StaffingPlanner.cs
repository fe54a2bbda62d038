namespace Pathway.Forecasting.Staffing;

/// <summary>Agents per hour of the week for a helpline's expected calls and its service target.</summary>
public static class StaffingPlanner
{
    /// <summary>
    /// Above this the hour would need tens of thousands of agents: a unit mistake (calls per week
    /// given as per hour) rather than a helpline, and the search would take minutes.
    /// </summary>
    public const double MaxOfferedLoad = 10_000;

    /// <summary>
    /// One row per given hour, in the given order: the smallest number of agents whose service level
    /// reaches the target (and whose occupancy stays under the cap, when there is one), and the
    /// figures they achieve. An hour without calls needs nobody.
    /// </summary>
    /// <exception cref="ArgumentException">The target or an hour's figures are invalid; the message lists every problem.</exception>
    public static IReadOnlyList<StaffingRow> Plan(IReadOnlyList<HourlyCalls> load, StaffingTarget target)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(target);
        var targetProblems = target.Validate();
        var loadProblems = LoadProblems(load, target);
        if (targetProblems.Count + loadProblems.Count > 0)
        {
            throw new ArgumentException(
                string.Join(" ", targetProblems.Concat(loadProblems).Select(p => p.Message)),
                targetProblems.Count > 0 ? nameof(target) : nameof(load));
        }

        return load.Select(hour => PlanHour(hour, target)).ToList();
    }

    /// <summary>What is wrong with the hourly figures, one problem per hour.</summary>
    public static IReadOnlyList<StaffingProblem> LoadProblems(IReadOnlyList<HourlyCalls> load, StaffingTarget target)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(target);
        var problems = new List<StaffingProblem>();
        foreach (var hour in load)
        {
            if (!Enum.IsDefined(hour.Weekday) || hour.Hour is < 0 or > 23)
            {
                problems.Add(new(StaffingProblemKind.NotAnHour, hour.Hour, hour));
                continue;
            }

            if (!(hour.Calls >= 0) || double.IsInfinity(hour.Calls))
            {
                problems.Add(new(StaffingProblemKind.InvalidCalls, hour.Calls, hour));
            }
            else if (target.AverageHandleSeconds > 0 && ErlangC.OfferedLoad(hour.Calls, target.AverageHandleSeconds) > MaxOfferedLoad)
            {
                problems.Add(new(StaffingProblemKind.TooManyCalls, hour.Calls, hour));
            }
        }

        return problems;
    }

    private static StaffingRow PlanHour(HourlyCalls hour, StaffingTarget target)
    {
        var load = ErlangC.OfferedLoad(hour.Calls, target.AverageHandleSeconds);
        if (load == 0)
        {
            var idle = QueueOutcome.Idle(target.PatienceSeconds is not null);
            return new StaffingRow(hour.Weekday, hour.Hour, hour.Calls, 0, 0, 0, idle.ServiceLevel, idle.AverageSpeedOfAnswerSeconds, idle.Occupancy, idle.AbandonmentShare);
        }

        var (agents, outcome) = SmallestMeeting(load, target);
        return new StaffingRow(
            hour.Weekday, hour.Hour, hour.Calls, load, agents, Scheduled(agents, target.Shrinkage),
            outcome.ServiceLevel, outcome.AverageSpeedOfAnswerSeconds, outcome.Occupancy, outcome.AbandonmentShare);
    }

    /// <summary>
    /// Agents to schedule so that, after shrinkage, <paramref name="agents"/> are on the phones.
    /// The tolerance keeps 7 / (1 − 0.3) = 10.000000000000002 at 10.
    /// </summary>
    public static int Scheduled(int agents, double shrinkage) =>
        (int)Math.Ceiling(agents / (1 - shrinkage) - 1e-9);

    public static QueueOutcome Evaluate(int agents, double load, StaffingTarget target) =>
        target.PatienceSeconds is { } patience
            ? ErlangA.Evaluate(agents, load, target.AnswerWithinSeconds, target.AverageHandleSeconds, patience)
            : ErlangC.Evaluate(agents, load, target.AnswerWithinSeconds, target.AverageHandleSeconds);

    /// <summary>
    /// Service level rises and occupancy falls with every agent added, so the answer is found by
    /// doubling the step until the target is met and then halving back. Erlang C starts at the first
    /// stable count, ⌊A⌋ + 1. Erlang A can go below A because callers who hang up take no time, but
    /// not below ⌈SL·A⌉: N agents answer at most N/A of the calls, let alone within the target time.
    /// </summary>
    private static (int Agents, QueueOutcome Outcome) SmallestMeeting(double load, StaffingTarget target)
    {
        var low = target.PatienceSeconds is null
            ? (int)Math.Floor(load) + 1
            : Math.Max(1, (int)Math.Ceiling(target.ServiceLevel * load - 1e-9));
        var high = low;
        var step = 1;
        QueueOutcome outcome;
        while (!Meets(outcome = Evaluate(high, load, target), target))
        {
            low = high + 1;
            high += step;
            step *= 2;
        }

        // Invariant: every count below low misses the target, high meets it.
        var best = outcome;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            var candidate = Evaluate(middle, load, target);
            if (Meets(candidate, target))
            {
                high = middle;
                best = candidate;
            }
            else
            {
                low = middle + 1;
            }
        }

        return (high, best);
    }

    /// <summary>A hair of tolerance so a level computed as 0.79999999999999 still meets 0.8.</summary>
    private static bool Meets(QueueOutcome outcome, StaffingTarget target) =>
        outcome.ServiceLevel >= target.ServiceLevel - 1e-12
        && (target.MaxOccupancy is not { } cap || outcome.Occupancy <= cap + 1e-12);
}
