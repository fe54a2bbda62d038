namespace Pathway.Forecasting.Arima;

/// <summary>
/// Fits ARIMA orders to one differenced series: conditional sum of squares first (cheap, and a
/// good start), then, when asked, the exact Gaussian likelihood by the Kalman filter from there,
/// both minimised by BFGS. R's stats::arima does the same ("CSS-ML").
/// </summary>
internal sealed class ArimaEstimator
{
    /// <summary>forecast::auto.arima rejects fits with a root closer to the unit circle than this.</summary>
    private const double RootMargin = 1.01;

    private readonly double[] w;
    private readonly bool useAic;
    private readonly KalmanFilter kalman = new();
    private readonly Bfgs bfgs = new();
    private readonly double[] centred;
    private readonly double[] residuals;

    /// <param name="w">The series after differencing.</param>
    /// <param name="useAic">Compare by AIC rather than AICc (R does for three observations or fewer).</param>
    public ArimaEstimator(double[] w, bool useAic)
    {
        this.w = w;
        this.useAic = useAic;
        centred = new double[w.Length];
        residuals = new double[w.Length];
    }

    /// <param name="cssStart">Parameters a CSS fit of this order already reached; skips that stage.</param>
    public ArimaFit Fit(ArimaOrder order, bool exact, double[]? cssStart = null)
    {
        var objective = new ArmaObjective(w, order, kalman, centred, residuals);
        var raw = new double[objective.Dimension];
        var n = w.Length;
        var npar = order.Coefficients + 1;

        // Not enough differenced observations to estimate, or for the AICc to be defined.
        if (n - order.FullAr <= order.Coefficients || (!useAic && n - npar - 1 <= 0))
            return Rejected(objective, raw, exact);

        if (cssStart is not null && cssStart.Length == raw.Length)
        {
            cssStart.CopyTo(raw, 0);
        }
        else
        {
            objective.Exact = false;
            var css = bfgs.Minimize(objective, raw);
            if (!double.IsFinite(css))
                return Rejected(objective, raw, exact);
        }

        if (!exact)
        {
            objective.Decode(raw);
            var ssq = objective.SumOfSquares(out var used);
            var sigma2 = Math.Max(ssq / used, 1e-300);
            // forecast::auto.arima's approximation: n* log(sigma2_CSS) + 2 npar (its constant offset cancels in comparisons).
            var aic = n * Math.Log(sigma2) + 2 * npar;
            return Result(objective, raw, sigma2, aic, exact: false);
        }

        objective.Exact = true;
        if (!ArmaObjective.CssToExact(order, raw))
            return Rejected(objective, raw, exact);
        var start = raw.ToArray();
        var value = bfgs.Minimize(objective, raw);
        if (!double.IsFinite(value))
        {
            // The CSS estimate can sit where the exact likelihood is numerically undefined; start afresh.
            Array.Clear(raw);
            value = bfgs.Minimize(objective, raw);
            if (!double.IsFinite(value))
                return Rejected(objective, start, exact);
        }

        objective.Decode(raw);
        var innovations = new double[n];
        var state = new double[KalmanFilter.StateSize(order.FullAr, order.FullMa)];
        if (!kalman.Run(w, objective.Mean, objective.Phi, objective.PhiLags, objective.Theta, out var sumSquares, out var sumLog, innovations, state))
            return Rejected(objective, raw, exact);
        var variance = Math.Max(sumSquares / n, 1e-300);
        var logLikelihood = -0.5 * (n * Math.Log(2 * Math.PI * variance) + sumLog + n);
        return Result(objective, raw, sumSquares / Math.Max(n - order.Coefficients, 1), -2 * logLikelihood + 2 * npar, exact: true, innovations, state);
    }

    private ArimaFit Result(ArmaObjective objective, double[] raw, double sigma2, double aic, bool exact, double[]? innovations = null, double[]? state = null)
    {
        var n = w.Length;
        var npar = objective.Order.Coefficients + 1;
        var denominator = n - npar - 1;
        var aicc = denominator > 0 ? aic + 2.0 * npar * (npar + 1) / denominator : double.PositiveInfinity;
        var criterion = useAic ? aic : aicc;
        if (!Admissible(objective) || double.IsNaN(criterion))
            criterion = double.PositiveInfinity;
        return new ArimaFit
        {
            Order = objective.Order,
            Ar = objective.Ar.ToArray(),
            Ma = objective.Ma.ToArray(),
            SeasonalAr = objective.SeasonalAr.ToArray(),
            SeasonalMa = objective.SeasonalMa.ToArray(),
            Mean = objective.Mean,
            Phi = objective.Phi.ToArray(),
            PhiLags = objective.PhiLags,
            Theta = objective.Theta.ToArray(),
            Raw = raw,
            Sigma2 = sigma2,
            Aic = aic,
            Aicc = aicc,
            Criterion = criterion,
            Exact = exact,
            Innovations = innovations ?? [],
            State = state ?? [],
        };
    }

    private ArimaFit Rejected(ArmaObjective objective, double[] raw, bool exact)
    {
        objective.Decode(raw);
        return Result(objective, raw, double.NaN, double.PositiveInfinity, exact);
    }

    /// <summary>Stationary AR and invertible MA with a margin, as forecast::auto.arima demands.</summary>
    private static bool Admissible(ArmaObjective objective)
    {
        var seasonalMargin = Math.Pow(RootMargin, objective.Order.Period);
        Span<double> negated = stackalloc double[Math.Max(objective.Ma.Length, objective.SeasonalMa.Length)];
        if (!Polynomials.RootsOutside(objective.Ar, RootMargin) || !Polynomials.RootsOutside(objective.SeasonalAr, seasonalMargin))
            return false;
        for (var i = 0; i < objective.Ma.Length; i++)
            negated[i] = -objective.Ma[i];
        if (!Polynomials.RootsOutside(negated[..objective.Ma.Length], RootMargin))
            return false;
        for (var i = 0; i < objective.SeasonalMa.Length; i++)
            negated[i] = -objective.SeasonalMa[i];
        return Polynomials.RootsOutside(negated[..objective.SeasonalMa.Length], seasonalMargin);
    }
}
