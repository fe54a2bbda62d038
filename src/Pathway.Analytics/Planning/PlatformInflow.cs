using Pathway.Analytics.Demo;
using Pathway.Analytics.Series;
using Pathway.Forecasting;
using Pathway.Forecasting.Workload;

namespace Pathway.Analytics.Planning;

/// <summary>
/// The inflow the platform expects: each of the office's monthly series of applications by type,
/// forecast with the automatic model; the mean is the expected inflow, the upper bound of the 80%
/// interval the upper scenario's. The plan starts in the month after the series end.
/// </summary>
internal static class PlatformInflow
{
    public const int MinMonths = 1;
    public const int MaxMonths = 36;
    public const int DefaultMonths = 12;

    public static IReadOnlyList<string> SeriesKeys { get; } = DemoApplicationType.All.Select(t => t.SeriesKey).ToList();

    public static async Task<PlatformInflowResult> ForecastAsync(ISeriesStore store, int months, CancellationToken cancellationToken = default)
    {
        var stored = (await store.ListAsync(cancellationToken)).ToDictionary(s => s.Key, StringComparer.Ordinal);
        var missing = SeriesKeys.Where(k => !stored.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            return new PlatformInflowResult([], [], missing);
        }

        var rows = new List<InflowRow>();
        var models = new List<string>();
        foreach (var key in SeriesKeys)
        {
            var found = await store.GetAsync(stored[key].Id, cancellationToken);
            if (found?.Series is not { Frequency: Frequency.Monthly } series
                || Forecaster.Forecast(series, months, ModelChoice.Auto) is not { Forecast: { } forecast } result)
            {
                missing.Add(key);
                continue;
            }

            models.Add(forecast.Model);
            rows.AddRange(Enumerable.Range(0, months).Select(h => new InflowRow(key, result.PeriodAt(h), forecast.Mean[h], forecast.Upper80[h])));
        }

        return missing.Count > 0 ? new PlatformInflowResult([], [], missing) : new PlatformInflowResult(rows, models, []);
    }
}

/// <summary>The forecast inflow rows and the model fitted to each series, or the series the office does not keep (monthly, with observations).</summary>
internal sealed record PlatformInflowResult(IReadOnlyList<InflowRow> Rows, IReadOnlyList<string> Models, IReadOnlyList<string> Missing);
