namespace Pathway.Forecasting.Ets;

/// <summary>
/// Checks a model's intervals against the errors it actually made: the model is replayed over its
/// own history, forecasting 1..h steps ahead from every point, and where those multi-step errors
/// are larger than the model's own variance says (a change of regime, a surge), the interval is
/// widened to match. A model is never narrowed. Without this the 12-month intervals of series with
/// breaks cover far less than they claim.
/// </summary>
internal static class EtsEmpiricalErrors
{
    public static Forecast Widen(EtsModel model, Forecast forecast)
    {
        var horizon = forecast.Horizon;
        var observed = ErrorSd(model, horizon);
        if (observed is null) return forecast;
        var relative = model.Spec.Error == EtsError.Multiplicative;
        double[] lo80 = (double[])forecast.Lower80.Clone(), hi80 = (double[])forecast.Upper80.Clone();
        double[] lo95 = (double[])forecast.Lower95.Clone(), hi95 = (double[])forecast.Upper95.Clone();
        for (var h = 0; h < horizon; h++)
        {
            var mean = forecast.Mean[h];
            var claimed = (forecast.Upper80[h] - forecast.Lower80[h]) / (2 * Normal.Z80);
            var actual = relative ? observed[h] * Math.Abs(mean) : observed[h];
            if (!(claimed > 0) || !(actual > claimed)) continue;
            var factor = actual / claimed;
            lo80[h] = mean - factor * (mean - lo80[h]);
            hi80[h] = mean + factor * (hi80[h] - mean);
            lo95[h] = mean - factor * (mean - lo95[h]);
            hi95[h] = mean + factor * (hi95[h] - mean);
        }
        return forecast with { Lower80 = lo80, Upper80 = hi80, Lower95 = lo95, Upper95 = hi95 };
    }

    /// <summary>
    /// Root mean square of the in-sample h-step errors per step (relative to the forecast for
    /// multiplicative errors), skipping the first cycles where the starting states still settle;
    /// null when the history is too short to say.
    /// </summary>
    internal static double[]? ErrorSd(EtsModel model, int horizon)
    {
        var y = model.History;
        var n = y.Length;
        var m = model.Spec.IsSeasonal ? model.SeasonLength : 1;
        var burnIn = Math.Max(2 * m, 8);
        if (n - burnIn < horizon + 8) return null;

        var spec = model.Spec;
        var p = model.Parameters;
        var phi = model.PhiValue;
        var multSeason = spec.Season == EtsSeason.Multiplicative;
        var relative = spec.Error == EtsError.Multiplicative;
        var betaOverAlpha = spec.HasTrend ? p.Beta / p.Alpha : 0;
        var state = model.InitialState;
        var seasons = state.Seasons;
        double level = state.Level, slope = spec.HasTrend ? state.Trend : 0;
        var oldest = 0;
        var sums = new double[horizon];
        var counts = new int[horizon];

        for (var t = 0; t < n; t++)
        {
            if (t >= burnIn)
            {
                double phiSum = 0, phiPower = 1;
                for (var h = 1; h <= horizon && t + h - 1 < n; h++)
                {
                    phiPower *= phi;
                    phiSum += phiPower;
                    var q = level + (spec.HasTrend ? phiSum * slope : 0);
                    var season = spec.IsSeasonal ? seasons[(oldest + h - 1) % m] : 0;
                    var f = !spec.IsSeasonal ? q : multSeason ? q * season : q + season;
                    var e = y[t + h - 1] - f;
                    if (relative) { if (Math.Abs(f) < 1e-10) continue; e /= f; }
                    sums[h - 1] += e * e;
                    counts[h - 1]++;
                }
            }

            // One step of the recursion (as EtsFilter), moving the state past y[t].
            var phib = phi * slope;
            var level1 = level + (spec.HasTrend ? phib : 0);
            var s = spec.IsSeasonal ? seasons[oldest] : 0;
            var adjusted = !spec.IsSeasonal ? y[t] : multSeason ? (Math.Abs(s) > 1e-10 ? y[t] / s : y[t]) : y[t] - s;
            var newLevel = level1 + p.Alpha * (adjusted - level1);
            if (spec.HasTrend) slope = phib + betaOverAlpha * (newLevel - level - phib);
            if (spec.IsSeasonal)
            {
                var ratio = multSeason ? (Math.Abs(level1) > 1e-10 ? y[t] / level1 : s) : y[t] - level1;
                seasons[oldest] = s + p.Gamma * (ratio - s);
                oldest = (oldest + 1) % m;
            }
            level = newLevel;
        }

        var sd = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            if (counts[h] < 8) return null;
            sd[h] = Math.Sqrt(sums[h] / counts[h]);
        }
        return sd;
    }
}
