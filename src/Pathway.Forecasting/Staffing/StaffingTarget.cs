namespace Pathway.Forecasting.Staffing;

/// <summary>
/// What the helpline promises and what it costs to keep: e.g. 80% of calls answered within
/// 20 seconds, at 180 seconds handle time. <see cref="PatienceSeconds"/> null plans with
/// Erlang C (nobody hangs up, the cautious choice); a mean patience plans with Erlang A.
/// <see cref="MaxOccupancy"/> caps the share of time agents spend on calls, since people cannot
/// take calls back to back all day. <see cref="Shrinkage"/> is the share of paid time not on the
/// phones (breaks, training, absence) and only turns agents into scheduled staff.
/// </summary>
public sealed record StaffingTarget(
    double ServiceLevel,
    double AnswerWithinSeconds,
    double AverageHandleSeconds,
    double? PatienceSeconds = null,
    double? MaxOccupancy = null,
    double Shrinkage = 0)
{
    /// <summary>An hour: beyond that nobody hangs up in practice (plan with Erlang C), and the Erlang A chain grows needlessly long.</summary>
    public const double MaxPatienceSeconds = 3_600;

    public const double MaxShrinkage = 0.9;

    /// <summary>What is wrong with the target, one problem per figure; empty when it can be planned for.</summary>
    public IReadOnlyList<StaffingProblem> Validate()
    {
        var problems = new List<StaffingProblem>();
        if (!(ServiceLevel > 0 && ServiceLevel < 1))
        {
            problems.Add(new(StaffingProblemKind.ServiceLevel, ServiceLevel));
        }

        if (!(AnswerWithinSeconds > 0) || double.IsInfinity(AnswerWithinSeconds))
        {
            problems.Add(new(StaffingProblemKind.AnswerTime, AnswerWithinSeconds));
        }

        if (!(AverageHandleSeconds > 0) || double.IsInfinity(AverageHandleSeconds))
        {
            problems.Add(new(StaffingProblemKind.HandleTime, AverageHandleSeconds));
        }

        if (PatienceSeconds is { } patience && !(patience > 0 && patience <= MaxPatienceSeconds))
        {
            problems.Add(new(StaffingProblemKind.Patience, patience));
        }

        if (MaxOccupancy is { } occupancy && !(occupancy > 0 && occupancy <= 1))
        {
            problems.Add(new(StaffingProblemKind.Occupancy, occupancy));
        }

        if (!(Shrinkage >= 0 && Shrinkage <= MaxShrinkage))
        {
            problems.Add(new(StaffingProblemKind.Shrinkage, Shrinkage));
        }

        return problems;
    }
}
