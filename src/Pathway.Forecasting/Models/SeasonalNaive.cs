using System.Globalization;
namespace Pathway.Forecasting.Models;

/// <summary>
/// Each period repeats the same period one cycle earlier (with a cycle of one, the last value):
/// the benchmark every other model must beat.
/// </summary>
public sealed class SeasonalNaive : IFittedModel
{
    private readonly double[] _lastCycle;
    private readonly double _sigma;

    private SeasonalNaive(double[] history, int seasonLength)
    {
        SeasonLength = seasonLength;
        _lastCycle = history[^seasonLength..];
        Fitted = new double[history.Length];
        double sum = 0;
        var count = 0;
        for (var t = 0; t < history.Length; t++)
        {
            if (t < seasonLength) { Fitted[t] = double.NaN; continue; }
            Fitted[t] = history[t - seasonLength];
            var e = history[t] - Fitted[t];
            sum += e * e;
            count++;
        }
        _sigma = count > 0 ? Math.Sqrt(sum / count) : 0;
        IntervalsEstimated = count > 0;
    }

    public int SeasonLength { get; }
    public double Aicc => double.NaN;
    public double[] Fitted { get; }
    public string Name => SeasonLength > 1 ? string.Create(CultureInfo.InvariantCulture, $"Seasonal naive[{SeasonLength}]") : "Naive";

    /// <summary>False when the history is one cycle long, so no error was ever observed and the intervals have no width.</summary>
    public bool IntervalsEstimated { get; }

    /// <summary>A seasonal naive model when the history holds a whole cycle, else the plain naive one.</summary>
    public static SeasonalNaive Fit(double[] history, int seasonLength) =>
        new(history, history.Length >= seasonLength && seasonLength > 1 ? seasonLength : 1);

    public Forecast Forecast(int horizon)
    {
        var mean = new double[horizon];
        var sd = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            mean[h] = _lastCycle[h % SeasonLength];
            // Each further cycle adds one more step of the random walk in that season.
            sd[h] = _sigma * Math.Sqrt(h / SeasonLength + 1);
        }
        return Pathway.Forecasting.Forecast.FromNormal(Name, mean, sd);
    }
}
