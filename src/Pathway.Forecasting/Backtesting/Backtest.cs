using System.Globalization;
namespace Pathway.Forecasting.Backtesting;

/// <summary>
/// Rolling-origin evaluation: each model is fitted on the history up to an origin and scored on
/// the following horizon, for origins stepping one period at a time towards the end of the
/// series (the last origin leaves exactly one horizon to score). Errors are MASE (scaled by the
/// in-sample seasonal naive error of each origin's history), sMAPE and interval coverage.
/// </summary>
public static class Backtest
{
    public static BacktestReport Run(IReadOnlyList<TimeSeries> series, int horizon, int origins, IReadOnlyList<ModelChoice> models,
        IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(origins, 1);
        var perSeries = new List<BacktestResult>?[series.Count];
        var skipped = new string?[series.Count];
        var done = 0;
        Parallel.For(0, series.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            perSeries[i] = Evaluate(series[i], horizon, origins, models, out skipped[i]);
            progress?.Report(Interlocked.Increment(ref done));
        });

        var results = perSeries.Where(r => r is not null).SelectMany(r => r!).ToList();
        var summary = models.Select(model => Summarise(model, results.Where(r => r.Model == model).ToList())).ToList();
        return new BacktestReport(results, summary, skipped.Where(s => s is not null).Select(s => s!).ToList());
    }

    private static BacktestSummary Summarise(ModelChoice model, List<BacktestResult> rows)
    {
        var mases = rows.Select(r => r.Mase).Where(double.IsFinite).Order().ToList();
        var points = rows.Sum(r => r.Points);
        double Weighted(Func<BacktestResult, double> part) => points == 0 ? double.NaN : rows.Sum(r => part(r) * r.Points) / points;
        return new BacktestSummary(model, rows.Count,
            mases.Count == 0 ? double.NaN : mases.Average(),
            mases.Count == 0 ? double.NaN : mases[mases.Count / 2],
            rows.Count == 0 ? double.NaN : rows.Average(r => r.Smape),
            Weighted(r => r.Coverage80), Weighted(r => r.Coverage95));
    }

    /// <summary>The training lengths of the origins that leave a full horizon and at least two cycles (or four values) to fit on.</summary>
    public static IReadOnlyList<int> TrainingLengths(int length, int seasonLength, int horizon, int origins)
    {
        var minimum = Math.Max(Forecaster.MinimumForModels, seasonLength > 1 ? 2 * seasonLength : 0);
        var lengths = new List<int>();
        for (var k = origins - 1; k >= 0; k--)
        {
            var train = length - horizon - k;
            if (train >= minimum) lengths.Add(train);
        }
        return lengths;
    }

    private static List<BacktestResult>? Evaluate(TimeSeries series, int horizon, int origins, IReadOnlyList<ModelChoice> models, out string? skipped)
    {
        var notes = new List<ForecastNote>();
        var history = History.Prepare(series, notes);
        skipped = null;
        if (history is null)
        {
            skipped = $"{series.Id}: no observations";
            return null;
        }
        var actual = series.Values[^history.Length..];
        var trainings = TrainingLengths(history.Length, series.SeasonLength, horizon, origins);
        if (trainings.Count == 0)
        {
            skipped = string.Create(CultureInfo.InvariantCulture, $"{series.Id}: {history.Length} values are too few for a {horizon}-period horizon");
            return null;
        }

        var results = new List<BacktestResult>(models.Count);
        foreach (var model in models)
        {
            var accuracy = new Accuracy();
            foreach (var train in trainings)
            {
                var past = history[..train];
                var forecast = Forecaster.Fit(past, series.SeasonLength, model, []).Forecast(horizon);
                if (past.All(v => v >= 0)) forecast = forecast.ClampedAtZero();
                accuracy.Add(history.AsSpan(0, train), actual.AsSpan(train, horizon), forecast, series.SeasonLength);
            }
            results.Add(accuracy.Result(series.Id, model, trainings.Count));
        }
        return results;
    }
}
