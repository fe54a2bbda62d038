namespace Pathway.Forecasting.Workload;

/// <summary>
/// Cases of one application type pending at the start of the plan. Their ages decide when they pass
/// the statutory deadline, so give them when known: one age per case in <see cref="AgesDays"/>, or an
/// <see cref="AverageAgeDays"/>, in which case every case is taken to be of that age (no spread is
/// invented). With neither, the cases count as arrived on the first day of the plan: the most
/// lenient reading, so a deadline month found then is a best case.
/// </summary>
public sealed record OpeningBacklog(int Cases, IReadOnlyList<double>? AgesDays = null, double? AverageAgeDays = null)
{
    public static readonly OpeningBacklog None = new(0);
}
