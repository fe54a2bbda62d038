using Pathway.Forecasting.Arima;

namespace Pathway.Forecasting;

/// <summary>
/// A fitted seasonal ARIMA(p,d,q)(P,D,Q)[m] model, with a mean or a drift when it has one,
/// ready to forecast. Built by <see cref="AutoArima.Fit"/>.
/// </summary>
public sealed class ArimaModel : IFittedModel
{
    private readonly ArimaOrder order;
    private readonly double[] history;
    private readonly double[] phi;
    private readonly int[] phiLags;
    private readonly double[] theta;
    private readonly double mean;
    private readonly double[] state;

    internal ArimaModel(ArimaOrder order, double[] history, ArimaFit fit, double aicc)
        : this(order, history, fit.Ar, fit.Ma, fit.SeasonalAr, fit.SeasonalMa, fit.Mean, fit.Sigma2, aicc, fit.Innovations, fit.State)
    {
    }

    /// <param name="innovations">One-step errors of the differenced series, one per differenced observation.</param>
    /// <param name="state">Predicted state of the differenced series' ARMA after the last observation (see <see cref="KalmanFilter"/>).</param>
    internal ArimaModel(
        ArimaOrder order, double[] history,
        double[] ar, double[] ma, double[] seasonalAr, double[] seasonalMa,
        double mean, double sigma2, double aicc, double[] innovations, double[] state)
    {
        this.order = order;
        this.history = history;
        this.mean = mean;
        this.state = state;
        Ar = ar;
        Ma = ma;
        SeasonalAr = seasonalAr;
        SeasonalMa = seasonalMa;
        Sigma2 = double.IsFinite(sigma2) && sigma2 > 0 ? sigma2 : 0;
        Aicc = aicc;
        phi = new double[order.FullAr];
        theta = new double[order.FullMa];
        Polynomials.Expand(ar, seasonalAr, order.Period, -1, phi);
        Polynomials.Expand(ma, seasonalMa, order.Period, +1, theta);
        phiLags = Polynomials.StructuralLags(order.P, order.SeasonalP, order.Period);

        // Before the differencing has consumed its observations there is no one-step forecast.
        Fitted = new double[history.Length];
        var lost = history.Length - innovations.Length;
        for (var t = 0; t < history.Length; t++)
            Fitted[t] = t < lost ? double.NaN : history[t] - innovations[t - lost];
    }

    public string Name => order.Name;

    /// <summary>
    /// AICc of the exact likelihood. +infinity when the series is too short for it to be defined,
    /// -infinity for a series the model fits exactly (zero residual variance).
    /// </summary>
    public double Aicc { get; }

    public double[] Fitted { get; }

    public int P => order.P;
    public int D => order.D;
    public int Q => order.Q;
    public int SeasonalP => order.SeasonalP;
    public int SeasonalD => order.SeasonalD;
    public int SeasonalQ => order.SeasonalQ;
    public int SeasonLength => order.Period;

    /// <summary>phi_1..phi_p, in 1 - phi_1 B - ... - phi_p B^p.</summary>
    public IReadOnlyList<double> Ar { get; }

    /// <summary>theta_1..theta_q, in 1 + theta_1 B + ... + theta_q B^q.</summary>
    public IReadOnlyList<double> Ma { get; }

    public IReadOnlyList<double> SeasonalAr { get; }
    public IReadOnlyList<double> SeasonalMa { get; }

    /// <summary>The series' mean, for a model without differencing that has one.</summary>
    public double? Mean => order.Constant && order.Differences == 0 ? mean : null;

    /// <summary>The trend per period, for a once-differenced model that has one.</summary>
    public double? Drift => order.Constant && order.Differences == 1 ? mean / (order.D == 1 ? 1 : order.Period) : null;

    /// <summary>Variance of the one-step forecast errors.</summary>
    public double Sigma2 { get; }

    public Forecast Forecast(int horizon)
    {
        if (horizon <= 0)
            return Pathway.Forecasting.Forecast.FromNormal(Name, [], []);

        // Forecasts of the differenced series continue the filter's state with no new shocks.
        var r = state.Length;
        var a = state.ToArray();
        var differenced = new double[horizon];
        for (var i = 0; i < horizon; i++)
        {
            differenced[i] = mean + (r > 0 ? a[0] : 0);
            if (r > 0)
                KalmanFilter.PredictState(a, phi, phiLags, r);
        }

        // Undo the differencing: y_t = w_t - sum_{k>=1} c_k y_{t-k}.
        var delta = Polynomials.Differencing(order.D, order.SeasonalD, order.Period);
        var lags = delta.Length - 1;
        var extended = new double[lags + horizon];
        for (var k = 0; k < lags; k++)
        {
            var source = history.Length - lags + k;
            extended[k] = source >= 0 ? history[source] : history.Length > 0 ? history[0] : 0;
        }
        for (var i = 0; i < horizon; i++)
        {
            var value = differenced[i];
            for (var k = 1; k <= lags; k++)
                value -= delta[k] * extended[lags + i - k];
            extended[lags + i] = value;
        }
        var means = extended[lags..];

        // Error variance from the psi weights of the whole model, differencing included.
        var alpha = new double[phi.Length + 1];
        alpha[0] = 1;
        for (var k = 0; k < phi.Length; k++)
            alpha[k + 1] = -phi[k];
        var psi = Polynomials.PsiWeights(Polynomials.Multiply(alpha, delta), theta, horizon);
        var sd = new double[horizon];
        double cumulative = 0;
        for (var i = 0; i < horizon; i++)
        {
            cumulative += psi[i] * psi[i];
            sd[i] = Math.Sqrt(Sigma2 * cumulative);
        }
        return Pathway.Forecasting.Forecast.FromNormal(Name, means, sd);
    }
}
