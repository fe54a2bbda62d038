namespace Pathway.Forecasting;

/// <summary>
/// Point forecasts with 80% and 95% prediction intervals for the periods after the history,
/// and the model that made them.
/// </summary>
public sealed record Forecast(string Model, double[] Mean, double[] Lower80, double[] Upper80, double[] Lower95, double[] Upper95)
{
    public int Horizon => Mean.Length;

    /// <summary>
    /// A forecast from point forecasts and the standard deviation of each step's error,
    /// assuming normal errors (the additive state-space and ARIMA case).
    /// </summary>
    public static Forecast FromNormal(string model, double[] mean, double[] sd)
    {
        var h = mean.Length;
        double[] lo80 = new double[h], hi80 = new double[h], lo95 = new double[h], hi95 = new double[h];
        for (var i = 0; i < h; i++)
        {
            lo80[i] = mean[i] - Normal.Z80 * sd[i];
            hi80[i] = mean[i] + Normal.Z80 * sd[i];
            lo95[i] = mean[i] - Normal.Z95 * sd[i];
            hi95[i] = mean[i] + Normal.Z95 * sd[i];
        }
        return new Forecast(model, mean, lo80, hi80, lo95, hi95);
    }

    /// <summary>
    /// Counts cannot be negative: bounds and means below zero are cut to zero when the history
    /// has none. The cut changes no coverage (the truth cannot lie below zero either).
    /// </summary>
    public Forecast ClampedAtZero() => this with
    {
        Mean = Clamp(Mean),
        Lower80 = Clamp(Lower80),
        Upper80 = Clamp(Upper80),
        Lower95 = Clamp(Lower95),
        Upper95 = Clamp(Upper95),
    };

    private static double[] Clamp(double[] values) => values.Select(v => Math.Max(0, v)).ToArray();
}
