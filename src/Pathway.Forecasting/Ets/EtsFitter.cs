using Pathway.Forecasting.Models;
using Pathway.Forecasting.Optimization;

namespace Pathway.Forecasting.Ets;

/// <summary>
/// Fits exponential smoothing models by maximum likelihood, and picks the best of the family by
/// AICc (the method of R's forecast::ets).
/// </summary>
public static class EtsFitter
{
    private const double Lower = 1e-4, Upper = 0.9999, PhiLower = 0.8, PhiUpper = 0.98;

    /// <summary>
    /// The model of the family with the lowest AICc, or null when the history is too short for any
    /// (fewer than four values). <paramref name="dampedTrendsOnly"/> leaves out undamped trends (see <see cref="EtsSpec.Candidates"/>).
    /// </summary>
    public static EtsModel? FitAuto(ReadOnlySpan<double> y, int seasonLength, bool dampedTrendsOnly = false)
    {
        var positive = true;
        foreach (var v in y) if (v <= 0) { positive = false; break; }
        EtsModel? best = null;
        foreach (var spec in EtsSpec.Candidates(CanBeSeasonal(y.Length, seasonLength), positive, dampedTrendsOnly))
        {
            var model = Fit(y, seasonLength, spec);
            if (model is not null && (best is null || model.Aicc < best.Aicc)) best = model;
        }
        return best;
    }

    /// <summary>
    /// Seasonal models need two whole cycles to start from and at most 24 seasons (longer cycles
    /// have more starting states than a few years of data can support).
    /// </summary>
    public static bool CanBeSeasonal(int length, int seasonLength) => seasonLength > 1 && seasonLength <= 24 && length >= 2 * seasonLength + 2;

    /// <summary>One model fitted by maximum likelihood, or null when it cannot be (too few values, or no admissible fit).</summary>
    public static EtsModel? Fit(ReadOnlySpan<double> y, int seasonLength, EtsSpec spec)
    {
        var n = y.Length;
        var m = spec.IsSeasonal ? seasonLength : 1;
        if (spec.IsSeasonal && !CanBeSeasonal(n, seasonLength)) return null;
        var parameterCount = 1 + (spec.HasTrend ? 2 : 0) + (spec.Trend == EtsTrend.Damped ? 1 : 0) + (spec.IsSeasonal ? m : 0) + 1;
        // The likelihood's variance counts as a parameter too; AICc needs n > k + 1.
        var k = parameterCount + 1;
        if (n < 4 || n <= k + 1) return null;

        var seasonInit = spec.IsSeasonal
            ? ClassicalDecomposition.SeasonalFigure(y, m, spec.Season == EtsSeason.Multiplicative)
            : [];
        if (spec.Season == EtsSeason.Multiplicative)
            for (var j = 0; j < m; j++) seasonInit[j] = Math.Max(seasonInit[j], 1e-2);
        var (level0, trend0) = StartingLevelAndTrend(y, seasonInit, spec);
        var scale = Scale(y, level0);

        var filter = new EtsFilter(spec, seasonLength);
        var layout = new Layout(spec);
        var frequency = Math.Max(seasonLength, 1);
        // Starting smoothing values as R's forecast::ets chooses them: slow smoothing, near-undamped trend.
        var alpha0 = Lower + 0.2 * (Upper - Lower) / frequency;
        var start = new double[layout.Dimension];
        start[0] = Bounded.ToFree(alpha0, Lower, Upper);
        if (spec.HasTrend) start[layout.Beta] = Bounded.ToFree(0.1, 0, 1);
        if (spec.IsSeasonal) start[layout.Gamma] = Bounded.ToFree(0.05, 0, 1);
        if (spec.Trend == EtsTrend.Damped) start[layout.Phi] = Bounded.ToFree(0.978, PhiLower, PhiUpper);
        var steps = new double[layout.Dimension];
        steps.AsSpan().Fill(1.0);

        var history = y.ToArray();
        var objective = new NelderMead.Objective(x => filter.MinusTwoLogLikelihood(history, layout.Read(x, level0, trend0, scale), seasonInit));
        var optimiser = new NelderMead(layout.Dimension);
        var value = optimiser.Minimise(objective, start, steps, maxEvaluations: 200 + 100 * layout.Dimension, tolerance: 1e-6);
        if (double.IsInfinity(value)) return null;

        var parameters = layout.Read(start, level0, trend0, scale);
        var fitted = new double[n];
        var lik = filter.Run(history, parameters, seasonInit, fitted, capture: true, out var sse, out var state);
        if (state is null || double.IsInfinity(lik)) return null;

        var aic = lik + 2 * k;
        var aicc = aic + 2.0 * k * (k + 1) / (n - k - 1);
        var sigma2 = sse / Math.Max(n - k, 1);
        return new EtsModel(spec, m, parameters, state, sigma2, aicc, fitted) { History = history, SeasonInit = seasonInit };
    }

