using Pathway.Analytics.Fairness;

namespace Pathway.Analytics.Tests.Fairness;

/// <summary>The monitor's statistics against textbook and hand-computed values.</summary>
public sealed class StatisticsTests
{
    /// <summary>
    /// The penicillin and rabbits data of R's mantelhaen.test example (delay of injection against cure, in five
    /// strata of dose): R gives X-squared = 3.9286, p = 0.04747, common odds ratio 7 with 95% CI 1.026713 to
    /// 47.725133 (Robins–Breslow–Greenland). Here "refused" stands for "cured" and the group for "no delay".
    /// </summary>
    [Fact]
    public void MantelHaenszel_OnTheRabbitsData_GivesRsFigures()
    {
        StratumTable[] rabbits =
        [
            new(0, 6, 0, 5),
            new(3, 3, 0, 6),
            new(6, 0, 2, 4),
            new(5, 1, 6, 0),
            new(2, 0, 5, 0),
        ];

        var estimate = MantelHaenszel.Estimate(rabbits)!;

        estimate.OddsRatio.ShouldBe(7, 1e-9);
        estimate.OddsLower.ShouldBe(1.026713, 1e-6);
        estimate.OddsUpper.ShouldBe(47.725133, 1e-5);
        estimate.ChiSquare.ShouldBe(3.9286, 1e-4);
        estimate.P.ShouldBe(0.04747, 1e-5);
        estimate.Corrected.ShouldBeFalse();
    }

    /// <summary>
    /// Two strata worked by hand: Σa·n₀/n = 5 + 2 = 7, Σc·n₁/n = 2.5 + 1 = 3.5, so the risk ratio is 2; the
    /// Greenland–Robins variance (4000/1600 + 2080/1600) / (7 · 3.5) = 0.155102 gives 2·e^(±1.959964·0.393830).
    /// </summary>
    [Fact]
    public void MantelHaenszel_RiskRatio_MatchesTheHandComputation()
    {
        var estimate = MantelHaenszel.Estimate([new StratumTable(10, 10, 5, 15), new StratumTable(4, 16, 2, 18)])!;

        estimate.RiskRatio.ShouldBe(2, 1e-12);
        estimate.RiskLower.ShouldBe(2 * Math.Exp(-1.959964 * Math.Sqrt(3.8 / 24.5)), 1e-5);
        estimate.RiskUpper.ShouldBe(2 * Math.Exp(1.959964 * Math.Sqrt(3.8 / 24.5)), 1e-5);
        // Odds ratio: (10·15/40 + 4·18/40) / (10·5/40 + 16·2/40) = 5.55 / 2.05.
        estimate.OddsRatio.ShouldBe(5.55 / 2.05, 1e-12);
    }

    [Fact]
    public void MantelHaenszel_WhenTheGroupWasAlwaysRefused_AddsAHalfToEachCell_AndStaysFinite()
    {
        var estimate = MantelHaenszel.Estimate([new StratumTable(8, 0, 3, 20), new StratumTable(5, 0, 2, 12)])!;

        estimate.Corrected.ShouldBeTrue();
        double.IsFinite(estimate.OddsRatio).ShouldBeTrue();
        estimate.OddsRatio.ShouldBeGreaterThan(10);
        estimate.RiskRatio.ShouldBeGreaterThan(3);
        estimate.P.ShouldBeLessThan(0.001);
    }

    [Fact]
    public void MantelHaenszel_WithoutAStratumHoldingBothSides_EstimatesNothing() =>
        MantelHaenszel.Estimate([new StratumTable(3, 2, 0, 0), new StratumTable(0, 0, 4, 9)]).ShouldBeNull();

    /// <summary>
    /// By hand: stratum 1, group {10, 20} and others {10, 10, 20, 20}: difference 0, weight 2·4/6, pooled
    /// variance 150/4; stratum 2, group {30, 40, 50} and others {20, 30}: difference 15, weight 3·2/5, pooled
    /// variance 250/3. Combined 18 / (4/3 + 6/5) = 7.10526 days, standard error √150 / (38/15) = 4.83451.
    /// </summary>
    [Fact]
    public void StratifiedMeanDifference_MatchesTheHandComputation()
    {
        var difference = StratifiedMeanDifference.Estimate(
        [
            (new DaysSummary(2, 30, 500), new DaysSummary(4, 60, 1000)),
            (new DaysSummary(3, 120, 5000), new DaysSummary(2, 50, 1300)),
        ])!;

        var error = Math.Sqrt(150) / (38.0 / 15);
        difference.Days.ShouldBe(18 / (38.0 / 15), 1e-9);
        difference.Lower.ShouldBe(difference.Days - (1.959964 * error), 1e-5);
        difference.Upper.ShouldBe(difference.Days + (1.959964 * error), 1e-5);
        difference.P.ShouldBe(0.14164, 1e-4);
    }

    [Fact]
    public void BenjaminiHochberg_StepsUp_FromTheLargestPValueThatPasses()
    {
        FalseDiscovery.Flags([0.01, 0.04, 0.03, 0.005, 0.5]).ShouldBe([true, true, true, true, false]);
        // 0.03 is above 2·0.05/4 but below 4·0.05/4 by way of 0.04: step-up flags it where Holm would not.
        FalseDiscovery.Flags([0.001, 0.03, 0.035, 0.04]).ShouldBe([true, true, true, true]);
        FalseDiscovery.Flags([0.02, 0.04, 0.06]).ShouldBe([false, false, false]);
        FalseDiscovery.Flags([]).ShouldBeEmpty();
    }

    [Fact]
    public void NormalTails_MatchTheTables()
    {
        NormalDistribution.Erfc(0).ShouldBe(1, 1e-7);
        NormalDistribution.Erfc(1).ShouldBe(0.157299207, 1e-7);
        NormalDistribution.Erfc(-1).ShouldBe(1.842700793, 1e-7);
        NormalDistribution.TwoSidedP(1.959964).ShouldBe(0.05, 1e-6);
        NormalDistribution.ChiSquareOneP(3.841459).ShouldBe(0.05, 1e-6);
        NormalDistribution.ChiSquareOneP(6.634897).ShouldBe(0.01, 1e-6);
    }
}
