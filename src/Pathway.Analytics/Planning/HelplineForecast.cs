using Pathway.Analytics.Series;
using Pathway.Forecasting;
using Pathway.Forecasting.Staffing;

namespace Pathway.Analytics.Planning;

/// <summary>
/// Calls per hour for the coming week from the office's daily helpline series: the next seven days
/// forecast with the automatic model, each day's expected calls spread over its hours with the
/// <see cref="IntradayProfile"/>.
/// </summary>
internal static class HelplineForecast
{
    public const string SeriesKey = "helpline.calls.daily";
    private const int Days = 7;

    /// <summary>The week's 168 hours, Monday 00:00 first; null when the office keeps no daily helpline series with observations.</summary>
    public static async Task<HelplineWeek?> ForecastAsync(ISeriesStore store, CancellationToken cancellationToken = default)
    {
        var summary = (await store.ListAsync(cancellationToken)).FirstOrDefault(s => s.Key == SeriesKey);
        if (summary is null
            || await store.GetAsync(summary.Id, cancellationToken) is not { Series: { Frequency: Frequency.Daily } series }
            || Forecaster.Forecast(series, Days, ModelChoice.Auto) is not { Forecast: { } forecast } result)
        {
            return null;
        }

        var hours = new List<HourlyCalls>();
        for (var day = 0; day < Days; day++)
        {
            var weekday = result.PeriodAt(day).DayOfWeek;
            hours.AddRange(Enumerable.Range(0, 24).Select(hour => new HourlyCalls(weekday, hour, forecast.Mean[day] * IntradayProfile.Share(hour))));
        }

        return new HelplineWeek(result.PeriodAt(0), result.PeriodAt(Days - 1), forecast.Model, [.. hours.OrderBy(h => HourOfWeek.Index(h.Weekday, h.Hour))]);
    }
}

/// <summary>The forecast week's dates, the model fitted to the daily series, and the calls per hour of the week.</summary>
internal sealed record HelplineWeek(DateOnly From, DateOnly To, string Model, IReadOnlyList<HourlyCalls> Calls);
