using Pathway.Cases.Catalogue;
using Pathway.Cases.TimeLimits;

namespace Pathway.Cases.Tests;

public class LawChangesTests
{
    private static readonly DateOnly First = new(2026, 4, 27);
    private static readonly DateTime Now = new(2026, 12, 3, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ANewRule_EndsTheOneInForceTheDayBefore()
    {
        var type = Type(Period(60, First));
        var next = Period(30, new(2027, 1, 1));

        Record(type, next);

        type.DecisionPeriods[0].InForceUntil.ShouldBe(new DateOnly(2026, 12, 31));
        next.InForceUntil.ShouldBeNull();
        CatalogueEntry.On(type, new(2026, 12, 31)).DecisionPeriod!.Length.ShouldBe(60);
        CatalogueEntry.On(type, new(2027, 1, 1)).DecisionPeriod!.Length.ShouldBe(30);
    }

    [Fact]
    public void ARuleSlippedInBeforeALaterOne_EndsWhereTheLaterBegins()
    {
        var type = Type(Period(60, First));
        Record(type, Period(30, new(2028, 1, 1)));
        var between = Period(45, new(2027, 1, 1));

        Record(type, between);

        between.InForceUntil.ShouldBe(new DateOnly(2027, 12, 31));
        type.DecisionPeriods[0].InForceUntil.ShouldBe(new DateOnly(2026, 12, 31));
        new[] { new DateOnly(2026, 6, 1), new(2027, 6, 1), new(2028, 6, 1) }.Select(d => CatalogueEntry.On(type, d).DecisionPeriod!.Length).ShouldBe([60, 45, 30]);
    }

    [Fact]
    public void ACorrectionWithTheSameFirstDay_SupersedesTheRowAndTakesItsEnd()
    {
        var type = Type(Period(60, First));
        Record(type, Period(30, new(2028, 1, 1)));
        var wrong = type.DecisionPeriods[0];
        var right = Period(61, First);

        Record(type, right);

        wrong.SupersededAt.ShouldBe(Now);
        wrong.InForceUntil.ShouldBe(new DateOnly(2027, 12, 31), "the superseded row is kept as it was");
        right.InForceUntil.ShouldBe(new DateOnly(2027, 12, 31));
        CatalogueEntry.On(type, new(2027, 6, 1)).DecisionPeriod.ShouldBeSameAs(right);
        type.DecisionPeriods.Count.ShouldBe(3);
    }

    [Fact]
    public void ARuleBeforeAnyOther_FillsTheDaysUpToTheFirst()
    {
        var type = Type(Period(60, First));
        var earlier = Period(90, new(2026, 1, 1));

        Record(type, earlier);

        earlier.InForceUntil.ShouldBe(new DateOnly(2026, 4, 26));
        type.DecisionPeriods[0].InForceUntil.ShouldBeNull();
    }

    [Fact]
    public void EndingADocument_EndsTheRowInForce_AndSupersedesOnesFromThatDayOn()
    {
        var current = new RequiredDocument { Code = "photo", InForceFrom = First };
        var later = new RequiredDocument { Code = "photo", Name = "Biometric photograph", InForceFrom = new(2028, 1, 1) };
        current.InForceUntil = new(2027, 12, 31);

        LawChanges.End([current, later], new(2027, 7, 1), Now).ShouldBeTrue();

        current.InForceUntil.ShouldBe(new DateOnly(2027, 6, 30));
        later.SupersededAt.ShouldBe(Now);
        LawChanges.End([current, later], new(2027, 7, 1), Now).ShouldBeFalse("nothing is required from that day any more");
    }

    private static ApplicationType Type(DecisionPeriod period)
    {
        var type = new ApplicationType { Code = "studies" };
        type.DecisionPeriods.Add(period);
        return type;
    }

    private static DecisionPeriod Period(int days, DateOnly from) => new() { Length = days, Unit = PeriodUnit.Days, InForceFrom = from, LegalSource = "art. 112a" };

    private static void Record(ApplicationType type, DecisionPeriod next)
    {
        LawChanges.Succeed(type.DecisionPeriods, next, Now);
        type.DecisionPeriods.Add(next);
    }
}
