namespace Pathway.Forecasting.Workload;

/// <summary>
/// A kind of application the office decides, e.g. "temporary residence - work": the officer-hours
/// one case takes, the statutory deadline for deciding it, and the cases already waiting.
/// </summary>
public sealed record ApplicationType(string Name, double HandlingHours, int DeadlineDays, OpeningBacklog Backlog)
{
    /// <summary>
    /// What is wrong with the type's figures (handling hours, deadline, backlog), each problem on
    /// the type; <paramref name="index"/> is the type's place in a list, carried into the problems.
    /// </summary>
    public IReadOnlyList<WorkloadProblem> Validate(int index = 0)
    {
        var problems = new List<WorkloadProblem>();
        if (!(HandlingHours > 0) || double.IsInfinity(HandlingHours))
        {
            problems.Add(new(WorkloadProblemKind.HandlingHours) { Type = Name, Index = index, Value = HandlingHours });
        }

        if (DeadlineDays <= 0)
        {
            problems.Add(new(WorkloadProblemKind.DeadlineDays) { Type = Name, Index = index, Value = DeadlineDays });
        }

        var backlog = Backlog;
        if (backlog.Cases < 0)
        {
            problems.Add(new(WorkloadProblemKind.NegativeBacklog) { Type = Name, Index = index, Value = backlog.Cases });
        }

        if (backlog.AgesDays is { } ages)
        {
            if (backlog.AverageAgeDays is not null)
            {
                problems.Add(new(WorkloadProblemKind.BacklogAgesAndAverage) { Type = Name, Index = index });
            }

            if (ages.Count != backlog.Cases)
            {
                problems.Add(new(WorkloadProblemKind.BacklogAgesCount) { Type = Name, Index = index, Value = ages.Count, Expected = backlog.Cases });
            }

            if (ages.Any(a => !(a >= 0) || double.IsInfinity(a)))
            {
                problems.Add(new(WorkloadProblemKind.BacklogAges) { Type = Name, Index = index });
            }
        }

        if (backlog.AverageAgeDays is { } average && (!(average >= 0) || double.IsInfinity(average)))
        {
            problems.Add(new(WorkloadProblemKind.BacklogAverageAge) { Type = Name, Index = index, Value = average });
        }

        return problems;
    }
}
