namespace Pathway.Forecasting;

/// <summary>The forecast of one series (null when it had no observations) and what the engine did to make it.</summary>
public sealed record SeriesForecast(TimeSeries Series, Forecast? Forecast, IReadOnlyList<ForecastNote> Notes)
{
    /// <summary>The first forecast period: the one after the series' last period.</summary>
    public DateOnly FirstPeriod => Series.Frequency.Advance(Series.End, 1);

    public DateOnly PeriodAt(int step) => Series.Frequency.Advance(Series.End, step + 1);

    /// <summary>The fitted model (null without a forecast); its in-sample errors feed reconciliation.</summary>
    public IFittedModel? Model { get; init; }

    /// <summary>The prepared history the model was fitted to (gaps filled).</summary>
    public double[] History { get; init; } = [];
}
