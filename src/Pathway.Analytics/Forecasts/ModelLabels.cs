using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Forecasting;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Forecasts;

/// <summary>The models as the workspace names them in its lists.</summary>
internal static class ModelLabels
{
    public static string Of(ModelChoice model, IStringLocalizer<AnalyticsText> T) => model switch
    {
        ModelChoice.Auto => T["Automatic (exponential smoothing with a damped trend and Theta, weighted by their recent accuracy)"],
        ModelChoice.Ets => T["Exponential smoothing (ETS)"],
        ModelChoice.Theta => T["Theta"],
        ModelChoice.Arima => T["ARIMA"],
        ModelChoice.SeasonalNaive => T["Seasonal naive"],
        ModelChoice.Combo => T["Combination of ETS, Theta and ARIMA"],
    };
}
