using Microsoft.Extensions.Localization;
using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Localization;
using Pathway.Analytics.Planning;
using Pathway.Analytics.Series;
using Pathway.Forecasting;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Forecasts;

/// <summary>A note of the engine: its kind for programs, its message in the caller's language for people.</summary>
public sealed record ForecastNoteView(string Kind, string Message, int Count, string? Model);

/// <summary>A forecast as the API returns it: one entry per period in each array.</summary>
/// <param name="Model">The model the engine fitted, e.g. ETS(M,A,M).</param>
/// <param name="ModelChoice">The model asked for: auto, ets, theta, snaive, combo.</param>
public sealed record ForecastView(
    Guid? SeriesId,
    string Series,
    string Frequency,
    int Horizon,
    string ModelChoice,
    string Model,
    IReadOnlyList<string> Periods,
    IReadOnlyList<double> Mean,
    IReadOnlyList<double> Lo80,
    IReadOnlyList<double> Hi80,
    IReadOnlyList<double> Lo95,
    IReadOnlyList<double> Hi95,
    IReadOnlyList<ForecastNoteView> Notes)
{
    public static ForecastView From(SeriesForecast forecast, Forecast f, ModelChoice choice, Guid? seriesId, IStringLocalizer<AnalyticsText> text) => new(
        seriesId,
        forecast.Series.Id,
        forecast.Series.Frequency.ToKey(),
        f.Horizon,
        choice.ToKey(),
        f.Model,
        Enumerable.Range(0, f.Horizon).Select(h => forecast.Series.Frequency.Format(forecast.PeriodAt(h))).ToList(),
        f.Mean, f.Lower80, f.Upper80, f.Lower95, f.Upper95,
        NotesOf(forecast, text));

    public static IReadOnlyList<ForecastNoteView> NotesOf(SeriesForecast forecast, IStringLocalizer<AnalyticsText> text) =>
        forecast.Notes.Select(n => new ForecastNoteView(n.Kind.ToString(), ForecastNoteText.Describe(n, text), n.Count, n.Model)).ToList();
}

/// <summary>One model's backtest; figures are absent when it was not measured (see <c>status</c>).</summary>
/// <param name="Status">measured, or too-short (no origin leaves enough history).</param>
/// <param name="Coverage80">Share of actual values inside the 80% interval, 0 to 1.</param>
public sealed record ModelAccuracyView(string Model, string Status, int Origins, int Points, double? Mase, double? Smape, double? Coverage80, double? Coverage95)
{
    public static ModelAccuracyView From(ModelAccuracy accuracy) => new(
        accuracy.Model.ToKey(),
        accuracy.Status switch
        {
            AccuracyStatus.Measured => "measured",
            AccuracyStatus.TooShort => "too-short",
        },
        accuracy.Origins,
        accuracy.Points,
        Figure(accuracy.Mase), Figure(accuracy.Smape), Figure(accuracy.Coverage80), Figure(accuracy.Coverage95));

    // JSON has no NaN: a figure that could not be computed is left out.
    private static double? Figure(double value) => double.IsFinite(value) ? value : null;
}

/// <summary>Rolling-origin accuracy of each model, and the one with the lowest MASE.</summary>
/// <param name="Horizon">Periods ahead scored at each origin.</param>
public sealed record BacktestView(Guid? SeriesId, string Series, int Horizon, int Origins, IReadOnlyList<ModelAccuracyView> Models, string? Best);
