using FsCheck;
using FsCheck.Fluent;
using Pathway.Analytics.Fairness;

namespace Pathway.Analytics.Tests.Fairness;

public sealed class FairnessMethodTests
{
    private const int Threshold = 5;

    [Fact]
    public void Compare_ACitizenshipRefusedMoreOftenWithinTypeAndOffice_IsFlagged_AndTheOthersAreNot()
    {
        var cells = SyntheticDecisions.Draw(7, 2000, SyntheticDecisions.Even("UKR", "BLR", "IND", "VNM"), oddsOf: (c, _) => c == "IND" ? 3 : 1);

        var result = FairnessMethod.Compare(cells, Threshold);

        var india = result.Outcomes.Single(o => o.Group == new FairnessGroup("IND", null));
        india.Flagged.ShouldBeTrue();
        india.RefusalRatio.ShouldBeGreaterThan(1.5);
        india.RefusalRatioLower.ShouldBeGreaterThan(1);
        // Everyone else is compared with a pool that holds India's refusals, so they look refused less often: a
        // gap in their favour, which may be flagged too, but never one against them.
        result.Outcomes.Where(o => o.Group.Kind == FairnessGroup.CitizenshipKind && o.Group.Citizenship != "IND").ShouldAllBe(o => o.RefusalRatio < 1);
        result.ProcessingTimes.ShouldAllBe(t => !t.Flagged);
    }

    [Fact]
    public void Compare_AGroupWaitingLongerWithinTypeAndOffice_IsFlaggedOnDays()
    {
        var cells = SyntheticDecisions.Draw(11, 2000, SyntheticDecisions.Even("UKR", "BLR", "IND", "VNM"), extraDaysOf: (c, s) => c == "BLR" && s == "F" ? 45 : 0);

        var result = FairnessMethod.Compare(cells, Threshold);

        var women = result.ProcessingTimes.Single(t => t.Group == new FairnessGroup("BLR", "F"));
        women.Flagged.ShouldBeTrue();
        women.Lower.ShouldBeGreaterThan(0);
        women.DifferenceDays.ShouldBe(45, 20);
    }

