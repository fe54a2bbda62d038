using System.Globalization;
namespace Pathway.Forecasting;

/// <summary>
/// Turns a series with missing values into the complete history the models need, and says what
/// was done: leading gaps are dropped, inner gaps interpolated linearly, trailing gaps carry the
/// last observation (the forecast still starts after the series' last period).
/// </summary>
internal static class History
{
    public static double[]? Prepare(TimeSeries series, List<ForecastNote> notes)
    {
        var values = series.Values;
        var first = Array.FindIndex(values, v => !double.IsNaN(v));
        if (first < 0)
        {
            notes.Add(new ForecastNote(ForecastNoteKind.NoObservations, $"Series '{series.Id}' has no observations; nothing to forecast."));
            return null;
        }
        var last = Array.FindLastIndex(values, v => !double.IsNaN(v));
        if (first > 0)
            notes.Add(new ForecastNote(ForecastNoteKind.LeadingMissingDropped, string.Create(CultureInfo.InvariantCulture, $"{first} missing value(s) before the first observation were left out."), first));

        var history = values[first..];
        var inner = 0;
        for (var t = 1; t <= last - first; t++)
        {
            if (!double.IsNaN(history[t])) continue;
            var next = t;
            while (double.IsNaN(history[next])) next++;
            for (var k = t; k < next; k++)
            {
                var w = (double)(k - t + 1) / (next - t + 1);
                history[k] = history[t - 1] + w * (history[next] - history[t - 1]);
                inner++;
            }
            t = next;
        }
        if (inner > 0)
            notes.Add(new ForecastNote(ForecastNoteKind.MissingInterpolated, string.Create(CultureInfo.InvariantCulture, $"{inner} missing value(s) inside the history were interpolated."), inner));

        var trailing = values.Length - 1 - last;
        if (trailing > 0)
        {
            for (var t = history.Length - trailing; t < history.Length; t++) history[t] = history[t - 1];
            notes.Add(new ForecastNote(ForecastNoteKind.TrailingMissingCarried, string.Create(CultureInfo.InvariantCulture, $"The last {trailing} period(s) are missing; the last observation was carried forward."), trailing));
        }
        return history;
    }
}
