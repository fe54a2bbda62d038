using System.Globalization;
using System.Text;
using Pathway.Forecasting;

namespace Pathway.Analytics.Forecasts;

/// <summary>
/// The geometry of the forecast chart in SVG user units: history line, forecast mean, the 80% and
/// 95% bands, the value grid and the period labels. Pure arithmetic, so the page stays markup.
/// </summary>
internal sealed class ForecastChartLayout
{
    public const double Width = 800;
    public const double Height = 320;
    public const double Left = 72;
    public const double Right = 16;
    public const double Top = 16;
    public const double Bottom = 36;
    private const int MaxPeriodLabels = 12;

    private readonly double yMin;
    private readonly double yMax;
    private readonly int periods;

    public ForecastChartLayout(SeriesForecast forecast, Forecast f)
    {
        // The recent past, enough to see the season and the trend the forecast carries on;
        // the whole history is in the table below the chart.
        var all = forecast.Series;
        var shown = Math.Min(all.Length, Math.Max(5 * all.SeasonLength, 4 * f.Horizon));
        var history = new TimeSeries(all.Id, all.Frequency, all.PeriodAt(all.Length - shown), all.Values[^shown..]);
        HistoryStart = history.Start;
        periods = history.Length + f.Horizon;
        var values = history.Values.Where(double.IsFinite).Concat(f.Lower95).Concat(f.Upper95).Concat(f.Mean).ToList();
        var (low, high) = (Math.Min(0, values.Min()), values.Max());
        var step = NiceStep((high - low) / 4);
        yMin = Math.Floor(low / step) * step;
        yMax = Math.Max(yMin + step, Math.Ceiling(high / step) * step);
        ValueTicks = Enumerable.Range(0, (int)Math.Round((yMax - yMin) / step) + 1).Select(i => (Y(yMin + i * step), yMin + i * step)).ToList();

        HistoryPath = Path(Enumerable.Range(0, history.Length).Select(i => (i, history.Values[i])));
        // Forecast lines start at the last observation, so the eye follows on without a gap.
        var lastIndex = Array.FindLastIndex(history.Values, double.IsFinite);
        var anchor = lastIndex >= 0 ? history.Values[lastIndex] : f.Mean[0];
        var anchorIndex = lastIndex >= 0 ? lastIndex : history.Length;
        IEnumerable<(int Index, double Value)> Ahead(double[] series) =>
            new[] { (anchorIndex, anchor) }.Concat(series.Select((v, h) => (history.Length + h, v)));
        MeanPath = Path(Ahead(f.Mean));
        Band80 = Band(Ahead(f.Lower80), Ahead(f.Upper80));
        Band95 = Band(Ahead(f.Lower95), Ahead(f.Upper95));
        ForecastStartX = X(history.Length - 0.5);
        PeriodTicks = PeriodLabels(history);
    }

    /// <summary>The first period drawn.</summary>
    public DateOnly HistoryStart { get; }

    public string HistoryPath { get; }
    public string MeanPath { get; }
    public string Band80 { get; }
    public string Band95 { get; }
    public double ForecastStartX { get; }
    public IReadOnlyList<(double Y, double Value)> ValueTicks { get; }
    public IReadOnlyList<(double X, string Label)> PeriodTicks { get; }
    public static double PlotLeft => Left;
    public static double PlotRight => Width - Right;
    public static double PlotTop => Top;
    public static double PlotBottom => Height - Bottom;

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private double X(double index) => Left + (Width - Left - Right) * (periods <= 1 ? 0.5 : index / (periods - 1));

    private double Y(double value) => Top + (Height - Top - Bottom) * (1 - (value - yMin) / (yMax - yMin));

    /// <summary>A line through the finite values; a missing value breaks it, so gaps stay visible.</summary>
    private string Path(IEnumerable<(int Index, double Value)> points)
    {
        var path = new StringBuilder();
        var pen = 'M';
        foreach (var (index, value) in points)
        {
            if (!double.IsFinite(value))
            {
                pen = 'M';
                continue;
            }

            path.Append(pen).Append(Number(X(index))).Append(',').Append(Number(Y(value))).Append(' ');
            pen = 'L';
        }

        return path.ToString().TrimEnd();
    }

    private string Band(IEnumerable<(int Index, double Value)> lower, IEnumerable<(int Index, double Value)> upper) =>
        string.Join(' ', upper.Concat(lower.Reverse()).Select(p => $"{Number(X(p.Index))},{Number(Y(p.Value))}"));

    /// <summary>Years for monthly and weekly series, months for daily ones; thinned to a readable number.</summary>
    private List<(double X, string Label)> PeriodLabels(TimeSeries history)
    {
        var frequency = history.Frequency;
        string Label(DateOnly period) => frequency == Frequency.Daily ? period.ToString("yyyy-MM", CultureInfo.InvariantCulture) : period.Year.ToString(CultureInfo.InvariantCulture);
        var candidates = new List<(double X, string Label)>();
        var firstBoundary = -1;
        for (var i = 1; i < periods; i++)
        {
            var period = frequency.Advance(history.Start, i);
            var previous = frequency.Advance(history.Start, i - 1);
            if (frequency == Frequency.Daily ? period.Month != previous.Month : period.Year != previous.Year)
            {
                candidates.Add((X(i), Label(period)));
                firstBoundary = firstBoundary < 0 ? i : firstBoundary;
            }
        }

        // The first period gets a label of its own only when the next one is not crowding it.
        var room = frequency == Frequency.Daily ? 15 : history.SeasonLength / 2;
        if (firstBoundary < 0 || firstBoundary >= room)
        {
            candidates.Insert(0, (X(0), Label(history.Start)));
        }

        var every = (int)Math.Ceiling(candidates.Count / (double)MaxPeriodLabels);
        return candidates.Where((_, i) => i % every == 0).ToList();
    }

    /// <summary>1, 2 or 5 times a power of ten: grid values a reader can add up at a glance.</summary>
    internal static double NiceStep(double rough)
    {
        if (!(rough > 0))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }
}
