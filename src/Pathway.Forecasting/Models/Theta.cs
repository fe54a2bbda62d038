using Pathway.Forecasting.Ets;

namespace Pathway.Forecasting.Models;

/// <summary>
/// The Theta method (Assimakopoulos and Nikolopoulos 2000) in the form of Hyndman and Billah
/// (2003), as R's forecast::thetaf computes it: simple exponential smoothing with drift at half
/// the slope of the linear trend, on seasonally adjusted data when the seasonal autocorrelation is
/// significant.
/// </summary>
public sealed class Theta : IFittedModel
{
    private readonly EtsModel _ses;
    private readonly double[] _seasonalFigure;
    private readonly int _length;
    private readonly double _halfSlope;
    private readonly bool _multiplicative;

    private Theta(EtsModel ses, double[] seasonalFigure, bool multiplicative, int length, double halfSlope, double[] fitted)
    {
        _ses = ses;
        _seasonalFigure = seasonalFigure;
        _multiplicative = multiplicative;
        _length = length;
        _halfSlope = halfSlope;
        Fitted = fitted;
    }

    public string Name => "Theta";
    public double Aicc => double.NaN;
    public double[] Fitted { get; }

    public static Theta? Fit(double[] y, int seasonLength)
    {
        var n = y.Length;
        var seasonal = ClassicalDecomposition.HasSeasonality(y, seasonLength);
        var multiplicative = y.All(v => v > 0);
        var figure = seasonal ? ClassicalDecomposition.SeasonalFigure(y, seasonLength, multiplicative) : [];
        var adjusted = new double[n];
        for (var t = 0; t < n; t++)
            adjusted[t] = !seasonal ? y[t] : multiplicative ? y[t] / Math.Max(figure[t % seasonLength], 1e-2) : y[t] - figure[t % seasonLength];

        var ses = EtsFitter.Fit(adjusted, 1, new EtsSpec(EtsError.Additive, EtsTrend.None, EtsSeason.None));
        if (ses is null) return null;

        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var t = 0; t < n; t++) { sx += t; sy += adjusted[t]; sxx += (double)t * t; sxy += t * adjusted[t]; }
        var slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        var fitted = new double[n];
        for (var t = 0; t < n; t++)
            fitted[t] = !seasonal ? ses.Fitted[t] : multiplicative ? ses.Fitted[t] * figure[t % seasonLength] : ses.Fitted[t] + figure[t % seasonLength];
        return new Theta(ses, figure, multiplicative, n, slope / 2, fitted);
    }

    /// <summary>Point forecasts only, without intervals (the inner windows of <see cref="InnerWindowCombination"/>).</summary>
    internal double[] Mean(int horizon)
    {
        var ses = _ses.Mean(horizon);
        var drift = Drift();
        var mean = new double[horizon];
        for (var h = 0; h < horizon; h++) mean[h] = Reseasonalise(ses[h] + _halfSlope * (h + drift), h);
        return mean;
    }

    private double Drift()
    {
        var alpha = Math.Max(1e-10, _ses.Parameters.Alpha);
        return (1 - Math.Pow(1 - alpha, _length)) / alpha;
    }

    private double Reseasonalise(double value, int h)
    {
        if (_seasonalFigure.Length == 0) return value;
        var s = _seasonalFigure[(_length + h) % _seasonalFigure.Length];
        return _multiplicative ? value * s : value + s;
    }

    public Forecast Forecast(int horizon)
    {
        var baseForecast = _ses.Forecast(horizon);
        var alpha = Math.Max(1e-10, _ses.Parameters.Alpha);
        var sigma = Math.Sqrt(_ses.Sigma2);
        var mean = new double[horizon];
        var sd = new double[horizon];
        var drift = (1 - Math.Pow(1 - alpha, _length)) / alpha;
        for (var h = 0; h < horizon; h++)
        {
            mean[h] = baseForecast.Mean[h] + _halfSlope * (h + drift);
            // The SES model's intervals are already widened to its observed multi-step errors; keep the wider.
            sd[h] = Math.Max(sigma * Math.Sqrt(h * alpha * alpha + 1), (baseForecast.Upper80[h] - baseForecast.Lower80[h]) / (2 * Normal.Z80));
            if (_seasonalFigure.Length > 0)
            {
                var s = _seasonalFigure[(_length + h) % _seasonalFigure.Length];
                // The error scales with the season too, unlike thetaf, whose intervals ignore it.
                if (_multiplicative) { mean[h] *= s; sd[h] *= s; }
                else
                {
                    mean[h] += s;
                }
            }
        }
        return Pathway.Forecasting.Forecast.FromNormal(Name, mean, sd);
    }
}
