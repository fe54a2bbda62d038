using Pathway.Support.Tracing;

namespace Pathway.Support.Tests;

/// <summary>How a side's decision moves a match: one confirmation within a data scope, both sides' across organisations, and a rejection by either ending it.</summary>
public sealed class TracingMatchTests
{
    private static readonly DateTime At = new(2026, 12, 5, 10, 0, 0, DateTimeKind.Utc);

    private static TracingMatch Match(Guid? heldBy = null) => new() { Evidence = "{}", HeldBy = heldBy };

    [Fact]
    public void Decide_WithinOneDataScope_OneConfirmationConfirms()
    {
        var match = Match();

        match.Decide(MatchSide.Request, confirm: true, At, "worker").ShouldBe(MatchOutcome.Confirmed);

        (match.State, match.DecidedBy).ShouldBe((MatchState.Confirmed, "worker"));
        match.RequestSideConfirmedAt.ShouldBeNull();
    }

    [Fact]
    public void Decide_AcrossOrganisations_WaitsForTheOtherSide_ThenConfirms()
    {
        var match = Match(Guid.NewGuid());

        match.Decide(MatchSide.Request, confirm: true, At, "ngo").ShouldBe(MatchOutcome.AwaitingOtherSide);
        (match.State, match.ConfirmedBy(MatchSide.Request), match.ConfirmedBy(MatchSide.Holder)).ShouldBe((MatchState.Proposed, true, false));

        match.Decide(MatchSide.Holder, confirm: true, At.AddHours(2), "office").ShouldBe(MatchOutcome.Confirmed);
        (match.State, match.DecidedAt, match.DecidedBy).ShouldBe((MatchState.Confirmed, At.AddHours(2), "office"));
        (match.RequestSideConfirmedBy, match.HolderConfirmedBy).ShouldBe(("ngo", "office"));
    }

    [Fact]
    public void Decide_AcrossOrganisations_EitherSideMayConfirmFirst()
    {
        var match = Match(Guid.NewGuid());

        match.Decide(MatchSide.Holder, confirm: true, At, "office").ShouldBe(MatchOutcome.AwaitingOtherSide);
        match.Decide(MatchSide.Request, confirm: true, At, "ngo").ShouldBe(MatchOutcome.Confirmed);
    }

    [Fact]
    public void Decide_TheSameSideTwice_ChangesNothing()
    {
        var match = Match(Guid.NewGuid());
        match.Decide(MatchSide.Request, confirm: true, At, "ngo");

        match.Decide(MatchSide.Request, confirm: true, At.AddHours(1), "ngo again").ShouldBe(MatchOutcome.AlreadyDecided);

        (match.State, match.RequestSideConfirmedAt, match.RequestSideConfirmedBy).ShouldBe((MatchState.Proposed, At, "ngo"));
    }

    [Theory]
    [InlineData(MatchSide.Request)]
    [InlineData(MatchSide.Holder)]
    public void Decide_ARejectionByEitherSide_EndsIt_EvenAfterTheOtherConfirmed(MatchSide rejecting)
    {
        var match = Match(Guid.NewGuid());
        match.Decide(rejecting == MatchSide.Request ? MatchSide.Holder : MatchSide.Request, confirm: true, At, "one");

        match.Decide(rejecting, confirm: false, At.AddHours(1), "other").ShouldBe(MatchOutcome.Rejected);

        match.State.ShouldBe(MatchState.Rejected);
        match.Decide(MatchSide.Request, confirm: true, At.AddHours(2), "late").ShouldBe(MatchOutcome.AlreadyDecided);
        match.Decide(MatchSide.Holder, confirm: true, At.AddHours(2), "late").ShouldBe(MatchOutcome.AlreadyDecided);
        match.State.ShouldBe(MatchState.Rejected);
    }
}
