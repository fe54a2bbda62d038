using Pathway.Analytics.Forecasts;
using Pathway.Forecasting;

namespace Pathway.Analytics.Dashboards;

/// <summary>
/// The dashboard's forecast of applications: the monthly counts under the filter, from the first
/// month with an application (at most <see cref="MaxHistoryMonths"/> back) to the last whole month
/// of the period, forecast <see cref="Horizon"/> months ahead by the workspace's automatic model
/// with its 80% and 95% intervals.
/// </summary>
public static class ApplicationsForecast
{
    public const int Horizon = SeriesForecasts.DefaultHorizon;

    /// <summary>Fewer months than this the engine does not fit a model to (it repeats the last value): no forecast is shown.</summary>
    public const int MinimumMonths = Forecaster.MinimumForModels;

    /// <summary>Ten years: older months would tell the model little about the next year, and cost fitting time.</summary>
    public const int MaxHistoryMonths = 120;

    /// <summary>The last month the history may end in: the period's last, but never one still under way.</summary>
    public static DateOnly LastWholeMonth(DashboardFilter filter, DateOnly today)
    {
        var previous = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return filter.To < previous ? filter.To : previous;
    }

    /// <summary>
    /// The months from <paramref name="shownFrom"/> (or the history's start, if later) to
    /// <paramref name="end"/> with what came in, then the forecast months; without enough history,
    /// only the observed months and no model.
    /// </summary>
    public static (IReadOnlyList<ForecastMonth> Months, string? Model) Of(IReadOnlyDictionary<DateOnly, int> counts, DateOnly shownFrom, DateOnly end)
    {
        var firstSeen = counts.Where(c => c.Value > 0 && c.Key <= end).Select(c => (DateOnly?)c.Key).Min();
        if (firstSeen is not { } first)
        {
            return ([], null);
        }

        var start = first < end.AddMonths(1 - MaxHistoryMonths) ? end.AddMonths(1 - MaxHistoryMonths) : first;
        var length = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
        var values = Enumerable.Range(0, length).Select(i => counts.GetValueOrDefault(start.AddMonths(i))).ToArray();
        var months = values.Select((value, i) => (Month: start.AddMonths(i), Value: value))
            .Where(m => m.Month >= shownFrom)
            .Select(m => new ForecastMonth(m.Month, m.Value, null, null, null, null, null))
            .ToList();
        if (length < MinimumMonths)
        {
            return (months, null);
        }

        var series = new TimeSeries("applications", Frequency.Monthly, start, [.. values.Select(v => (double)v)]);
        var result = SeriesForecasts.Forecast(series, Horizon, ModelChoice.Auto);
        if (result.Forecast is not { } forecast)
        {
            return (months, null);
        }

        for (var h = 0; h < forecast.Horizon; h++)
        {
            months.Add(new ForecastMonth(end.AddMonths(h + 1), null,
                Round(forecast.Mean[h]), Round(forecast.Lower80[h]), Round(forecast.Upper80[h]), Round(forecast.Lower95[h]), Round(forecast.Upper95[h])));
        }

        return (months, forecast.Model);
    }

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
