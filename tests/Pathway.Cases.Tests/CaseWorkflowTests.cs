using System.Globalization;
using Pathway.Cases.Catalogue;
using Pathway.Cases.TimeLimits;
using Pathway.Cases.Workflow;
using Pathway.Platform.Casework;

namespace Pathway.Cases.Tests;

public class CaseWorkflowTests
{
    private static readonly Guid Officer = Guid.NewGuid();
    private static readonly DecisionPeriod SixtyDays = new() { Length = 60, Unit = PeriodUnit.Days, LegalSource = "art. 112a", InForceFrom = D("2026-04-27") };

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ResidenceCase NewCase(CaseState state = CaseState.Submitted) => new()
    {
        Number = "WSC-II-S.6151.1.2026", ApplicationType = "temporary-work", Permit = PermitKind.TemporaryResidence,
        SubmittedOn = D("2026-05-04"), State = state, Version = 1,
    };

    private static ActionContext On(string today, bool supervisor = false) => new(D(today), DateTime.UtcNow, Officer, supervisor);

    private static void Do(ResidenceCase c, CaseAction action, string today, CaseActionInput? input = null, bool supervisor = false) =>
        CaseTransitions.Apply(c, action, input ?? new CaseActionInput(), On(today, supervisor)).ShouldBeNull($"{action} on {today}");

    [Fact]
    public void AnActionTheStateDoesNotAllow_IsRefusedWithTheReason_AndChangesNothing()
    {
        var c = NewCase();

        var refusal = CaseTransitions.Apply(c, CaseAction.DraftDecision, new CaseActionInput { Outcome = DecisionOutcome.Granted, Reason = "ok" }, On("2026-05-05"));

        refusal.ShouldNotBeNull();
        refusal.Field.ShouldBeNull();
        refusal.Args.ShouldBe(new object[] { "Submitted", "Draft the decision" });
        (c.State, c.Version, c.Events.Count, c.DomainEvents.Count).ShouldBe((CaseState.Submitted, 1, 0, 0));
    }

    [Fact]
    public void SigningADecision_IsASupervisorsAct()
    {
        var c = NewCase(CaseState.DecisionDrafted);
        c.Outcome = DecisionOutcome.Refused;

        CaseTransitions.Apply(c, CaseAction.Decide, new CaseActionInput(), On("2026-06-01"))!.Text.ShouldStartWith("Only a supervisor");
        Do(c, CaseAction.Decide, "2026-06-01", supervisor: true);

        (c.State, c.DecidedOn, c.DecidedBy).ShouldBe((CaseState.Decided, D("2026-06-01"), Officer));
    }

    [Fact]
    public void ANoticeToCureGivesAtLeastSevenDays()
    {
        var c = NewCase(CaseState.FormalCheck);

        var refusal = CaseTransitions.Apply(c, CaseAction.FormalDeficiency, new CaseActionInput { TermDays = 6, Reason = "no photo" }, On("2026-05-05"));

        refusal!.Field.ShouldBe("termDays");
        c.State.ShouldBe(CaseState.FormalCheck);
        Do(c, CaseAction.FormalDeficiency, "2026-05-05", new() { TermDays = 7, Reason = "no photo" });
        c.State.ShouldBe(CaseState.FormalDeficiency);
    }

    [Fact]
    public void TheTermToCure_RunsFromDelivery_AndTheConsequenceWaitsForItsEnd()
    {
        var c = NewCase(CaseState.FormalCheck);
        Do(c, CaseAction.FormalDeficiency, "2026-05-05", new() { TermDays = 7, Reason = "no photo" });

        CaseTransitions.Apply(c, CaseAction.LeaveWithoutConsideration, new CaseActionInput(), On("2026-06-30", supervisor: true))!
            .Text.ShouldContain("not been delivered");
        // Not collected: first postal notice on 6 May, deemed delivered on 20 May, 7 days end on 27 May.
        Do(c, CaseAction.RecordDelivery, "2026-05-21", new() { FirstPostalNoticeOn = D("2026-05-06") });
        CaseTransitions.NoticeTerm(c)!.End.ShouldBe(D("2026-05-27"));

        var early = CaseTransitions.Apply(c, CaseAction.LeaveWithoutConsideration, new CaseActionInput(), On("2026-05-27", supervisor: true));
        early!.Args.ShouldBe(new object[] { D("2026-05-27") });
        Do(c, CaseAction.LeaveWithoutConsideration, "2026-05-28", supervisor: true);
        c.State.ShouldBe(CaseState.LeftWithoutConsideration);
        c.IsClosed.ShouldBeTrue();
    }

