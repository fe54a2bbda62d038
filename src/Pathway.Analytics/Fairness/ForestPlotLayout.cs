using System.Globalization;

namespace Pathway.Analytics.Fairness;

/// <summary>
/// The geometry of the forest plot in SVG user units: one row per group, its refusal ratio as a square and its
/// 95% interval as a line, on a logarithmic axis (a ratio of 2 lies as far from 1 as a ratio of ½) with a line at
/// 1, "as often as comparable applicants". Intervals beyond the axis are cut at its ends.
/// </summary>
internal sealed class ForestPlotLayout
{
    public const double Width = 720;
    public const double PlotLeft = 160;
    public const double PlotRight = 700;
    public const double Top = 12;
    public const double RowHeight = 22;
    public const double Bottom = 40;

    private static readonly double[] Candidates = [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 4, 5, 10, 20];
    private readonly double low;
    private readonly double high;

    public ForestPlotLayout(IReadOnlyList<OutcomeGap> gaps)
    {
        var lowest = gaps.Count == 0 ? 0.5 : gaps.Min(g => g.RefusalRatioLower);
        var highest = gaps.Count == 0 ? 2 : gaps.Max(g => g.RefusalRatioUpper);
        low = Math.Clamp(Math.Min(0.5, lowest), 0.05, 0.5);
        high = Math.Clamp(Math.Max(2, highest), 2, 20);
        Ticks = [.. Candidates.Where(c => c >= low && c <= high).Select(c => (X(c), c.ToString("0.##", CultureInfo.CurrentCulture)))];
        Rows = [.. gaps.Select((g, i) => new ForestRow(g, Top + ((i + 0.5) * RowHeight), X(g.RefusalRatio), X(g.RefusalRatioLower), X(g.RefusalRatioUpper)))];
        Height = Top + (Math.Max(1, gaps.Count) * RowHeight) + Bottom;
        PlotBottom = Height - Bottom;
        One = X(1);
    }

    public double Height { get; }

    public double PlotBottom { get; }

    public double One { get; }

    public IReadOnlyList<(double X, string Label)> Ticks { get; }

    public IReadOnlyList<ForestRow> Rows { get; }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private double X(double ratio)
    {
        var clamped = Math.Clamp(ratio, low, high);
        return PlotLeft + ((Math.Log(clamped) - Math.Log(low)) / (Math.Log(high) - Math.Log(low)) * (PlotRight - PlotLeft));
    }
}

/// <summary>A group's row of the forest plot: where its estimate and interval lie.</summary>
internal sealed record ForestRow(OutcomeGap Gap, double Y, double Estimate, double Lower, double Upper);
