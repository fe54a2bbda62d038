using System.Globalization;
using Pathway.Forecasting.Ets;

namespace Pathway.Forecasting.Models;

/// <summary>
/// The automatic forecast: damped exponential smoothing and Theta, weighted by how well each
/// forecast the series' own recent past. Both are refitted on the history cut at a few inner
/// origins (the ETS form chosen on the whole history is kept, so a window costs one fit, not
/// ten) and scored on the cycle after each cut. The weights are inverse squared errors shrunk
/// halfway to equal weights: a handful of windows is too few to trust a winner outright, and an
/// even mix of the two is already a strong forecast. The intervals are the weighted member
/// bounds, widened (never narrowed) where the inner-window misses were larger than they claim.
/// </summary>
public sealed class InnerWindowCombination : IFittedModel
{
    /// <summary>Inner origins, one cycle apart, each scored on the cycle after it.</summary>
    private const int Windows = 3;

    /// <summary>How far the inverse-error weights are pulled towards equal weights.</summary>
    private const double Shrinkage = 0.5;

    /// <summary>
    /// Three windows of one cycle are few misses to read quantiles from; these factors on the
    /// empirical 80% and 95% quantiles were set on the tuning half of the public series (the
    /// even positions) and checked on the other half (docs/forecasting.md).
    /// </summary>
    private const double Calibration80 = 1.35, Calibration95 = 2.0;

    private readonly EtsModel _ets;
    private readonly Theta _theta;
    private readonly double _scale;

    /// <summary>Per inner window: the relative errors of the combined forecast, step by step.</summary>
    private readonly List<double[]> _innerErrors;

    private InnerWindowCombination(EtsModel ets, Theta theta, double etsWeight, List<double[]> innerErrors, double scale)
    {
        _ets = ets;
        _theta = theta;
        EtsWeight = etsWeight;
        _innerErrors = innerErrors;
        _scale = scale;
        var n = ets.Fitted.Length;
        Fitted = new double[n];
        for (var t = 0; t < n; t++) Fitted[t] = etsWeight * ets.Fitted[t] + (1 - etsWeight) * theta.Fitted[t];
    }

    internal EtsModel Ets => _ets;
    internal Theta Theta => _theta;

    /// <summary>The weight of the exponential smoothing forecast; Theta has the rest.</summary>
    public double EtsWeight { get; }

    /// <summary>How many inner windows the weights and the interval check rest on.</summary>
    public int WindowCount => _innerErrors.Count;

    public string Name => string.Create(CultureInfo.InvariantCulture,
        $"{_ets.Name} {EtsWeight * 100:F0}% + {_theta.Name} {(1 - EtsWeight) * 100:F0}%");

    public double Aicc => double.NaN;
    public double[] Fitted { get; }

    /// <summary>The combination, or the one member that could be fitted, or null when neither could.</summary>
    public static IFittedModel? Fit(double[] history, int seasonLength)
    {
        var ets = EtsFitter.FitAuto(history, seasonLength, dampedTrendsOnly: true);
        var theta = Theta.Fit(history, seasonLength);
        if (ets is null || theta is null) return (IFittedModel?)ets ?? theta;

        var horizon = Math.Clamp(seasonLength, 6, 12);
        var etsForecasts = new List<double[]>();
        var thetaForecasts = new List<double[]>();
        var actuals = new List<double[]>();
        var scales = new List<double>();
        for (var k = 0; k < Windows; k++)
        {
            var cut = history.Length - horizon - k * horizon;
            if (cut < Math.Max(8, seasonLength > 1 ? 2 * seasonLength : 0)) break;
            var past = history.AsSpan(0, cut);
            var innerEts = EtsFitter.Fit(past, seasonLength, ets.Spec);
            var innerTheta = Theta.Fit(past.ToArray(), seasonLength);
            if (innerEts is null || innerTheta is null) continue;
            etsForecasts.Add(innerEts.Mean(horizon));
            thetaForecasts.Add(innerTheta.Mean(horizon));
            actuals.Add(history.AsSpan(cut, horizon).ToArray());
            scales.Add(Scale(past, seasonLength));
        }

        var weight = 0.5;
        if (actuals.Count > 0)
        {
            double etsError = 0, thetaError = 0;
            for (var k = 0; k < actuals.Count; k++)
            {
                for (var h = 0; h < horizon; h++)
                {
                    etsError += Math.Abs(actuals[k][h] - etsForecasts[k][h]) / scales[k];
                    thetaError += Math.Abs(actuals[k][h] - thetaForecasts[k][h]) / scales[k];
                }
            }
            weight = EtsWeightFor(etsError, thetaError);
        }

        var innerErrors = new List<double[]>(actuals.Count);
        for (var k = 0; k < actuals.Count; k++)
        {
            var errors = new double[horizon];
            for (var h = 0; h < horizon; h++)
                errors[h] = (actuals[k][h] - (weight * etsForecasts[k][h] + (1 - weight) * thetaForecasts[k][h])) / scales[k];
            innerErrors.Add(errors);
        }
        return new InnerWindowCombination(ets, theta, weight, innerErrors, Scale(history, seasonLength));
    }

