namespace Pathway.Forecasting.Arima;

/// <summary>
/// The KPSS test of level stationarity, used as forecast::ndiffs uses it to choose d.
/// </summary>
internal static class Kpss
{
    /// <summary>5% critical value of the level-stationarity statistic (Kwiatkowski et al. 1992, table 1).</summary>
    private const double Critical5 = 0.463;

    /// <summary>
    /// How many first differences make <paramref name="x"/> pass the test at 5%, at most <paramref name="maxD"/>.
    /// </summary>
    public static int Differences(ReadOnlySpan<double> x, int maxD)
    {
        if (Differencing.IsConstant(x))
            return 0;
        var d = 0;
        var current = x.ToArray();
        while (d < maxD && RejectsStationarity(current))
        {
            d++;
            current = Differencing.Lagged(current, 1);
            if (Differencing.IsConstant(current))
                return d;
        }
        return d;
    }

    private static bool RejectsStationarity(double[] x) => x.Length >= 3 && Statistic(x, Lags(x.Length)) > Critical5;

    /// <summary>The bandwidth forecast::ndiffs passes to urca::ur.kpss (Hobijn et al.'s short rule).</summary>
    public static int Lags(int n) => (int)Math.Truncate(3 * Math.Sqrt(n) / 13);

    public static double Statistic(ReadOnlySpan<double> x, int lags)
    {
        var n = x.Length;
        double mean = 0;
        foreach (var v in x)
            mean += v;
        mean /= n;

        double partial = 0, eta = 0, s2 = 0;
        for (var t = 0; t < n; t++)
        {
            var e = x[t] - mean;
            partial += e;
            eta += partial * partial;
            s2 += e * e;
        }
        eta /= (double)n * n;

        // Newey–West long-run variance with Bartlett weights.
        var longRun = s2;
        for (var lag = 1; lag <= lags && lag < n; lag++)
        {
            double cov = 0;
            for (var t = lag; t < n; t++)
                cov += (x[t] - mean) * (x[t - lag] - mean);
            longRun += 2 * (1 - lag / (lags + 1.0)) * cov;
        }
        longRun /= n;
        return longRun > 0 ? eta / longRun : 0;
    }
}
