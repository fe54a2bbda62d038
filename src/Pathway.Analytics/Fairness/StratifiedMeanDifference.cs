namespace Pathway.Analytics.Fairness;

/// <summary>
/// The difference in mean days to decision between a group and everyone else, within each stratum, combined
/// over the strata with weights w = n₁·n₀ / (n₁ + n₀).
/// <para>
/// Why these weights: with the same spread of days on both sides of a stratum, the variance of a stratum's
/// difference is σ²·(1/n₁ + 1/n₀) = σ²/w, so w is its inverse variance up to σ²; it is what the CMH test
/// gives each stratum, it depends on counts alone (weights from variances estimated in thin strata are
/// noisy and would favour strata that happen to look tight), and a stratum where either side has few cases
/// counts little. The variance of the combination is Σ w·σ²ₖ / (Σw)², σ²ₖ the stratum's pooled variance
/// (or the pooled variance of all the strata, where a stratum has one case on each side). Means of days
/// are skewed, but the difference of means is near normal from a few dozen cases on: the normal interval
/// and z test serve, and the page hides groups below the threshold anyway. A stratified permutation test
/// would need the cases one by one, which the database does not hand out.
/// </para>
/// </summary>
internal static class StratifiedMeanDifference
{
    public static MeanDifference? Estimate(IEnumerable<(DaysSummary Group, DaysSummary Others)> strata)
    {
        var informative = strata.Where(s => s.Group.Count > 0 && s.Others.Count > 0).ToList();
        if (informative.Count == 0)
        {
            return null;
        }

        var pooledDeviations = informative.Sum(s => s.Group.Deviations + s.Others.Deviations);
        var pooledFreedom = informative.Sum(s => s.Group.Count + s.Others.Count - 2);
        var pooled = pooledFreedom > 0 ? pooledDeviations / pooledFreedom : 0;

        double weights = 0, weighted = 0, variance = 0;
        foreach (var (group, others) in informative)
        {
            var w = (double)group.Count * others.Count / (group.Count + others.Count);
            var freedom = group.Count + others.Count - 2;
            var spread = freedom > 0 ? (group.Deviations + others.Deviations) / freedom : pooled;
            weights += w;
            weighted += w * (group.Mean - others.Mean);
            variance += w * spread;
        }

        var difference = weighted / weights;
        var error = Math.Sqrt(variance) / weights;
        if (error == 0)
        {
            return new MeanDifference(difference, difference, difference, difference == 0 ? 1 : 0);
        }

        var half = NormalDistribution.Z95 * error;
        return new MeanDifference(difference, difference - half, difference + half, NormalDistribution.TwoSidedP(difference / error));
    }
}

/// <summary>The group's adjusted mean days minus everyone else's, with its 95% interval and two-sided p-value.</summary>
internal sealed record MeanDifference(double Days, double Lower, double Upper, double P);
