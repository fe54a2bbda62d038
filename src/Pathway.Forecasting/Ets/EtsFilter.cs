namespace Pathway.Forecasting.Ets;

/// <summary>
/// Runs an exponential smoothing model through a history: one-step forecasts, errors, the
/// likelihood, and the final state. The recursion is the one of Hyndman et al. (2008) in
/// smoothing form, the same for additive and multiplicative errors; the error type only changes
/// the likelihood.
/// </summary>
internal sealed class EtsFilter(EtsSpec spec, int seasonLength)
{
    private readonly double[] _seasons = new double[Math.Max(seasonLength, 1)];
    private const double Tiny = 1e-10;

    public EtsSpec Spec { get; } = spec;
    public int SeasonLength { get; } = spec.IsSeasonal ? seasonLength : 1;

    /// <summary>
    /// -2 log-likelihood up to a constant: n·log(Σe²) plus, for multiplicative errors, 2·Σlog|ŷ|.
    /// Infinity when the model leaves its admissible region (a non-positive level or forecast
    /// where the model multiplies).
    /// </summary>
    public double MinusTwoLogLikelihood(ReadOnlySpan<double> y, in EtsParameters p, ReadOnlySpan<double> seasonInit, double[]? fitted = null) =>
        Run(y, p, seasonInit, fitted, capture: false, out _, out _);

    public double Run(ReadOnlySpan<double> y, in EtsParameters p, ReadOnlySpan<double> seasonInit, double[]? fitted, bool capture, out double sumSquaredErrors, out EtsState? final) =>
        (Spec.HasTrend, Spec.Season, Spec.Error) switch
        {
            (false, EtsSeason.None, EtsError.Additive) => Run<No, No, No, No>(y, p, seasonInit, fitted, capture, out sumSquaredErrors, out final),
            (false, EtsSeason.None, EtsError.Multiplicative) => Run<No, No, No, Yes>(y, p, seasonInit, fitted, capture, out sumSquaredErrors, out final),
            (false, EtsSeason.Additive, EtsError.Additive) => Run<No, Yes, No, No>(y, p, seasonInit, fitted, capture, out sumSquaredErrors, out final),
            (false, EtsSeason.Additive, EtsError.Multiplicative) => Run<No, Yes, No, Yes>(y, p, seasonInit, fitted, capture, out sumSquaredErrors, out final),
            (false, EtsSeason.Multiplicative, EtsError.Additive) => Run<No, Yes, Yes, No>(y, p, seasonInit, fitted, capture, out sumSquaredErrors, out final),
            (false, EtsSeason.Multiplicative, EtsError.Multiplicative) => Run<No, Yes, Yes, Yes>(y, p, seasonInit, fitted, capture, out sumSquaredErrors, out final),
            (true, EtsSeason.None, EtsError.Additive) => Run<Yes, No, No, No>(y, p, seasonInit, fitted, capture, out sumSquaredErrors, out final),
            (true, EtsSeason.None, EtsError.Multiplicative) => Run<Yes, No, No, Yes>(y, p, seasonInit, fitted, capture, out sumSquaredErrors, out final),
            (true, EtsSeason.Additive, EtsError.Additive) => Run<Yes, Yes, No, No>(y, p, seasonInit, fitted, capture, out sumSquaredErrors, out final),
            (true, EtsSeason.Additive, EtsError.Multiplicative) => Run<Yes, Yes, No, Yes>(y, p, seasonInit, fitted, capture, out sumSquaredErrors, out final),
            (true, EtsSeason.Multiplicative, EtsError.Additive) => Run<Yes, Yes, Yes, No>(y, p, seasonInit, fitted, capture, out sumSquaredErrors, out final),
            (true, EtsSeason.Multiplicative, EtsError.Multiplicative) => Run<Yes, Yes, Yes, Yes>(y, p, seasonInit, fitted, capture, out sumSquaredErrors, out final),
        };

    /// <summary>
    /// The recursion specialised per model shape: the flags are type arguments, so the JIT
    /// compiles one branch-free loop per shape (model selection runs it hundreds of thousands of times).
    /// </summary>
    private double Run<TTrend, TSeasonal, TMultSeason, TMultError>(ReadOnlySpan<double> y, in EtsParameters p, ReadOnlySpan<double> seasonInit, double[]? fitted, bool capture, out double sumSquaredErrors, out EtsState? final)
        where TTrend : struct, IFlag where TSeasonal : struct, IFlag where TMultSeason : struct, IFlag where TMultError : struct, IFlag
    {
        var m = SeasonLength;
        var seasonal = TSeasonal.On;
        var multSeason = TMultSeason.On;
        var multError = TMultError.On;
        var trend = TTrend.On;
        var phi = Spec.Trend == EtsTrend.Damped ? p.Phi : 1.0;
        double alpha = p.Alpha, betaOverAlpha = trend ? p.Beta / p.Alpha : 0, gamma = p.Gamma;
        var s = _seasons;
        if (seasonal) seasonInit.CopyTo(s);
        var oldest = 0;
        double level = p.Level0, slope = trend ? p.Trend0 : 0;
        // Σlog ŷ is kept as a running product, logged only when it nears the double range:
        // one logarithm per step would cost as much as the rest of the recursion.
        double sse = 0, logForecasts = 0, product = 1;
        var n = y.Length;
        sumSquaredErrors = double.NaN;
        final = null;

        for (var t = 0; t < n; t++)
        {
            var phib = phi * slope;
            var q = level + phib;
            var season = seasonal ? s[oldest] : (multSeason ? 1 : 0);
            var forecast = multSeason ? q * season : q + season;
            if (fitted is not null) fitted[t] = forecast;

            var yt = y[t];
            double e;
            if (multError)
            {
                if (forecast <= Tiny) return double.PositiveInfinity;
                e = (yt - forecast) / forecast;
                product *= forecast;
                if (product is > 1e250 or < 1e-250)
                {
                    logForecasts += Math.Log(product);
                    product = 1;
                }
            }
            else
            {
                e = yt - forecast;
            }
            sse += e * e;

            double adjusted;
            if (!seasonal)
            {
                adjusted = yt;
            }
            else if (multSeason)
            {
                if (season <= Tiny) return double.PositiveInfinity;
                adjusted = yt / season;
            }
            else
            {
                adjusted = yt - season;
            }

            var newLevel = q + alpha * (adjusted - q);
            if (trend) slope = phib + betaOverAlpha * (newLevel - level - phib);
            if (seasonal)
            {
                double ratio;
                if (multSeason)
                {
                    if (q <= Tiny) return double.PositiveInfinity;
                    ratio = yt / q;
                }
                else
                {
                    ratio = yt - q;
                }

                s[oldest] = season + gamma * (ratio - season);
                oldest = oldest + 1 == m ? 0 : oldest + 1;
            }
            level = newLevel;
            if ((multError || multSeason) && level <= Tiny) return double.PositiveInfinity;
        }

        sumSquaredErrors = sse;
        final = !capture ? null : new EtsState(level, slope, seasonal ? (double[])s[..m].Clone() : [], oldest);
        if (sse <= 0) sse = 1e-300;
        return n * Math.Log(sse) + (multError ? 2 * (logForecasts + Math.Log(product)) : 0);
    }

    internal interface IFlag
    {
        static abstract bool On { get; }
    }

    private struct Yes : IFlag
    {
        public static bool On => true;
    }

    private struct No : IFlag
    {
        public static bool On => false;
    }
}
