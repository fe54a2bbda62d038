using Microsoft.Extensions.Localization;
using Pathway.Forecasting;
using Pathway.Platform.Localization;

namespace Pathway.Web.Components.Pages.Analytics;

internal static class FrequencyLabels
{
    public static string Of(Frequency frequency, IStringLocalizer<Text> T) => frequency switch
    {
        Frequency.Daily => T["daily"],
        Frequency.Weekly => T["weekly"],
        Frequency.Monthly => T["monthly"],
    };
}