    [Fact]
    public void ADefectCuredLate_StillCounts_WhileTheConsequenceIsNotRecorded()
    {
        var c = NewCase(CaseState.FormalCheck);
        Do(c, CaseAction.FormalDeficiency, "2026-05-05", new() { TermDays = 7, Reason = "no photo" });
        Do(c, CaseAction.RecordDelivery, "2026-05-06", new() { DeliveredOn = D("2026-05-06") });

        Do(c, CaseAction.CureDeficiency, "2026-05-20", new() { On = D("2026-05-19") });

        (c.State, c.FormallyCompleteOn).ShouldBe((CaseState.Examination, D("2026-05-19")));
        c.Events[^1].Detail.ShouldBe(CaseEvent.Late);
        c.NoticeTermDays.ShouldBeNull();
    }

    [Fact]
    public void TheDecisionClock_StartsOnTheLatestEvent_AndSkipsTheSuspension()
    {
        var c = NewCase(CaseState.FormalCheck);
        Do(c, CaseAction.CompleteFormally, "2026-05-06");
        DecisionClock.Read(c, SixtyDays, []).StartedOn.ShouldBeNull();

        Do(c, CaseAction.RecordAppearance, "2026-05-12");
        DecisionClock.Read(c, SixtyDays, []).Deadline!.End.ShouldBe(D("2026-07-13")); // 11 July is a Saturday

        Do(c, CaseAction.RequestEvidence, "2026-05-13", new() { TermDays = 14, Reason = "employer's annex" });
        DecisionClock.Read(c, SixtyDays, []).StartedOn.ShouldBeNull();
        Do(c, CaseAction.RecordDelivery, "2026-05-14", new() { DeliveredOn = D("2026-05-14") });
        Do(c, CaseAction.ReceiveEvidence, "2026-05-20", new() { On = D("2026-05-18") });

        var reading = DecisionClock.Read(c, SixtyDays, []);
        reading.StartedOn.ShouldBe(D("2026-05-18"));
        reading.DueOn.ShouldBe(D("2026-07-17"));

        Do(c, CaseAction.Suspend, "2026-06-01", new() { Reason = "preliminary question" });
        DecisionClock.Read(c, SixtyDays, []).DueOn.ShouldBeNull();
        Do(c, CaseAction.Resume, "2026-06-11");

        // Suspended 1–10 June: ten days do not count.
        c.Suspensions.Single().To.ShouldBe(D("2026-06-10"));
        c.State.ShouldBe(CaseState.Examination);
        DecisionClock.Read(c, SixtyDays, []).DueOn.ShouldBe(D("2026-07-27"));
    }

    [Fact]
    public void ADelayNotice_ReplacesTheDueDate()
    {
        var c = NewCase(CaseState.Examination);
        (c.FormallyCompleteOn, c.AppearedOn) = (D("2026-05-06"), D("2026-05-06"));

        CaseTransitions.Apply(c, CaseAction.NotifyDelay, new CaseActionInput { NewDate = D("2026-05-10"), Reason = "checks" }, On("2026-05-10"))!.Field.ShouldBe("newDate");
        Do(c, CaseAction.NotifyDelay, "2026-05-10", new() { NewDate = D("2026-09-30"), Reason = "security checks pending" });

        DecisionClock.Read(c, SixtyDays, []).DueOn.ShouldBe(D("2026-09-30"));
    }

    [Fact]
    public void APermitIsNotGranted_BeforeThePersonalAppearance()
    {
        var c = NewCase(CaseState.Examination);

        CaseTransitions.Apply(c, CaseAction.DraftDecision, new CaseActionInput { Outcome = DecisionOutcome.Granted, Reason = "conditions met" }, On("2026-06-01"))!
            .Text.ShouldContain("personal appearance");
        Do(c, CaseAction.DraftDecision, "2026-06-01", new() { Outcome = DecisionOutcome.Refused, Reason = "no income" });
        c.State.ShouldBe(CaseState.DecisionDrafted);
    }

    [Fact]
    public void AnAppeal_IsInTimeWhenPostedOnTheLastDay_AndLateTheDayAfter()
    {
        var c = Decided();
        // Delivered Friday 5 June 2026: 14 days end on Friday 19 June.
        Do(c, CaseAction.RecordDelivery, "2026-06-05", new() { DeliveredOn = D("2026-06-05") });

        var late = CaseTransitions.Apply(c, CaseAction.LodgeAppeal, new CaseActionInput { On = D("2026-06-20") }, On("2026-06-22"));
        late!.Args.ShouldBe(new object[] { D("2026-06-19"), D("2026-06-20") });
        CaseTransitions.Apply(c, CaseAction.MarkFinal, new CaseActionInput(), On("2026-06-19"))!.Args.ShouldBe(new object[] { D("2026-06-19") });

        Do(c, CaseAction.LodgeAppeal, "2026-06-22", new() { On = D("2026-06-19") });
        c.State.ShouldBe(CaseState.Appealed);
    }

