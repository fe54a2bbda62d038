using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Planning;
using Pathway.Analytics.Series;
using Pathway.Forecasting;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Forecasts;

/// <summary>The horizon and model of a forecast request, checked, with errors on their fields.</summary>
internal static class ForecastParameters
{
    public static int Horizon(int? horizon, FieldErrors errors, string field = "horizon")
    {
        var value = horizon ?? SeriesForecasts.DefaultHorizon;
        if (value is < SeriesForecasts.MinHorizon or > SeriesForecasts.MaxHorizon)
        {
            errors.Add(field, "Enter a number from {0} to {1}.", SeriesForecasts.MinHorizon, SeriesForecasts.MaxHorizon);
        }

        return value;
    }

    /// <summary>The horizon as text (a query string or a form field).</summary>
    public static int Horizon(string? horizon, FieldErrors errors, string field = "horizon")
    {
        if (string.IsNullOrWhiteSpace(horizon))
        {
            return SeriesForecasts.DefaultHorizon;
        }

        if (!int.TryParse(horizon, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(field, "Enter a number from {0} to {1}.", SeriesForecasts.MinHorizon, SeriesForecasts.MaxHorizon);
            return SeriesForecasts.DefaultHorizon;
        }

        return Horizon(value, errors, field);
    }

    public static ModelChoice Model(string? model, FieldErrors errors, string field = "model")
    {
        if (model is null)
        {
            return ModelChoice.Auto;
        }

        if (!ModelChoices.TryParse(model, out var choice))
        {
            errors.Add(field, "Choose one of: {0}.", string.Join(", ", ModelChoices.All.Select(m => m.ToKey())));
        }

        return choice;
    }
}
