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

    public double Run(ReadOnlySpan<double> y, in EtsParameters p, ReadOnlySpan<double> seasonInit, double[]? fitted, bool capture, out double sumSquaredErrors, out EtsState? final)
    {
        var spec = Spec;
        var m = SeasonLength;
        var seasonal = spec.IsSeasonal;
        var multSeason = spec.Season == EtsSeason.Multiplicative;
        var multError = spec.Error == EtsError.Multiplicative;
        var trend = spec.HasTrend;
        var phi = spec.Trend == EtsTrend.Damped ? p.Phi : 1.0;
        double alpha = p.Alpha, betaOverAlpha = trend ? p.Beta / p.Alpha : 0, gamma = p.Gamma;
        var s = _seasons;
        if (seasonal) seasonInit.CopyTo(s);
        var oldest = 0;
        double level = p.Level0, slope = trend ? p.Trend0 : 0;
        double sse = 0, logForecasts = 0;
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
                logForecasts += Math.Log(forecast);
            }
            else
            {
                e = yt - forecast;
            }
            sse += e * e;

            double adjusted;
            if (!seasonal) adjusted = yt;
            else if (multSeason)
            {
                if (season <= Tiny) return double.PositiveInfinity;
                adjusted = yt / season;
            }
            else adjusted = yt - season;

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
                else ratio = yt - q;
                s[oldest] = season + gamma * (ratio - season);
                oldest = oldest + 1 == m ? 0 : oldest + 1;
            }
            level = newLevel;
            if ((multError || multSeason) && level <= Tiny) return double.PositiveInfinity;
        }

        sumSquaredErrors = sse;
        final = !capture ? null : new EtsState(level, slope, seasonal ? (double[])s[..m].Clone() : [], oldest);
        if (sse <= 0) sse = 1e-300;
        return n * Math.Log(sse) + (multError ? 2 * logForecasts : 0);
    }
}
