using System.Globalization;
using Pathway.Forecasting.Ets;
using Pathway.Forecasting.Models;

namespace Pathway.Forecasting;

/// <summary>
/// Forecasts series with the chosen model, falling back to simpler ones where the history is too
/// short, and saying so in the notes. The same history always gives the same forecast.
/// </summary>
public static class Forecaster
{
    /// <summary>Below this many values no model is estimated: the forecast repeats the last value.</summary>
    public const int MinimumForModels = 4;

    public static SeriesForecast Forecast(TimeSeries series, int horizon, ModelChoice choice = ModelChoice.Auto)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        var notes = new List<ForecastNote>();
        var history = History.Prepare(series, notes);
        if (history is null) return new SeriesForecast(series, null, notes);
        var model = Fit(history, series.SeasonLength, choice, notes);
        var forecast = model.Forecast(horizon);
        if (history.All(v => v >= 0)) forecast = forecast.ClampedAtZero();
        return new SeriesForecast(series, forecast, notes) { Model = model, History = history };
    }

    /// <summary>Fits the chosen model to a complete history (no missing values).</summary>
    public static IFittedModel Fit(double[] history, int seasonLength, ModelChoice choice, List<ForecastNote> notes)
    {
        if (history.Length < MinimumForModels)
        {
            var naive = SeasonalNaive.Fit(history, 1);
            notes.Add(new ForecastNote(ForecastNoteKind.ModelFellBack,
                $"{history.Length} value(s) are too few for any model (at least {MinimumForModels} are needed); the forecast repeats the last value (naive).", history.Length, naive.Name));
            if (!naive.IntervalsEstimated)
                notes.Add(new ForecastNote(ForecastNoteKind.IntervalsNotEstimated, "With one value no error can be estimated: the intervals have no width."));
            return naive;
        }
        if (seasonLength > 1 && !EtsFitter.CanBeSeasonal(history.Length, seasonLength) && choice != ModelChoice.SeasonalNaive)
        {
            notes.Add(new ForecastNote(ForecastNoteKind.TooShortForSeasonal,
                string.Create(CultureInfo.InvariantCulture, $"{history.Length} values are fewer than two seasonal cycles of {seasonLength}; only non-seasonal models were tried."), history.Length));
        }

        var model = choice switch
        {
            ModelChoice.SeasonalNaive => SeasonalNaive.Fit(history, seasonLength),
            ModelChoice.Ets => EtsFitter.FitAuto(history, seasonLength),
            ModelChoice.Theta => Theta.Fit(history, seasonLength),
            ModelChoice.Arima => AutoArima.Fit(history, seasonLength),
            ModelChoice.Combo => Combine(history, seasonLength),
            ModelChoice.Auto => FitAutomatic(history, seasonLength, notes),
        };
        if (model is not null) return model;

        var fallback = SeasonalNaive.Fit(history, seasonLength);
        notes.Add(new ForecastNote(ForecastNoteKind.ModelFellBack,
            $"The {choice.ToKey()} model could not be fitted to {history.Length} values; {fallback.Name} was used instead.", history.Length, fallback.Name));
        return fallback;
    }

    /// <summary>
    /// The engine's own choice: exponential smoothing with no or damped trend, by AICc, on the whole
    /// history. A lasting level shift is reported, not cut off: refitting on the values after it
    /// forecast worse in the backtests (docs/benchmarks.md), because the smoothing already follows a
    /// new level and the seasonal pattern needs the older years.
    /// </summary>
    private static IFittedModel? FitAutomatic(double[] history, int seasonLength, List<ForecastNote> notes)
    {
        var shift = StructuralBreak.Latest(history, seasonLength, minimumAfter: Math.Max(seasonLength, 6));
        if (shift > 0)
        {
            notes.Add(new ForecastNote(ForecastNoteKind.StructuralBreak,
                string.Create(CultureInfo.InvariantCulture, $"The level shifted {history.Length - shift} periods before the end; the model follows the new level and its intervals are widened to the errors seen around the shift."), history.Length - shift));
        }

        return InnerWindowCombination.Fit(history, seasonLength);
    }

    private static IFittedModel? Combine(double[] history, int seasonLength)
    {
        var members = new List<IFittedModel>();
        if (EtsFitter.FitAuto(history, seasonLength, dampedTrendsOnly: true) is { } ets) members.Add(ets);
        if (Theta.Fit(history, seasonLength) is { } theta) members.Add(theta);
        members.Add(AutoArima.Fit(history, seasonLength));
        return members.Count switch
        {
            0 => null,
            1 => members[0],
            _ => new Combination(members),
        };
    }
}
