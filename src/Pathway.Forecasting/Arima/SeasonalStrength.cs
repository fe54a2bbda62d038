namespace Pathway.Forecasting.Arima;

/// <summary>
/// Strength of seasonality, 1 - Var(remainder) / Var(seasonal + remainder), from an STL-like
/// decomposition (Wang, Smith &amp; Hyndman 2006). forecast::nsdiffs takes one seasonal difference
/// when it exceeds 0.64, a threshold tuned on M3 and M4.
/// </summary>
internal static class SeasonalStrength
{
    public const double DifferencingThreshold = 0.64;

    /// <summary>STL's default window for the cycle-subseries of forecast::mstl (7 + 4).</summary>
    private const int SeasonalSpan = 11;

    public static double Of(ReadOnlySpan<double> x, int period)
    {
        var n = x.Length;
        if (period < 2 || n < 2 * period)
            return 0;

        var trendSpan = NextOdd((int)Math.Ceiling(1.5 * period / (1 - 1.5 / SeasonalSpan)));
        var trend = new double[n];
        var seasonal = new double[n];
        var work = new double[n];
        var cycles = (n + period - 1) / period;
        var subseries = new double[cycles];
        var smoothed = new double[cycles];

        // Two passes of STL's inner loop (no robustness weights): seasonal from the detrended
        // series' cycle-subseries, then trend from the deseasonalised series.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var phase = 0; phase < period; phase++)
            {
                var count = 0;
                for (var t = phase; t < n; t += period)
                    subseries[count++] = x[t] - trend[t];
                Loess.Smooth(subseries.AsSpan(0, count), SeasonalSpan, 0, smoothed);
                count = 0;
                for (var t = phase; t < n; t += period)
                    work[t] = smoothed[count++];
            }
            // Taking out the cycle-subseries' common level keeps trend out of the seasonal part;
            // a window of exactly one period cancels any fixed seasonal pattern.
            for (var t = 0; t < n; t++)
                seasonal[t] = work[t] - PeriodMean(work, t, period);
            for (var t = 0; t < n; t++)
                work[t] = x[t] - seasonal[t];
            Loess.Smooth(work, trendSpan, 1, trend);
        }

        double meanR = 0, meanSR = 0;
        for (var t = 0; t < n; t++)
        {
            var remainder = x[t] - trend[t] - seasonal[t];
            meanR += remainder;
            meanSR += remainder + seasonal[t];
        }
        meanR /= n;
        meanSR /= n;
        double varR = 0, varSR = 0;
        for (var t = 0; t < n; t++)
        {
            var remainder = x[t] - trend[t] - seasonal[t];
            varR += (remainder - meanR) * (remainder - meanR);
            varSR += (remainder + seasonal[t] - meanSR) * (remainder + seasonal[t] - meanSR);
        }
        if (!(varSR > 0))
            return 0;
        return Math.Clamp(1 - varR / varSR, 0, 1);
    }

    /// <summary>Centred mean over one period (2xm for even m), the window kept inside the series at the ends.</summary>
    private static double PeriodMean(double[] values, int t, int period)
    {
        var n = values.Length;
        if (period % 2 == 1)
        {
            var start = Math.Clamp(t - period / 2, 0, n - period);
            double sum = 0;
            for (var i = start; i < start + period; i++)
                sum += values[i];
            return sum / period;
        }
        var first = Math.Clamp(t - period / 2, 0, n - period - 1);
        double total = 0.5 * (values[first] + values[first + period]);
        for (var i = first + 1; i < first + period; i++)
            total += values[i];
        return total / period;
    }

    private static int NextOdd(int value) => value % 2 == 0 ? value + 1 : value;
}
