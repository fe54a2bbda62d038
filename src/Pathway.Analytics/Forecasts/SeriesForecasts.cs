using Pathway.Forecasting;

namespace Pathway.Analytics.Forecasts;

/// <summary>The limits and the one call the workspace and the API make to the engine.</summary>
public static class SeriesForecasts
{
    public const int MinHorizon = 1;
    public const int MaxHorizon = 60;
    public const int DefaultHorizon = 12;

    /// <summary>The forecast, or null when the engine does not offer <paramref name="model"/> yet.</summary>
    public static SeriesForecast? TryForecast(TimeSeries series, int horizon, ModelChoice model)
    {
        try
        {
            return Forecaster.Forecast(series, horizon, model);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
