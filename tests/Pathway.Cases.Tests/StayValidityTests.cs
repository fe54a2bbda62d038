using Pathway.Cases.Confirmations;
using Pathway.Cases.Workflow;

namespace Pathway.Cases.Tests;

public sealed class StayValidityTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    [Theory]
    [InlineData(CaseState.Submitted)]
    [InlineData(CaseState.FormalCheck)]
    [InlineData(CaseState.FormalDeficiency)]
    [InlineData(CaseState.Examination)]
    [InlineData(CaseState.EvidenceRequested)]
    [InlineData(CaseState.Suspended)]
    [InlineData(CaseState.DecisionDrafted)]
    [InlineData(CaseState.Appealed)]
    public void Of_ACaseStillRunning_IsValid(CaseState state) =>
        StayValidity.Of(new ResidenceCase { State = state }).ShouldBe(StayValidity.Valid);

    [Fact]
    public void Of_ADecisionNotYetFinal_IsValid_ButADiscontinuanceEndsItOnItsDay()
    {
        StayValidity.Of(new ResidenceCase { State = CaseState.Decided, Outcome = DecisionOutcome.Refused, DecidedOn = Day }).IsValid.ShouldBeTrue();
        StayValidity.Of(new ResidenceCase { State = CaseState.Decided, Outcome = DecisionOutcome.Discontinued, DecidedOn = Day }).ShouldBe(new StayValidity(false, Day));
    }

    [Theory]
    [InlineData(CaseState.Final)]
    [InlineData(CaseState.CardOrdered)]
    [InlineData(CaseState.CardReady)]
    [InlineData(CaseState.CardCollected)]
    public void Of_AFinalDecision_EndsOnTheDayItBecameFinal(CaseState state) =>
        StayValidity.Of(new ResidenceCase { State = state, Outcome = DecisionOutcome.Granted, FinalOn = Day }).ShouldBe(new StayValidity(false, Day));

    [Theory]
    [InlineData(CaseState.LeftWithoutConsideration)]
    [InlineData(CaseState.NotInitiated)]
    public void Of_ProceedingsEndedWithoutADecision_EndOnTheDayOfThatStep(CaseState state)
    {
        var c = new ResidenceCase { State = state };
        c.Events.Add(new CaseEvent { At = Day.ToDateTime(new TimeOnly(10, 0)), Action = CaseAction.LeaveWithoutConsideration, FromState = CaseState.FormalDeficiency, ToState = state });

        StayValidity.Of(c).ShouldBe(new StayValidity(false, Day));
    }

    [Fact]
    public void Of_EveryState_IsAnswered() =>
        Enum.GetValues<CaseState>().Select(s => StayValidity.Of(new ResidenceCase { State = s })).Count().ShouldBe(Enum.GetValues<CaseState>().Length);

    [Fact]
    public void VerificationCode_New_Is128RandomBitsInBase32_ReadBackFromItsGroupedForm()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => VerificationCode.New()).ToList();

        codes.ShouldAllBe(c => c.Length == VerificationCode.Length && VerificationCode.Normalise(VerificationCode.Grouped(c).ToLowerInvariant()) == c);
        codes.Distinct(StringComparer.Ordinal).Count().ShouldBe(codes.Count);
        VerificationCode.Normalise("ABCD-1").ShouldBeNull();
        VerificationCode.Normalise(new string('1', VerificationCode.Length)).ShouldBeNull();
    }
}
