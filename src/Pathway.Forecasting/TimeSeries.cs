namespace Pathway.Forecasting;

/// <summary>
/// One series on a regular calendar grid. A missing observation is <see cref="double.NaN"/>;
/// the forecaster fills such gaps before fitting and says so in its notes.
/// </summary>
public sealed class TimeSeries
{
    public TimeSeries(string id, Frequency frequency, DateOnly start, double[] values)
    {
        Id = id;
        Frequency = frequency;
        Start = frequency == Frequency.Monthly ? new DateOnly(start.Year, start.Month, 1) : start;
        Values = values;
    }

    public string Id { get; }
    public Frequency Frequency { get; }
    public DateOnly Start { get; }
    public double[] Values { get; }
    public int Length => Values.Length;
    public int SeasonLength => Frequency.SeasonLength();
    public DateOnly PeriodAt(int index) => Frequency.Advance(Start, index);
    public DateOnly End => PeriodAt(Length - 1);

    public int MissingCount => Values.Count(double.IsNaN);

    /// <summary>The first <paramref name="length"/> observations, as a backtest origin sees them.</summary>
    public TimeSeries Head(int length) => new(Id, Frequency, Start, Values[..length]);
}