    private static (double Level, double Trend) StartingLevelAndTrend(ReadOnlySpan<double> y, double[] seasons, EtsSpec spec)
    {
        // As forecast::ets: a line through the first few seasonally adjusted values.
        var m = Math.Max(seasons.Length, 1);
        var count = Math.Min(Math.Max(10, 2 * m), y.Length);
        Span<double> adjusted = stackalloc double[count];
        for (var t = 0; t < count; t++)
        {
            adjusted[t] = spec.Season switch
            {
                EtsSeason.None => y[t],
                EtsSeason.Additive => y[t] - seasons[t % m],
                EtsSeason.Multiplicative => y[t] / seasons[t % m],
            };
        }
        if (!spec.HasTrend)
        {
            double mean = 0;
            foreach (var v in adjusted) mean += v;
            return (mean / count, 0);
        }
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var t = 0; t < count; t++)
        {
            var x = t + 1.0;
            sx += x; sy += adjusted[t]; sxx += x * x; sxy += x * adjusted[t];
        }
        var slope = (count * sxy - sx * sy) / (count * sxx - sx * sx);
        var intercept = (sy - slope * sx) / count;
        if (Math.Abs(intercept + slope) < 1e-8) { intercept *= 1 + 1e-3; slope *= 1 + 1e-3; }
        return (intercept, slope);
    }

    /// <summary>The size of a unit step for the initial level, so the optimiser's first moves are sensible whatever the data's units.</summary>
    private static double Scale(ReadOnlySpan<double> y, double level0)
    {
        double mean = 0;
        foreach (var v in y) mean += v;
        mean /= y.Length;
        double variance = 0;
        foreach (var v in y) variance += (v - mean) * (v - mean);
        var sd = Math.Sqrt(variance / y.Length);
        return Math.Max(Math.Max(0.1 * sd, 1e-3 * Math.Abs(level0)), 1e-6);
    }

    /// <summary>Where each parameter sits in the optimiser's vector, and how it is bounded.</summary>
    private sealed class Layout
    {
        private readonly EtsSpec _spec;

        public Layout(EtsSpec spec)
        {
            _spec = spec;
            var i = 1;
            Beta = spec.HasTrend ? i++ : -1;
            Gamma = spec.IsSeasonal ? i++ : -1;
            Phi = spec.Trend == EtsTrend.Damped ? i++ : -1;
            Level = i++;
            Trend = spec.HasTrend ? i++ : -1;
            Dimension = i;
        }

        public int Beta { get; }
        public int Gamma { get; }
        public int Phi { get; }
        public int Level { get; }
        public int Trend { get; }
        public int Dimension { get; }

        /// <summary>β lies below α and γ below 1 − α, which keeps the models forecastable (the usual region).</summary>
        public EtsParameters Read(ReadOnlySpan<double> x, double level0, double trend0, double scale)
        {
            var alpha = Bounded.FromFree(x[0], Lower, Upper);
            var beta = Beta >= 0 ? Bounded.FromFree(x[Beta], Lower, alpha) : 0;
            var gamma = Gamma >= 0 ? Bounded.FromFree(x[Gamma], Lower, Math.Max(1 - alpha, Lower * 2)) : 0;
            var phi = Phi >= 0 ? Bounded.FromFree(x[Phi], PhiLower, PhiUpper) : 1;
            var level = level0 + scale * x[Level];
            var trend = Trend >= 0 ? trend0 + 0.1 * scale * x[Trend] : 0;
            return new EtsParameters(alpha, beta, gamma, phi, level, trend);
        }
    }
}
