namespace Pathway.Forecasting.Models;

/// <summary>
/// Classical decomposition (centred moving average trend, mean seasonal figure per position),
/// used to start seasonal state-space models and to adjust the Theta method's input.
/// </summary>
internal static class ClassicalDecomposition
{
    /// <summary>
    /// The seasonal figure for positions 0..m-1 of the cycle, where position 0 is the first
    /// observation's: multiplicative figures average 1, additive ones 0.
    /// </summary>
    public static double[] SeasonalFigure(ReadOnlySpan<double> y, int m, bool multiplicative)
    {
        var n = y.Length;
        var sums = new double[m];
        var counts = new int[m];
        var half = m / 2;
        for (var t = half; t < n - half; t++)
        {
            var trend = CentredMean(y, t, m);
            if (multiplicative && trend <= 0) continue;
            var detrended = multiplicative ? y[t] / trend : y[t] - trend;
            sums[t % m] += detrended;
            counts[t % m]++;
        }
        var figure = new double[m];
        var neutral = multiplicative ? 1.0 : 0.0;
        for (var j = 0; j < m; j++) figure[j] = counts[j] > 0 ? sums[j] / counts[j] : neutral;
        var mean = figure.Average();
        for (var j = 0; j < m; j++) figure[j] = multiplicative ? (mean > 0 ? figure[j] / mean : 1.0) : figure[j] - mean;
        return figure;
    }

    /// <summary>The 2×m moving average for even m (m for odd m) centred on t.</summary>
    private static double CentredMean(ReadOnlySpan<double> y, int t, int m)
    {
        var half = m / 2;
        double sum = 0;
        if (m % 2 == 0)
        {
            for (var k = -half + 1; k < half; k++) sum += y[t + k];
            sum += 0.5 * (y[t - half] + y[t + half]);
        }
        else
        {
            for (var k = -half; k <= half; k++) sum += y[t + k];
        }
        return sum / m;
    }

    /// <summary>
    /// Whether the autocorrelation at the seasonal lag is significant at 90% (two-sided), the test
    /// the Theta method uses to decide whether to deseasonalise.
    /// </summary>
    public static bool HasSeasonality(ReadOnlySpan<double> y, int m)
    {
        var n = y.Length;
        if (m <= 1 || n < 2 * m) return false;
        var mean = 0.0;
        foreach (var v in y) mean += v;
        mean /= n;
        double denominator = 0;
        foreach (var v in y) denominator += (v - mean) * (v - mean);
        if (denominator <= 0) return false;
        double squares = 0, rm = 0;
        for (var lag = 1; lag <= m; lag++)
        {
            double sum = 0;
            for (var t = lag; t < n; t++) sum += (y[t] - mean) * (y[t - lag] - mean);
            var r = sum / denominator;
            if (lag < m) squares += r * r;
            else rm = r;
        }
        var se = Math.Sqrt((1 + 2 * squares) / n);
        return Math.Abs(rm) / se > 1.6448536269514722;
    }
}
