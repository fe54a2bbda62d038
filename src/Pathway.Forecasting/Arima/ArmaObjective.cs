namespace Pathway.Forecasting.Arima;

/// <summary>
/// The ARMA part of one ARIMA order on one differenced series, as a function of the parameters
/// p, q, P, Q and, with a constant, the mean of the differenced series in units of its standard error.
/// <para>
/// As in R: for the conditional sum of squares, which is defined for any AR coefficients, they
/// are the parameters themselves (a non-stationary result fails the root check); for the exact
/// likelihood, which only exists for a stationary AR part, the parameters are mapped partial
/// autocorrelations, so every point the optimiser tries is stationary.
/// </para>
/// <para>
/// MA coefficients are left free, as in R: the likelihood is defined on both sides of the unit
/// circle, and an over-differenced series drives the MA to a root of one. Mapped into the
/// invertible region that root would sit at infinity and the optimiser would crawl towards it
/// for hundreds of evaluations; left free it gets there in a few, and the root check rejects it.
/// </para>
/// </summary>
internal sealed class ArmaObjective : IObjective
{
    /// <summary>
    /// Largest mapped AR parameter the exact fit may use: tanh(5) = 0.99991, a root well inside
    /// the margin that rejects the fit anyway. Without the bound a likelihood that rises towards a
    /// unit root has the optimiser crawl along tanh's flat tail for hundreds of evaluations.
    /// </summary>
    private const double MaxMappedAr = 5;

    private readonly double[] w;
    private readonly double meanCentre;
    private readonly double meanScale;
    private readonly double[] centred;
    private readonly double[] residuals;
    private readonly KalmanFilter kalman;

    public ArmaObjective(double[] w, ArimaOrder order, KalmanFilter kalman, double[] centred, double[] residuals)
    {
        this.w = w;
        this.kalman = kalman;
        this.centred = centred;
        this.residuals = residuals;
        Order = order;
        Ar = new double[order.P];
        Ma = new double[order.Q];
        SeasonalAr = new double[order.SeasonalP];
        SeasonalMa = new double[order.SeasonalQ];
        Phi = new double[order.FullAr];
        Theta = new double[order.FullMa];
        PhiLags = Polynomials.StructuralLags(order.P, order.SeasonalP, order.Period);
        ThetaLags = Polynomials.StructuralLags(order.Q, order.SeasonalQ, order.Period);

        double mean = 0;
        foreach (var v in w)
            mean += v;
        mean /= Math.Max(w.Length, 1);
        double variance = 0;
        foreach (var v in w)
            variance += (v - mean) * (v - mean);
        variance /= Math.Max(w.Length - 1, 1);
        meanCentre = mean;
        // The standard error of the mean puts the constant on the same scale as the other parameters.
        meanScale = Math.Sqrt(variance / Math.Max(w.Length, 1));
        if (!(meanScale > 0))
            meanScale = Math.Max(Math.Abs(mean), 1) * 1e-3;
    }

    public ArimaOrder Order { get; }
    public bool Exact { get; set; }
    public int Dimension => Order.Coefficients;

    public double[] Ar { get; }
    public double[] Ma { get; }
    public double[] SeasonalAr { get; }
    public double[] SeasonalMa { get; }
    public double[] Phi { get; }
    public double[] Theta { get; }
    public int[] PhiLags { get; }
    public int[] ThetaLags { get; }
    public double Mean { get; private set; }

    /// <summary>Sets the coefficient arrays from unconstrained parameters.</summary>
    public void Decode(ReadOnlySpan<double> raw)
    {
        var o = Order;
        var at = 0;
        MapAr(raw.Slice(at, o.P), Ar);
        at += o.P;
        raw.Slice(at, o.Q).CopyTo(Ma);
        at += o.Q;
        MapAr(raw.Slice(at, o.SeasonalP), SeasonalAr);
        at += o.SeasonalP;
        raw.Slice(at, o.SeasonalQ).CopyTo(SeasonalMa);
        at += o.SeasonalQ;
        Mean = o.Constant ? meanCentre + meanScale * raw[at] : 0;
        Polynomials.Expand(Ar, SeasonalAr, o.Period, -1, Phi);
        Polynomials.Expand(Ma, SeasonalMa, o.Period, +1, Theta);
    }

    private void MapAr(ReadOnlySpan<double> raw, double[] coefficients)
    {
        if (Exact)
            Polynomials.ToStationary(raw, coefficients);
        else
            raw.CopyTo(coefficients);
    }

    /// <summary>
    /// Turns parameters of the CSS parametrisation into the exact one, in place; false when the
    /// AR part is not stationary (R's "non-stationary AR part from CSS").
    /// </summary>
    public static bool CssToExact(ArimaOrder order, Span<double> raw)
    {
        Span<double> mapped = stackalloc double[Math.Max(order.P, order.SeasonalP)];
        if (!Polynomials.FromStationary(raw[..order.P], mapped[..order.P]))
            return false;
        mapped[..order.P].CopyTo(raw);
        var seasonalStart = order.P + order.Q;
        var seasonal = raw.Slice(seasonalStart, order.SeasonalP);
        if (!Polynomials.FromStationary(seasonal, mapped[..order.SeasonalP]))
            return false;
        mapped[..order.SeasonalP].CopyTo(seasonal);
        return true;
    }

    public double Value(ReadOnlySpan<double> raw)
    {
        if (Exact && !WithinBounds(raw))
            return double.PositiveInfinity;
        Decode(raw);
        return Exact ? ExactValue() : CssValue();
    }

    private bool WithinBounds(ReadOnlySpan<double> raw)
    {
        var o = Order;
        foreach (var v in raw[..o.P])
        {
            if (Math.Abs(v) > MaxMappedAr)
                return false;
        }

        foreach (var v in raw.Slice(o.P + o.Q, o.SeasonalP))
        {
            if (Math.Abs(v) > MaxMappedAr)
                return false;
        }

        return true;
    }

    /// <summary>Half the log of the conditional residual variance (R's "CSS" objective).</summary>
    public double CssValue()
    {
        var ssq = SumOfSquares(out var used);
        if (used <= 0)
            return double.PositiveInfinity;
        return 0.5 * Math.Log(Math.Max(ssq / used, 1e-300));
    }

    public double SumOfSquares(out int used) =>
        ConditionalSumOfSquares.Compute(w, Mean, Phi, PhiLags, Theta, ThetaLags, centred, residuals, out used);

    /// <summary>
    /// -log likelihood per observation with the innovation variance concentrated out, up to a
    /// constant: (log(S/n) + sum log f_t / n) / 2.
    /// </summary>
    public double ExactValue()
    {
        if (!kalman.Run(w, Mean, Phi, PhiLags, Theta, out var ssq, out var sumLog, default, default))
            return double.PositiveInfinity;
        var n = w.Length;
        return 0.5 * (Math.Log(Math.Max(ssq / n, 1e-300)) + sumLog / n);
    }
}