    /// <summary>
    /// Inverse squared errors, θ²/(ε² + θ²) for the inner-window errors ε of ETS and θ of Theta,
    /// pulled halfway to one half: between 0.25 and 0.75.
    /// </summary>
    internal static double EtsWeightFor(double etsError, double thetaError)
    {
        var etsSquared = etsError * etsError;
        var thetaSquared = thetaError * thetaError;
        var raw = etsSquared + thetaSquared > 0 ? thetaSquared / (etsSquared + thetaSquared) : 0.5;
        return Shrinkage * 0.5 + (1 - Shrinkage) * raw;
    }

    /// <summary>
    /// The size of the series just before an origin (the mean absolute value of its last cycle),
    /// so that windows at different levels of a growing or shrinking series compare.
    /// </summary>
    private static double Scale(ReadOnlySpan<double> past, int seasonLength)
    {
        var count = Math.Min(Math.Max(seasonLength, 1), past.Length);
        double sum = 0;
        foreach (var v in past[^count..]) sum += Math.Abs(v);
        var scale = sum / count;
        return scale > 1e-9 ? scale : 1.0;
    }

    public Forecast Forecast(int horizon)
    {
        var ets = _ets.Forecast(horizon);
        var theta = _theta.Forecast(horizon);
        var w = EtsWeight;
        double[] Mix(double[] a, double[] b)
        {
            var mixed = new double[horizon];
            for (var h = 0; h < horizon; h++) mixed[h] = w * a[h] + (1 - w) * b[h];
            return mixed;
        }
        var mean = Mix(ets.Mean, theta.Mean);
        double[] lo80 = Mix(ets.Lower80, theta.Lower80), hi80 = Mix(ets.Upper80, theta.Upper80);
        double[] lo95 = Mix(ets.Lower95, theta.Lower95), hi95 = Mix(ets.Upper95, theta.Upper95);

        var (factor80, factor95) = WideningFactors(mean, lo80, hi80);
        for (var h = 0; h < horizon; h++)
        {
            lo80[h] = mean[h] - factor80 * (mean[h] - lo80[h]);
            hi80[h] = mean[h] + factor80 * (hi80[h] - mean[h]);
            lo95[h] = mean[h] - factor95 * (mean[h] - lo95[h]);
            hi95[h] = mean[h] + factor95 * (hi95[h] - mean[h]);
        }
        return new Forecast(Name, mean, lo80, hi80, lo95, hi95);
    }

    /// <summary>
    /// How much wider the intervals must be for the inner-window misses to fall inside them as
    /// often as they claim: each miss, relative to the level before its origin, over the half
    /// width the interval claims at that step relative to today's level. Never below 1.
    /// </summary>
    private (double Factor80, double Factor95) WideningFactors(double[] mean, double[] lo80, double[] hi80)
    {
        var ratios = new List<double>();
        foreach (var errors in _innerErrors)
        {
            for (var h = 0; h < Math.Min(errors.Length, mean.Length); h++)
            {
                var claimed = (hi80[h] - lo80[h]) / (2 * Normal.Z80) / _scale;
                if (claimed > 1e-12) ratios.Add(Math.Abs(errors[h]) / claimed);
            }
        }
        if (ratios.Count == 0) return (1, 1);
        ratios.Sort();
        return (Math.Max(1, Calibration80 * Quantile(ratios, 0.8) / Normal.Z80), Math.Max(1, Calibration95 * Quantile(ratios, 0.95) / Normal.Z95));
    }

    private static double Quantile(List<double> sorted, double p)
    {
        var position = p * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
