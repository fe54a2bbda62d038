namespace Pathway.Analytics.Fairness;

/// <summary>
/// The Mantel–Haenszel common odds ratio and risk ratio across strata, with their 95% intervals, and the
/// Cochran–Mantel–Haenszel test of no association within strata.
/// <list type="bullet">
/// <item>Odds ratio: Σ(a·d/n) / Σ(b·c/n) (Mantel and Haenszel 1959); the variance of its logarithm by
/// Robins, Breslow and Greenland (1986), which holds both for a few large strata and for many thin ones.</item>
/// <item>Risk ratio: Σ(a·n₀/n) / Σ(c·n₁/n), the variance of its logarithm Σ(n₁·n₀·m₁ − a·c·n)/n² divided by
/// the product of the two sums (Greenland and Robins 1985): what "refused 1.8 times as often" means.</item>
/// <item>Test: (|Σa − ΣE(a)| − ½)² / ΣVar(a), with E(a) = n₁·m₁/n and Var(a) = n₁·n₀·m₁·m₀ / (n²·(n − 1)),
/// chi-square with one degree of freedom, with the continuity correction as R's mantelhaen.test.</item>
/// </list>
/// When the group, or everyone else, had a single outcome in every comparable stratum the ratios are 0 or
/// infinite; then 0.5 is added to each cell of the informative strata (Haldane–Anscombe) for the estimates
/// only, which keeps them finite and pulls them towards 1. The test always uses the counts as they are.
/// </summary>
internal static class MantelHaenszel
{
    public static MantelHaenszelEstimate? Estimate(IEnumerable<StratumTable> strata)
    {
        var tables = strata.Where(t => t.Informative && t.Total > 1).ToList();
        if (tables.Count == 0)
        {
            return null;
        }

        var (chiSquare, p) = Test(tables);
        var corrected = Sums(tables) is var raw && (raw.R == 0 || raw.S == 0 || raw.RiskTop == 0 || raw.RiskBottom == 0);
        var used = corrected ? tables.Select(t => t.Halved()).ToList() : tables;
        var sums = Sums(used);
        if (sums.R == 0 || sums.S == 0 || sums.RiskTop == 0 || sums.RiskBottom == 0)
        {
            return null;
        }

        var odds = sums.R / sums.S;
        var oddsVariance = (sums.PR / (2 * sums.R * sums.R)) + (sums.PSQR / (2 * sums.R * sums.S)) + (sums.QS / (2 * sums.S * sums.S));
        var risk = sums.RiskTop / sums.RiskBottom;
        var riskVariance = sums.RiskVariance / (sums.RiskTop * sums.RiskBottom);
        var (oddsLower, oddsUpper) = Interval(odds, oddsVariance);
        var (riskLower, riskUpper) = Interval(risk, riskVariance);
        return new MantelHaenszelEstimate(odds, oddsLower, oddsUpper, risk, riskLower, riskUpper, chiSquare, p, corrected);
    }

    private static (double Lower, double Upper) Interval(double ratio, double logVariance)
    {
        var half = NormalDistribution.Z95 * Math.Sqrt(Math.Max(0, logVariance));
        return (Math.Exp(Math.Log(ratio) - half), Math.Exp(Math.Log(ratio) + half));
    }

    private static (double ChiSquare, double P) Test(IReadOnlyList<StratumTable> tables)
    {
        double observed = 0, expected = 0, variance = 0;
        foreach (var t in tables)
        {
            var n = t.Total;
            var refused = t.GroupRefused + t.OthersRefused;
            var granted = t.GroupGranted + t.OthersGranted;
            observed += t.GroupRefused;
            expected += t.Group * refused / n;
            variance += t.Group * t.Others * refused * granted / (n * n * (n - 1));
        }

        if (variance <= 0)
        {
            return (0, 1);
        }

        var gap = Math.Max(0, Math.Abs(observed - expected) - 0.5);
        var chiSquare = gap * gap / variance;
        return (chiSquare, NormalDistribution.ChiSquareOneP(chiSquare));
    }

    private static Totals Sums(IEnumerable<StratumTable> tables)
    {
        var sums = new Totals();
        foreach (var t in tables)
        {
            var (a, b, c, d, n) = (t.GroupRefused, t.GroupGranted, t.OthersRefused, t.OthersGranted, t.Total);
            var p = (a + d) / n;
            var q = (b + c) / n;
            var r = a * d / n;
            var s = b * c / n;
            sums.R += r;
            sums.S += s;
            sums.PR += p * r;
            sums.PSQR += (p * s) + (q * r);
            sums.QS += q * s;
            sums.RiskTop += a * t.Others / n;
            sums.RiskBottom += c * t.Group / n;
            sums.RiskVariance += ((t.Group * t.Others * (a + c)) - (a * c * n)) / (n * n);
        }

        return sums;
    }

    private sealed class Totals
    {
        public double R { get; set; }
        public double S { get; set; }
        public double PR { get; set; }
        public double PSQR { get; set; }
        public double QS { get; set; }
        public double RiskTop { get; set; }
        public double RiskBottom { get; set; }
        public double RiskVariance { get; set; }
    }
}

/// <summary>The adjusted odds ratio and risk ratio of refusal with their 95% intervals, and the CMH test; <see cref="Corrected"/> when 0.5 was added to the cells.</summary>
internal sealed record MantelHaenszelEstimate(
    double OddsRatio, double OddsLower, double OddsUpper, double RiskRatio, double RiskLower, double RiskUpper, double ChiSquare, double P, bool Corrected);
