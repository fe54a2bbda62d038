namespace Pathway.Forecasting.Models;

/// <summary>
/// Finds a lasting shift in a series' level (a border closing, a war next door): the median of the
/// seasonally adjusted log values over half a cycle after a point differs from the half cycle
/// before by many times the noise, and the whole stretch after it stays on its side. Reported to the analyst with
/// the automatic forecast.
/// </summary>
internal static class StructuralBreak
{
    /// <summary>How many noise standard deviations a shift must measure.</summary>
    private const double Threshold = 6.0;

    /// <summary>The index of the first value after the latest lasting shift, or -1.</summary>
    public static int Latest(ReadOnlySpan<double> y, int seasonLength, int minimumAfter)
    {
        var n = y.Length;
        var w = Math.Max(seasonLength / 2, 4);
        if (n < Math.Max(minimumAfter, w) + w) return -1;

        var z = new double[n];
        var logs = true;
        foreach (var v in y) if (v < 0) { logs = false; break; }
        for (var t = 0; t < n; t++) z[t] = logs ? Math.Log(1 + y[t]) : y[t];
        if (seasonLength > 1 && n >= 2 * seasonLength + 2)
        {
            var figure = ClassicalDecomposition.SeasonalFigure(z, seasonLength, multiplicative: false);
            for (var t = 0; t < n; t++) z[t] -= figure[t % seasonLength];
        }

        // Noise from successive differences' median: a shift or a trend barely moves it.
        var differences = new double[n - 1];
        for (var t = 1; t < n; t++) differences[t - 1] = Math.Abs(z[t] - z[t - 1]);
        var sigma = Median(differences) / 0.6745 / Math.Sqrt(2);
        minimumAfter = Math.Max(minimumAfter, w);
        if (!(sigma > 0)) return -1;

        // Short windows either side: a shift shows in full, a trend only by its slope over a few periods.
        // Scanning back from the end, the first run of points over the threshold is the latest
        // shift; its peak is where it happened.
        var best = -1;
        var bestShift = 0.0;
        for (var k = n - minimumAfter; k >= w; k--)
        {
            var before = Median(z.AsSpan(k - w, w).ToArray());
            var after = Median(z.AsSpan(k, w).ToArray());
            var shift = Math.Abs(after - before);
            if (shift >= Threshold * sigma)
            {
                if (shift > bestShift) { best = k; bestShift = shift; }
                continue;
            }
            if (best >= 0) break;
        }
        if (best < 0) return -1;
        // Lasting: the values after it stay nearer the new level than the old one, in the median.
        var old = Median(z.AsSpan(best - w, w).ToArray());
        var level = Median(z.AsSpan(best, w).ToArray());
        var rest = Median(z.AsSpan(best).ToArray());
        return Math.Abs(rest - level) < Math.Abs(rest - old) ? best : -1;
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
    }
}
