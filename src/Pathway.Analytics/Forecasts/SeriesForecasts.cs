using Pathway.Forecasting;

namespace Pathway.Analytics.Forecasts;

/// <summary>The limits and the one call the workspace and the API make to the engine.</summary>
public static class SeriesForecasts
{
    public const int MinHorizon = 1;
    public const int MaxHorizon = 60;
    public const int DefaultHorizon = 12;

    /// <summary>The forecast; without observations it has none (<see cref="SeriesForecast.Forecast"/> is null).</summary>
    public static SeriesForecast Forecast(TimeSeries series, int horizon, ModelChoice model) =>
        Forecaster.Forecast(series, horizon, model);
}
