using Pathway.Forecasting;
using Pathway.Forecasting.Backtesting;

namespace Pathway.Analytics.Forecasts;

/// <summary>
/// The workspace's backtest: rolling origins one period apart, scoring up to a year of periods
/// ahead (the chosen horizon when shorter), so accuracy figures stay comparable between series.
/// </summary>
public static class ForecastAccuracy
{
    public const int Origins = 12;
    public const int MaxScoredHorizon = 12;

    public static int ScoredHorizon(int horizon) => Math.Min(MaxScoredHorizon, horizon);

    public static ModelAccuracy Of(TimeSeries series, int horizon, ModelChoice model)
    {
        var report = Backtest.Run([series], ScoredHorizon(horizon), Origins, [model]);
        var row = report.Results.FirstOrDefault(r => r.Model == model);
        return row is null
            ? ModelAccuracy.NotMeasured(model, AccuracyStatus.TooShort)
            : new ModelAccuracy(model, AccuracyStatus.Measured, row.Origins, row.Points, row.Mase, row.Smape, row.Coverage80, row.Coverage95);
    }

    /// <summary>
    /// One backtest per model (every model the engine names when none are given), so a model the
    /// history is too short for is shown as such while the others are scored.
    /// </summary>
    public static ModelComparison Compare(TimeSeries series, int horizon, IReadOnlyList<ModelChoice>? models = null) =>
        new(ScoredHorizon(horizon), Origins, (models ?? ModelChoices.All).Select(model => Of(series, horizon, model)).ToList());
}
