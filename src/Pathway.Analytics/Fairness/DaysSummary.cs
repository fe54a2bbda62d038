namespace Pathway.Analytics.Fairness;

/// <summary>Decisions' days to decision as the database sums them: how many, their sum and their sum of squares.</summary>
internal sealed record DaysSummary(long Count, double Sum, double SumOfSquares)
{
    public static DaysSummary None { get; } = new(0, 0, 0);

    public double Mean => Sum / Count;

    /// <summary>The sum of squared deviations from the mean.</summary>
    public double Deviations => Count == 0 ? 0 : Math.Max(0, SumOfSquares - (Sum * Sum / Count));

    public static DaysSummary operator +(DaysSummary x, DaysSummary y) => new(x.Count + y.Count, x.Sum + y.Sum, x.SumOfSquares + y.SumOfSquares);
}
