using Pathway.Analytics.Forecasts;
using Pathway.Forecasting;

namespace Pathway.Analytics.Forecasts;

/// <summary>What the forecasting page shows for one series: the forecast, and the accuracy of one model or of all.</summary>
/// <param name="StoredId">Set for a stored series: its downloads are plain links then.</param>
internal sealed record ForecastOutcome(string Title, Guid? StoredId, SeriesForecast Forecast, ModelChoice Choice, ModelComparison Accuracy, bool Comparing)
{
    public Forecast Figures => Forecast.Forecast!;
}