    [Fact]
    public void WithoutAnAppeal_TheDecisionBecomesFinal_TheDayAfterTheTerm()
    {
        var c = Decided();
        CaseTransitions.Apply(c, CaseAction.MarkFinal, new CaseActionInput(), On("2026-08-01"))!.Text.ShouldContain("not been delivered");
        Do(c, CaseAction.RecordDelivery, "2026-06-05", new() { DeliveredOn = D("2026-06-05") });

        Do(c, CaseAction.MarkFinal, "2026-06-20");

        (c.State, c.FinalOn).ShouldBe((CaseState.Final, D("2026-06-20")));
        c.IsClosed.ShouldBeFalse();
        Do(c, CaseAction.OrderCard, "2026-06-22");
        Do(c, CaseAction.CardReady, "2026-07-06");
        Do(c, CaseAction.CardCollected, "2026-07-08");
        c.IsClosed.ShouldBeTrue();
    }

    [Fact]
    public void AnAppealReturned_SendsTheCaseBackToExamination()
    {
        var c = Decided();
        Do(c, CaseAction.RecordDelivery, "2026-06-05", new() { DeliveredOn = D("2026-06-05") });
        Do(c, CaseAction.LodgeAppeal, "2026-06-10");

        CaseTransitions.Apply(c, CaseAction.RecordAppealResult, new CaseActionInput { AppealResult = AppealResult.Changed }, On("2026-08-01"))!.Field.ShouldBe("outcome");
        Do(c, CaseAction.RecordAppealResult, "2026-08-01", new() { AppealResult = AppealResult.Returned });

        (c.State, c.Outcome, c.DecidedOn, c.DecisionDeliveredOn).ShouldBe((CaseState.Examination, (DecisionOutcome?)null, (DateOnly?)null, (DateOnly?)null));
    }

    [Fact]
    public void EveryStepRaisesTheVersion_AndWritesTheTimeline()
    {
        var c = Decided();

        c.Version.ShouldBe(1 + c.Events.Count);
        c.Events.Select(e => e.Action).ShouldBe([CaseAction.StartFormalCheck, CaseAction.CompleteFormally, CaseAction.RecordAppearance, CaseAction.DraftDecision, CaseAction.Decide]);
        // Statistics hear of every step, and of the case once as it stands after them (the latest facts replace earlier ones).
        c.DomainEvents.OfType<CaseStepTaken>().Select(s => s.Action).ShouldBe(c.Events.Select(e => e.Action.ToString()));
        var facts = c.DomainEvents.OfType<CaseFacts>().ShouldHaveSingleItem();
        facts.Version.ShouldBe(c.Version);
        facts.State.ShouldBe(nameof(CaseState.Decided));
        facts.Outcome.ShouldBe(nameof(DecisionOutcome.Granted));
        c.Events[^1].Detail.ShouldBe("Granted");
    }

    [Fact]
    public void TakingACase_IsRefusedWhenAnotherOfficerWorksIt()
    {
        var c = NewCase();
        c.AssignedOfficerId = Guid.NewGuid();

        CaseTransitions.Apply(c, CaseAction.Take, new CaseActionInput(), On("2026-05-05"))!.Text.ShouldContain("Another officer");
        Do(c, CaseAction.Assign, "2026-05-05", new() { OfficerId = Officer }, supervisor: true);
        c.AssignedOfficerId.ShouldBe(Officer);
    }

    [Fact]
    public void DaysInTheFutureAndOverlongReasons_AreRefusedAsInput()
    {
        var c = NewCase(CaseState.FormalCheck);

        CaseTransitions.Apply(c, CaseAction.CompleteFormally, new CaseActionInput { On = D("2026-05-06") }, On("2026-05-05"))!.Field.ShouldBe("on");
        CaseTransitions.Apply(c, CaseAction.Suspend, new CaseActionInput { Reason = new string('x', 2001) }, On("2026-05-05"))!.Field.ShouldBe("reason");
        c.Version.ShouldBe(1);
    }

    [Fact]
    public void ActionNames_AreKebabCase_AndRoundTrip()
    {
        CaseActionNames.Of(CaseAction.FormalDeficiency).ShouldBe("formal-deficiency");
        foreach (var action in CaseRules.Actions)
        {
            CaseActionNames.Parse(CaseActionNames.Of(action)).ShouldBe(action);
        }

        CaseActionNames.Parse("register").ShouldBeNull();
    }

    private static ResidenceCase Decided()
    {
        var c = NewCase();
        Do(c, CaseAction.StartFormalCheck, "2026-05-05");
        Do(c, CaseAction.CompleteFormally, "2026-05-06");
        Do(c, CaseAction.RecordAppearance, "2026-05-12");
        Do(c, CaseAction.DraftDecision, "2026-06-01", new() { Outcome = DecisionOutcome.Granted, Reason = "conditions met", PermitValidFrom = D("2026-06-05"), PermitValidUntil = D("2027-06-04") });
        Do(c, CaseAction.Decide, "2026-06-02", supervisor: true);
        return c;
    }
}
