using Pathway.Forecasting;

namespace Pathway.Analytics.Forecasts;

public enum AccuracyStatus
{
    Measured,

    /// <summary>The history leaves no origin with a full horizon and two seasonal cycles to fit on.</summary>
    TooShort,
}

/// <summary>
/// How one model did over the rolling origins of one series: MASE and sMAPE of the point
/// forecasts and the share of actual values inside the 80% and 95% intervals (NaN when not measured).
/// </summary>
public sealed record ModelAccuracy(ModelChoice Model, AccuracyStatus Status, int Origins, int Points, double Mase, double Smape, double Coverage80, double Coverage95)
{
    public static ModelAccuracy NotMeasured(ModelChoice model, AccuracyStatus status) => new(model, status, 0, 0, double.NaN, double.NaN, double.NaN, double.NaN);
}

/// <summary>Every model's accuracy on one series, and the one with the lowest MASE.</summary>
public sealed record ModelComparison(int Horizon, int Origins, IReadOnlyList<ModelAccuracy> Models)
{
    public ModelChoice? Best => Models
        .Where(m => m.Status == AccuracyStatus.Measured && double.IsFinite(m.Mase))
        .OrderBy(m => m.Mase)
        .Select(m => (ModelChoice?)m.Model)
        .FirstOrDefault();
}
