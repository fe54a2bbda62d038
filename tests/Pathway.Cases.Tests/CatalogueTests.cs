using Pathway.Cases.Catalogue;
using Pathway.Cases.TimeLimits;

namespace Pathway.Cases.Tests;

public class CatalogueTests
{
    private static readonly DateOnly Change = new(2026, 7, 1);

    [Fact]
    public void AChangeInTheLaw_JudgesEachDayByTheRuleInForceOnIt()
    {
        var type = new ApplicationType { Code = "studies", Name = "Studies" };
        type.DecisionPeriods.Add(new DecisionPeriod { Length = 60, Unit = PeriodUnit.Days, InForceFrom = new(2026, 4, 27), InForceUntil = Change.AddDays(-1) });
        type.DecisionPeriods.Add(new DecisionPeriod { Length = 30, Unit = PeriodUnit.Days, InForceFrom = Change });
        type.Documents.Add(new RequiredDocument { Code = "old-form", InForceFrom = new(2026, 4, 27), InForceUntil = Change.AddDays(-1) });
        type.Documents.Add(new RequiredDocument { Code = "photo", InForceFrom = new(2026, 4, 27) });

        CatalogueEntry.On(type, Change.AddDays(-1)).DecisionPeriod!.Length.ShouldBe(60);
        CatalogueEntry.On(type, Change).DecisionPeriod!.Length.ShouldBe(30);
        CatalogueEntry.On(type, Change).Documents.Select(d => d.Code).ShouldBe(["photo"]);
        CatalogueEntry.On(type, new(2026, 4, 26)).DecisionPeriod.ShouldBeNull("no rule was in force before the first");
    }

    [Fact]
    public void ThePolishCatalogue_HasEveryTypeOnceWithItsRulesFromTheOnlineOnlyDay()
    {
        var tenant = Guid.NewGuid();
        var types = PolishCatalogue.For(tenant);

        types.Select(t => t.Code).ShouldBe(["temporary-work", "blue-card", "family", "studies", "business", "other-circumstances", "permanent", "eu-long-term"]);
        types.ShouldAllBe(t => t.TenantId == tenant && t.LegalBasis.StartsWith("Ustawa z dnia 12 grudnia 2013 r. o cudzoziemcach, art. "));
        foreach (var type in types)
        {
            var entry = CatalogueEntry.On(type, PolishCatalogue.InForceFrom);
            entry.DecisionPeriod.ShouldNotBeNull(type.Code);
            entry.StampDuty.ShouldNotBeNull(type.Code);
            entry.Documents.Select(d => d.Code).ShouldBeUnique();
            entry.Documents.Select(d => d.Code).ShouldContain("passport");
            CatalogueEntry.On(type, PolishCatalogue.InForceFrom.AddDays(-1)).DecisionPeriod.ShouldBeNull();
        }

        // Only the temporary-residence period was checked against the act; the rest say they were not.
        types.Where(t => t.Permit == PermitKind.TemporaryResidence).ShouldAllBe(t => t.DecisionPeriods.Single().Verified && t.DecisionPeriods.Single().Length == 60);
        types.Where(t => t.Permit != PermitKind.TemporaryResidence).ShouldAllBe(t => !t.DecisionPeriods.Single().Verified);
        types.SelectMany(t => t.StampDuties).ShouldAllBe(d => !d.Verified);
        types.Single(t => t.Code == "temporary-work").Documents.Select(d => d.Code).ShouldContain("employer-annex");
    }

    [Fact]
    public void TheStatutorySuspension_LengthensADecisionLimitThatRanIntoIt()
    {
        var suspensions = PolishCatalogue.Suspensions(Guid.NewGuid());
        suspensions.Select(s => s.Permit).ShouldBe([PermitKind.TemporaryResidence, PermitKind.PermanentResidence, PermitKind.LongTermResidentEu]);
        suspensions.ShouldAllBe(s => !s.Verified && s.Until == new DateOnly(2026, 3, 4));

        // 60 days from 1 February 2026 end on 2 April; 2 February to 4 March (31 days) did not count:
        // 3 May, a Sunday and Constitution Day, so Monday 4 May.
        var excluded = suspensions.Where(s => s.Permit == PermitKind.TemporaryResidence).Select(s => s.AsExcluded(s.Name)).ToList();
        var deadline = TimeLimitCalculator.Compute(new DateOnly(2026, 2, 1), Period.Days(60), excluded);

        deadline.Steps.OfType<DeadlineStep.NotCounted>().Single().DaysAdded.ShouldBe(31);
        deadline.End.ShouldBe(new DateOnly(2026, 5, 4));
    }
}
