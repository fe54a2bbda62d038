using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Forecasting;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Forecasts;

internal static class FrequencyLabels
{
    public static string Of(Frequency frequency, IStringLocalizer<AnalyticsText> T) => frequency switch
    {
        Frequency.Daily => T["daily"],
        Frequency.Weekly => T["weekly"],
        Frequency.Monthly => T["monthly"],
    };
}
