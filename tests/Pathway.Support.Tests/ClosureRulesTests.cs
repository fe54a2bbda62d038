using Pathway.Support.Caseload;
using Pathway.Support.Closures;

namespace Pathway.Support.Tests;

/// <summary>Which step of a closure may follow which, the four eyes on a decision, what a request checks, and how the caseload counts time to closure.</summary>
public sealed class ClosureRulesTests
{
    private static readonly Guid Worker = Guid.NewGuid();
    private static readonly Guid Supervisor = Guid.NewGuid();
    private static readonly DateTime Now = new(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc);

    private static CaseClosure Requested() =>
        CaseClosure.Request(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), ClosureReason.GoalsReached, null, Worker, "ngo@example.org", Now);

    private static IEnumerable<string> Problems(ClosureInput input) => ClosureDesk.Check(input).Select(p => $"{p.Field}:{p.Problem}");

    [Fact]
    public void AWaitingRequest_IsApprovedOrReturned_OnlyOnce_AndOnlyAnApprovedOneIsReopened()
    {
        CaseClosure.Allowed(ClosureStatus.Requested, ClosureStatus.Approved).ShouldBeTrue();
        CaseClosure.Allowed(ClosureStatus.Requested, ClosureStatus.Returned).ShouldBeTrue();
        CaseClosure.Allowed(ClosureStatus.Requested, ClosureStatus.Reopened).ShouldBeFalse();
        CaseClosure.Allowed(ClosureStatus.Returned, ClosureStatus.Approved).ShouldBeFalse();
        CaseClosure.Allowed(ClosureStatus.Approved, ClosureStatus.Reopened).ShouldBeTrue();
        CaseClosure.Allowed(ClosureStatus.Reopened, ClosureStatus.Approved).ShouldBeFalse();

        var closure = Requested();
        closure.Reopen("boss", "back", Now).ShouldBeFalse();
        closure.Decide(ClosureStatus.Reopened, Supervisor, "boss", null, Now).ShouldBeFalse("reopening is not a decision on a request");
        closure.Decide(ClosureStatus.Approved, Supervisor, "boss", null, Now.AddHours(2)).ShouldBeTrue();
        closure.Status.ShouldBe(ClosureStatus.Approved);
        closure.DecidedAt.ShouldBe(Now.AddHours(2));
        closure.Decide(ClosureStatus.Returned, Supervisor, "boss", "late", Now).ShouldBeFalse();
        closure.Reopen("boss", "She came back.", Now.AddDays(3)).ShouldBeTrue();
        closure.Status.ShouldBe(ClosureStatus.Reopened);
        closure.ReopenReason.ShouldBe("She came back.");
    }

    [Fact]
    public void TheOneWhoAsked_DoesNotDecide()
    {
        var closure = Requested();
        closure.MayDecide(Worker).ShouldBeFalse();
        closure.MayDecide(Supervisor).ShouldBeTrue();
    }

    [Fact]
    public void ARequest_NeedsAReason_AndWordsForAnother()
    {
        Problems(new ClosureInput(null, null)).ShouldBe(["reason:ReasonMissing"]);
        Problems(new ClosureInput((ClosureReason)99, null)).ShouldBe(["reason:ReasonMissing"]);
        Problems(new ClosureInput(ClosureReason.Other, "  ")).ShouldBe(["note:NoteMissing"]);
        Problems(new ClosureInput(ClosureReason.Other, new string('x', CaseClosure.MaxNoteLength + 1))).ShouldBe(["note:NoteTooLong"]);
        Problems(new ClosureInput(ClosureReason.Other, "Returned home voluntarily.")).ShouldBeEmpty();
        Problems(new ClosureInput(ClosureReason.MovedAway, null)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0, ClosureBand.UpTo30Days)]
    [InlineData(30, ClosureBand.UpTo30Days)]
    [InlineData(31, ClosureBand.UpTo90Days)]
    [InlineData(90, ClosureBand.UpTo90Days)]
    [InlineData(180, ClosureBand.UpTo180Days)]
    [InlineData(365, ClosureBand.UpTo365Days)]
    [InlineData(366, ClosureBand.Over365Days)]
    public void TimeToClosure_FallsInItsBand(int days, ClosureBand band) => CaseloadFigures.Band(days).ShouldBe(band);

    [Fact]
    public void TheMedian_IsTheMiddleCase_OrTheMeanOfTheTwoMiddleOnes()
    {
        static CaseloadFigures.CaseRow Case(int days) => new(Guid.NewGuid(), new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1).AddDays(days), [], 0);
        CaseloadFigures.Median([]).ShouldBeNull();
        CaseloadFigures.Median([Case(12)]).ShouldBe(12);
        CaseloadFigures.Median([Case(400), Case(10), Case(30)]).ShouldBe(30, "one very long case does not pull the median");
        CaseloadFigures.Median([Case(10), Case(20), Case(31), Case(500)]).ShouldBe(25.5);
    }
}
