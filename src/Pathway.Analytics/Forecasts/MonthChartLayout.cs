using System.Text;
using Pathway.Forecasting;

namespace Pathway.Analytics.Forecasts;

/// <summary>
/// The geometry of a chart over the months of a plan, in SVG user units: one band per month (bars
/// stand in it, lines pass through its middle), a value grid from zero, and month labels thinned
/// to a readable number. Pure arithmetic, so the charts stay markup.
/// </summary>
public sealed class MonthChartLayout
{
    public const double Width = 800;
    public const double Height = 280;
    public const double Left = 72;
    public const double Right = 16;
    public const double Top = 16;
    public const double Bottom = 36;
    private const int MaxMonthLabels = 8;

    private readonly int months;
    private readonly double yMax;

    /// <param name="frequency">How the periods are labelled; monthly unless said (a hierarchy may be of days).</param>
    public MonthChartLayout(IReadOnlyList<DateOnly> months, IEnumerable<double> values, Frequency frequency = Frequency.Monthly)
    {
        this.months = months.Count;
        var high = values.Where(double.IsFinite).DefaultIfEmpty(0).Max();
        var step = ForecastChartLayout.NiceStep(high / 4);
        yMax = Math.Max(step, Math.Ceiling(high / step) * step);
        ValueTicks = Enumerable.Range(0, (int)Math.Round(yMax / step) + 1).Select(i => (Y(i * step), i * step)).ToList();
        var every = (int)Math.Ceiling(this.months / (double)MaxMonthLabels);
        MonthTicks = months.Select((m, i) => (X(i), frequency.Format(m))).Where((_, i) => i % every == 0).ToList();
    }

    public static double PlotLeft => Left;
    public static double PlotRight => Width - Right;
    public static double PlotTop => Top;
    public static double PlotBottom => Height - Bottom;

    public IReadOnlyList<(double Y, double Value)> ValueTicks { get; }
    public IReadOnlyList<(double X, string Label)> MonthTicks { get; }

    /// <summary>The width of one month's band.</summary>
    public double Band => (PlotRight - PlotLeft) / Math.Max(1, months);

    /// <summary>The middle of month <paramref name="index"/>'s band.</summary>
    public double X(int index) => PlotLeft + Band * (index + 0.5);

    public double Y(double value) => PlotBottom - (PlotBottom - PlotTop) * Math.Max(0, value) / yMax;

    /// <summary>A line through one value per month; a single month draws a short level stroke across its band.</summary>
    public string Path(IReadOnlyList<double> values)
    {
        if (values.Count == 1)
        {
            return $"M{Number(X(0) - Band / 3)},{Number(Y(values[0]))} L{Number(X(0) + Band / 3)},{Number(Y(values[0]))}";
        }

        var path = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            path.Append(i == 0 ? 'M' : 'L').Append(Number(X(i))).Append(',').Append(Number(Y(values[i]))).Append(' ');
        }

        return path.ToString().TrimEnd();
    }

    public static string Number(double value) => ForecastChartLayout.Number(value);
}