    /// <summary>
    /// Simpson's trap: one citizenship applies mostly for the type and office that refuse most, so crudely it is
    /// refused far more often; within type and office it is treated as everyone else, and is not flagged.
    /// </summary>
    [Fact]
    public void Compare_AGroupConcentratedWhereEveryoneIsRefusedMore_IsNotFlagged()
    {
        var cells = SyntheticDecisions.Draw(3, 3000, [("UKR", [4, 4, 1, 1]), ("BLR", [4, 4, 1, 1]), ("AFG", [0.2, 0.2, 1, 6])]);

        var result = FairnessMethod.Compare(cells, Threshold);

        var afghans = result.Outcomes.Single(o => o.Group == new FairnessGroup("AFG", null));
        var crudeOthers = (double)cells.Where(c => c.Citizenship != "AFG").Sum(c => c.Refused) / cells.Where(c => c.Citizenship != "AFG").Sum(c => c.Decided);
        (afghans.RefusalRate / crudeOthers).ShouldBeGreaterThan(1.8);
        afghans.Flagged.ShouldBeFalse();
        afghans.RefusalRatioLower.ShouldBeLessThan(1);
        afghans.RefusalRatioUpper.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Compare_AGroupOfThree_IsNotShown_ButListedAsTooFew()
    {
        var cells = SyntheticDecisions.Draw(5, 400, SyntheticDecisions.Even("UKR", "BLR"));
        cells.Add(new DecisionCell("NRU", "F", "studies", SyntheticDecisions.North, 0, 3, new DaysSummary(3, 300, 30000)));

        var result = FairnessMethod.Compare(cells, Threshold);

        var nauru = new FairnessGroup("NRU", null);
        result.Outcomes.ShouldNotContain(o => o.Group.Citizenship == "NRU");
        result.ProcessingTimes.ShouldNotContain(o => o.Group.Citizenship == "NRU");
        result.TooFewForOutcomes.ShouldContain(nauru);
        result.TooFewForProcessingTimes.ShouldContain(nauru);
        // Nauru has one sex only: its citizenship-and-sex row would repeat the citizenship's, so there is none.
        result.TooFewForOutcomes.ShouldNotContain(new FairnessGroup("NRU", "F"));
    }

    [Fact]
    public void Compare_AGroupWhoseCasesLieWhereNobodyElseWasDecided_IsTooFewToCompare()
    {
        List<DecisionCell> cells =
        [
            new("UKR", "F", "studies", SyntheticDecisions.North, 20, 5, new DaysSummary(25, 1000, 50000)),
            new("UKR", "M", "studies", SyntheticDecisions.North, 20, 5, new DaysSummary(25, 1000, 50000)),
            // Eight Syrians, all in a type nobody else applied for, and two beside everyone else.
            new("SYR", "F", "family", SyntheticDecisions.North, 4, 4, new DaysSummary(8, 400, 24000)),
            new("SYR", "F", "studies", SyntheticDecisions.North, 1, 1, new DaysSummary(2, 80, 3400)),
        ];

        var result = FairnessMethod.Compare(cells, Threshold);

        result.TooFewForOutcomes.ShouldContain(new FairnessGroup("SYR", null));
        result.Outcomes.ShouldNotContain(o => o.Group.Citizenship == "SYR");
    }

    /// <summary>
    /// With no gap at all, the whole page may raise a false flag in at most about 5% of periods (Benjamini–Hochberg
    /// keeps the family-wise rate at q when every null is true). 400 offices drawn from fixed seeds: the share with
    /// any flag stays under 8% (5% plus about three standard errors of a share of 400).
    /// </summary>
    [Fact]
    public void Compare_DataWithoutAGap_RaisesAFlagNoMoreOftenThanTheErrorRateAllows()
    {
        const int Offices = 400;
        var flagged = 0;
        for (var seed = 1; seed <= Offices; seed++)
        {
            var cells = SyntheticDecisions.Draw(seed, 600, [("UKR", [3, 3, 3, 3]), ("BLR", [2, 1, 2, 1]), ("IND", [1, 1, 2, 3]), ("VNM", [1, 2, 1, 1])]);
            var result = FairnessMethod.Compare(cells, Threshold);
            if (result.Outcomes.Any(o => o.Flagged) || result.ProcessingTimes.Any(t => t.Flagged))
            {
                flagged++;
            }
        }

        ((double)flagged / Offices).ShouldBeLessThan(0.08);
    }

    private static readonly Gen<DecisionCell> Cell =
        from citizenship in Gen.Elements("UKR", "BLR", "IND", "GEO", "NRU")
        from sex in Gen.Elements("F", "M", "X")
        from type in Gen.Elements("studies", "work", "family")
        from office in Gen.Elements(SyntheticDecisions.North, SyntheticDecisions.South)
        from granted in Gen.Choose(0, 30)
        from refused in Gen.Choose(0, 15)
        from mean in Gen.Choose(5, 200)
        from spread in Gen.Choose(0, 40)
        let n = granted + refused
        select new DecisionCell(citizenship, sex, type, office, granted, refused,
            new DaysSummary(n, (double)n * mean, (n * ((double)mean * mean)) + (Math.Max(0, n - 1) * (double)spread * spread)));

    /// <summary>Whatever the counts: every group is shown or listed as too few, never both; what is shown has enough cases, a p-value and an interval around its estimate.</summary>
    [Fact]
    public void Compare_AnyCounts_ShowsOrHidesEveryGroup_AndEveryIntervalHoldsItsEstimate()
    {
        var property = Prop.ForAll(Gen.Choose(0, 40).SelectMany(n => Cell.ArrayOf(n)).ToArbitrary(), drawn =>
        {
            var cells = drawn.Where(c => c.Decided > 0).GroupBy(c => (c.Citizenship, c.Sex, c.ApplicationType, c.OfficeId))
                .Select(g => g.First()).ToList();
            var result = FairnessMethod.Compare(cells, Threshold);
            var groups = FairnessMethod.Groups(cells).ToList();

            result.Outcomes.Select(o => o.Group).Concat(result.TooFewForOutcomes).ShouldBe(groups, ignoreOrder: true);
            result.ProcessingTimes.Select(t => t.Group).Concat(result.TooFewForProcessingTimes).ShouldBe(groups, ignoreOrder: true);
            foreach (var gap in result.Outcomes)
            {
                gap.Decided.ShouldBeGreaterThanOrEqualTo(Threshold);
                gap.P.ShouldBeInRange(0, 1);
                gap.RefusalRatio.ShouldBeInRange(gap.RefusalRatioLower * (1 - 1e-9), gap.RefusalRatioUpper * (1 + 1e-9));
                gap.OddsRatio.ShouldBeInRange(gap.OddsRatioLower * (1 - 1e-9), gap.OddsRatioUpper * (1 + 1e-9));
            }

            foreach (var gap in result.ProcessingTimes)
            {
                gap.Decided.ShouldBeGreaterThanOrEqualTo(Threshold);
                gap.P.ShouldBeInRange(0, 1);
                gap.DifferenceDays.ShouldBeInRange(gap.Lower - 1e-9, gap.Upper + 1e-9);
            }
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithReplay(20261205UL, 1UL), property);
    }

    /// <summary>Exchanging the group and everyone else turns the odds ratio over: the estimate does not depend on which side is called the group.</summary>
    [Fact]
    public void MantelHaenszel_SwappingTheSides_InvertsTheOddsRatio()
    {
        var table = from a in Gen.Choose(0, 20) from b in Gen.Choose(0, 20) from c in Gen.Choose(0, 20) from d in Gen.Choose(0, 20) select new StratumTable(a, b, c, d);
        var property = Prop.ForAll(Gen.Choose(1, 6).SelectMany(n => table.ArrayOf(n)).ToArbitrary(), tables =>
        {
            var forward = MantelHaenszel.Estimate(tables);
            var backward = MantelHaenszel.Estimate(tables.Select(t => new StratumTable(t.OthersRefused, t.OthersGranted, t.GroupRefused, t.GroupGranted)));
            (forward is null).ShouldBe(backward is null);
            if (forward is not null && backward is not null)
            {
                (forward.OddsRatio * backward.OddsRatio).ShouldBe(1, 1e-9);
                forward.P.ShouldBe(backward.P, 1e-9);
            }
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(20261205UL, 3UL), property);
    }
}
