namespace Pathway.Forecasting;

/// <summary>Forecasts many series on all cores, in input order, reporting each one done.</summary>
public static class ForecastBatch
{
    public static IReadOnlyList<SeriesForecast> Run(IReadOnlyList<TimeSeries> series, int horizon, ModelChoice choice,
        IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        var results = new SeriesForecast[series.Count];
        var done = 0;
        Parallel.For(0, series.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            results[i] = Forecaster.Forecast(series[i], horizon, choice);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return results;
    }
}
