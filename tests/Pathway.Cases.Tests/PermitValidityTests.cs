using System.Globalization;
using Pathway.Cases.Catalogue;
using Pathway.Cases.Workflow;
using Pathway.Platform.Casework;

namespace Pathway.Cases.Tests;

public class PermitValidityTests
{
    private static readonly DateOnly DecisionDay = D("2026-06-01");

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ResidenceCase Examined(PermitKind permit = PermitKind.TemporaryResidence) => new()
    {
        Number = "WSC-II-S.6151.1.2026", ApplicationType = "temporary-work", Permit = permit, ApplicantBirthDate = D("1990-01-01"),
        SubmittedOn = D("2026-05-04"), State = CaseState.Examination, Version = 3, FormallyCompleteOn = D("2026-05-05"), AppearedOn = D("2026-05-06"),
    };

    private static Refusal? Draft(ResidenceCase c, CaseActionInput input) =>
        CaseTransitions.Apply(c, CaseAction.DraftDecision, input with { Reason = "conditions met" }, new(DecisionDay, DateTime.UtcNow, Guid.NewGuid(), false));

    [Theory]
    [InlineData(null, "2027-05-31", "permitValidFrom", "Give the first day the permit is valid.")]
    [InlineData("2025-05-31", "2026-05-30", "permitValidFrom", "The permit must start within a year of the decision day ({0}).")]
    [InlineData("2027-06-02", "2028-06-01", "permitValidFrom", "The permit must start within a year of the decision day ({0}).")]
    [InlineData("2026-06-10", null, "permitValidUntil", "A temporary residence permit is valid until a set day; give it.")]
    [InlineData("2026-06-10", "2026-06-10", "permitValidUntil", "The last valid day must be after the first ({0}).")]
    [InlineData("2026-06-10", "2026-06-01", "permitValidUntil", "The last valid day must be after the first ({0}).")]
    [InlineData("2026-06-10", "2029-06-10", "permitValidUntil", "A temporary residence permit is granted for at most 3 years (art. 60 of the Act on Foreigners): until {0} at the latest.")]
    public void ATemporaryPermit_WithAWrongValidity_IsRefusedOnTheField_AndNothingChanges(string? from, string? until, string field, string text)
    {
        var c = Examined();

        var refusal = Draft(c, new CaseActionInput
        {
            Outcome = DecisionOutcome.Granted, PermitValidFrom = from is null ? null : D(from), PermitValidUntil = until is null ? null : D(until),
        });

        refusal.ShouldNotBeNull();
        (refusal.Field, refusal.Text).ShouldBe((field, text));
        (c.State, c.Version, c.Outcome, c.PermitValidFrom).ShouldBe((CaseState.Examination, 3, null, null));
    }

    [Fact]
    public void ATemporaryPermit_OfExactlyThreeYears_IsRecorded_AndTheFactsCarryIt()
    {
        var c = Examined();

        Draft(c, new CaseActionInput
        {
            Outcome = DecisionOutcome.Granted, PermitValidFrom = D("2026-06-10"), PermitValidUntil = D("2029-06-09"), TemporaryProtection = true,
        }).ShouldBeNull();

        (c.PermitValidFrom, c.PermitValidUntil, c.TemporaryProtection).ShouldBe((D("2026-06-10"), D("2029-06-09"), true));
        var facts = c.DomainEvents.OfType<CaseFacts>().ShouldHaveSingleItem();
        (facts.PermitValidFrom, facts.PermitValidUntil, facts.TemporaryProtection).ShouldBe((D("2026-06-10"), D("2029-06-09"), true));
    }

    [Theory]
    [InlineData(PermitKind.PermanentResidence)]
    [InlineData(PermitKind.LongTermResidentEu)]
    public void APermitWithoutALimit_TakesNoLastDay(PermitKind permit)
    {
        var c = Examined(permit);

        Draft(c, new CaseActionInput { Outcome = DecisionOutcome.Granted, PermitValidFrom = D("2026-06-10"), PermitValidUntil = D("2036-06-09") })!
            .Field.ShouldBe("permitValidUntil");
        Draft(c, new CaseActionInput { Outcome = DecisionOutcome.Granted, PermitValidFrom = D("2026-06-10") }).ShouldBeNull();

        (c.PermitValidFrom, c.PermitValidUntil).ShouldBe((D("2026-06-10"), null));
        c.Facts().PermitValidUntil.ShouldBeNull();
        c.Facts().TemporaryProtection.ShouldBe(false);
    }

    [Fact]
    public void ARefusal_GrantsNoPermit_WhateverTheFormHeld_AndAReturnedDraftLosesItsPermit()
    {
        var refused = Examined();
        Draft(refused, new CaseActionInput { Outcome = DecisionOutcome.Refused, PermitValidFrom = D("2026-06-10"), TemporaryProtection = true }).ShouldBeNull();
        (refused.PermitValidFrom, refused.TemporaryProtection).ShouldBe((null, false));
        refused.Facts().TemporaryProtection.ShouldBeNull();

        var granted = Examined();
        Draft(granted, new CaseActionInput { Outcome = DecisionOutcome.Granted, PermitValidFrom = D("2026-06-10"), PermitValidUntil = D("2027-06-09") }).ShouldBeNull();
        CaseTransitions.Apply(granted, CaseAction.ReturnDraft, new CaseActionInput { Reason = "wrong dates" }, new(DecisionDay, DateTime.UtcNow, Guid.NewGuid(), true)).ShouldBeNull();
        (granted.PermitValidFrom, granted.PermitValidUntil).ShouldBe((null, null));
    }

    [Fact]
    public void AnAppealAuthorityGrantingThePermit_GivesItsValidity_UnderTheSameRules()
    {
        var c = Examined();
        c.State = CaseState.Appealed;
        var context = new ActionContext(DecisionDay, DateTime.UtcNow, Guid.NewGuid(), true);

        CaseTransitions.Apply(c, CaseAction.RecordAppealResult, new CaseActionInput { AppealResult = AppealResult.Changed, Outcome = DecisionOutcome.Granted }, context)!
            .Field.ShouldBe("permitValidFrom");
        CaseTransitions.Apply(c, CaseAction.RecordAppealResult, new CaseActionInput
        {
            AppealResult = AppealResult.Changed, Outcome = DecisionOutcome.Granted, PermitValidFrom = D("2026-06-01"), PermitValidUntil = D("2028-05-31"),
        }, context).ShouldBeNull();

        (c.Outcome, c.PermitValidFrom, c.PermitValidUntil).ShouldBe((DecisionOutcome.Granted, D("2026-06-01"), D("2028-05-31")));
    }

    [Fact]
    public void TheLatestEndOfATemporaryPermit_IsTheDayBeforeThreeYearsOn()
    {
        PermitValidity.LatestTemporaryEnd(D("2026-06-10")).ShouldBe(D("2029-06-09"));
        PermitValidity.LatestTemporaryEnd(D("2028-02-29")).ShouldBe(D("2031-02-27"));
    }
}
