namespace Pathway.Forecasting.Backtesting;

/// <summary>
/// How one model did on one series over the rolling origins. MASE is NaN when the series has no
/// in-sample variation to scale by; coverage is the share of actual values inside the interval.
/// </summary>
public sealed record BacktestResult(string SeriesId, ModelChoice Model, int Origins, int Points, double Mase, double Smape, double Coverage80, double Coverage95);

/// <summary>One model's mean accuracy over all series it could be evaluated on.</summary>
public sealed record BacktestSummary(ModelChoice Model, int Series, double MeanMase, double MedianMase, double MeanSmape, double Coverage80, double Coverage95);

public sealed record BacktestReport(IReadOnlyList<BacktestResult> Results, IReadOnlyList<BacktestSummary> Summary, IReadOnlyList<string> Skipped)
{
    /// <summary>The model with the lowest mean MASE, the one the workspace suggests.</summary>
    public ModelChoice? Best => Summary.Where(s => !double.IsNaN(s.MeanMase)).OrderBy(s => s.MeanMase).Select(s => (ModelChoice?)s.Model).FirstOrDefault();
}
