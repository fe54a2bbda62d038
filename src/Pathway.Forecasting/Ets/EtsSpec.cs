using System.Runtime.InteropServices;

namespace Pathway.Forecasting.Ets;

public enum EtsError { Additive, Multiplicative }

public enum EtsTrend { None, Additive, Damped }

public enum EtsSeason { None, Additive, Multiplicative }

/// <summary>One member of the exponential smoothing state-space family, named as in Hyndman et al. (2008).</summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct EtsSpec(EtsError Error, EtsTrend Trend, EtsSeason Season)
{
    public bool HasTrend => Trend != EtsTrend.None;
    public bool IsSeasonal => Season != EtsSeason.None;

    /// <summary>
    /// Additive errors with additive or no seasonality: the class with closed-form prediction
    /// variances. The others get their intervals by simulation.
    /// </summary>
    public bool HasAnalyticVariance => Error == EtsError.Additive && Season != EtsSeason.Multiplicative;

    public override string ToString() =>
        $"ETS({(Error == EtsError.Additive ? "A" : "M")},{Trend switch { EtsTrend.None => "N", EtsTrend.Additive => "A", EtsTrend.Damped => "Ad" }},{Season switch { EtsSeason.None => "N", EtsSeason.Additive => "A", EtsSeason.Multiplicative => "M" }})";

    /// <summary>
    /// The models automatic selection compares. As in R's forecast::ets defaults, unstable
    /// combinations (additive error with multiplicative seasonality) and multiplicative trends are
    /// left out; multiplicative parts need strictly positive data. With <paramref name="dampedTrendsOnly"/>
    /// a trend is only ever damped: a linear trend carried a year ahead is what goes worst when a
    /// surge of arrivals ends (Gardner and McKenzie's argument for damping, borne out in the M3 and M4
    /// competitions).
    /// </summary>
    public static IEnumerable<EtsSpec> Candidates(bool seasonal, bool positive, bool dampedTrendsOnly = false)
    {
        foreach (var error in positive ? new[] { EtsError.Additive, EtsError.Multiplicative } : [EtsError.Additive])
        {
            foreach (var trend in new[] { EtsTrend.None, EtsTrend.Additive, EtsTrend.Damped })
            {
                foreach (var season in seasonal ? (positive ? new[] { EtsSeason.None, EtsSeason.Additive, EtsSeason.Multiplicative } : [EtsSeason.None, EtsSeason.Additive]) : [EtsSeason.None])
                {
                    if (error == EtsError.Additive && season == EtsSeason.Multiplicative) continue;
                    if (dampedTrendsOnly && trend == EtsTrend.Additive) continue;
                    yield return new EtsSpec(error, trend, season);
                }
            }
        }
    }
}
