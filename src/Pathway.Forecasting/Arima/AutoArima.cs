using Pathway.Forecasting.Arima;

namespace Pathway.Forecasting;

/// <summary>
/// Automatic ARIMA after Hyndman &amp; Khandakar (2008) and R's forecast::auto.arima: d from
/// repeated KPSS tests, D from the strength of seasonality, then a stepwise search over the ARMA
/// orders by AICc.
/// </summary>
public static class AutoArima
{
    private const int MaxP = 5;
    private const int MaxQ = 5;
    private const int MaxSeasonalP = 2;
    private const int MaxSeasonalQ = 2;
    private const int MaxOrder = 5;
    private const int MaxD = 2;

    /// <summary>
    /// Seasonal AR/MA terms are searched only up to this season length. At 52 a single seasonal
    /// term makes the state 53 wide, which costs a hundred times a monthly model and, on two or
    /// three years of weeks, is barely identified; weekly series still get seasonal differencing.
    /// </summary>
    private const int LongestSeasonWithArmaTerms = 24;

    /// <summary>Observations beyond two full seasons before seasonal differencing is considered.</summary>
    private const int ExtraForSeasonalDifferencing = 3;

    /// <summary>
    /// Chooses and fits an ARIMA model for <paramref name="y"/>, which must not contain NaN.
    /// Always returns a model with finite forecasts: a series too short or too flat for the
    /// search gets a random walk or its mean.
    /// </summary>
    /// <param name="seasonLength">Observations per seasonal cycle; 1 for none.</param>
    public static ArimaModel Fit(double[] y, int seasonLength)
    {
        ArgumentNullException.ThrowIfNull(y);
        var history = y.ToArray();
        var n = history.Length;
        var m = Math.Max(seasonLength, 1);
        if (n < 3 || Differencing.IsConstant(history))
            return MeanModel(history, m);

        var maxP = Math.Min(MaxP, n / 3);
        var maxQ = Math.Min(MaxQ, n / 3);
        var maxSeasonalP = m > 1 && m <= LongestSeasonWithArmaTerms ? Math.Min(MaxSeasonalP, n / 3 / m) : 0;
        var maxSeasonalQ = m > 1 && m <= LongestSeasonWithArmaTerms ? Math.Min(MaxSeasonalQ, n / 3 / m) : 0;

        var seasonalD = m > 1 && n >= 2 * m + ExtraForSeasonalDifferencing
            && SeasonalStrength.Of(history, m) > SeasonalStrength.DifferencingThreshold ? 1 : 0;
        var d = Kpss.Differences(seasonalD > 0 ? Differencing.Lagged(history, m) : history, MaxD);
        var w = Differencing.Apply(history, d, seasonalD, m);
        var template = new ArimaOrder(0, d, 0, 0, seasonalD, 0, m, false);
        if (w.Length == 0)
            return RandomWalk(history, m);
        if (Differencing.IsConstant(w))
            return ExactlyDifferenced(history, w, template with { Constant = d + seasonalD == 1 });

        if (m > 1)
        {
            if (maxSeasonalP > 0)
                maxP = Math.Min(maxP, m - 1);
            if (maxSeasonalQ > 0)
                maxQ = Math.Min(maxQ, m - 1);
        }
        var shortSeries = n < 10;
        var allowConstant = d + seasonalD <= 1;
        // On a handful of undifferenced points AICc's penalty can prefer a zero mean, forecasting
        // 0 for a series that never came near it (R does); there the mean stays.
        var constantOptional = !(shortSeries && d + seasonalD == 0);
        var limits = new SearchLimits(maxP, maxQ, maxSeasonalP, maxSeasonalQ, MaxOrder, allowConstant, constantOptional);

        // R's "approximation": candidates are compared on CSS fits and the best is refitted by
        // exact likelihood, the next best when that fit is rejected, and so on. R approximates
        // only for long series; here always, since comparing exact fits of every candidate cost
        // about three times as much for no better forecasts on trial series.
        var estimator = new ArimaEstimator(w, useAic: n <= 3);
        var candidates = new StepwiseSearch(estimator, template, limits).Run(shortSeries)
            .Where(f => double.IsFinite(f.Criterion))
            .OrderBy(f => f.Criterion);
        foreach (var candidate in candidates)
        {
            var fit = estimator.Fit(candidate.Order, exact: true, candidate.Raw);
            if (double.IsFinite(fit.Criterion))
                return new ArimaModel(fit.Order, history, fit, fit.Aicc);
        }
        return d + seasonalD > 0 ? RandomWalk(history, m) : MeanModel(history, m);
    }

    /// <summary>ARIMA(0,0,0) with the sample mean; the model for constant and tiny series.</summary>
    private static ArimaModel MeanModel(double[] history, int m)
    {
        var n = history.Length;
        double mean = 0;
        foreach (var v in history)
            mean += v;
        mean = n > 0 ? mean / n : 0;
        var residuals = new double[n];
        for (var t = 0; t < n; t++)
            residuals[t] = history[t] - mean;
        return Closed(history, residuals, new ArimaOrder(0, 0, 0, 0, 0, 0, m, Constant: true), mean);
    }

    /// <summary>ARIMA(0,1,0): the fallback when differencing was called for but no model could be fitted.</summary>
    private static ArimaModel RandomWalk(double[] history, int m)
    {
        if (history.Length < 2)
            return MeanModel(history, m);
        return Closed(history, Differencing.Lagged(history, 1), new ArimaOrder(0, 1, 0, 0, 0, 0, m, false), 0);
    }

    /// <summary>
    /// A series that differencing turns into a constant (a straight line, a repeated season):
    /// no ARMA terms, and the constant as the drift when there is one, as forecast::auto.arima does.
    /// </summary>
    private static ArimaModel ExactlyDifferenced(double[] history, double[] w, ArimaOrder order)
    {
        double mean = 0;
        if (order.Constant)
        {
            foreach (var v in w)
                mean += v;
            mean /= w.Length;
        }
        var residuals = new double[w.Length];
        for (var t = 0; t < w.Length; t++)
            residuals[t] = w[t] - mean;
        return Closed(history, residuals, order, mean);
    }

    /// <summary>A model with no ARMA terms, whose estimates have closed forms.</summary>
    private static ArimaModel Closed(double[] history, double[] residuals, ArimaOrder order, double mean)
    {
        var n = residuals.Length;
        double ssq = 0;
        foreach (var e in residuals)
            ssq += e * e;
        var k = order.Coefficients;
        var npar = k + 1;
        var sigma2 = n - k > 0 ? ssq / (n - k) : 0;
        double aicc;
        if (n - npar - 1 <= 0)
            aicc = double.PositiveInfinity; // too few observations for the criterion
        else if (!(ssq > 1e-300))
            aicc = double.NegativeInfinity; // an exact fit: the likelihood is unbounded
        else
            aicc = n * Math.Log(2 * Math.PI * ssq / n) + n + 2 * npar + 2.0 * npar * (npar + 1) / (n - npar - 1);
        return new ArimaModel(order, history, [], [], [], [], mean, sigma2, aicc, residuals, [0.0]);
    }
}
