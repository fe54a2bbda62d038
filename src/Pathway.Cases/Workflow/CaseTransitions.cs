using Pathway.Cases.TimeLimits;

namespace Pathway.Cases.Workflow;

/// <summary>
/// The effects of each action on a case, with the guards the law sets: a refused action changes
/// nothing and says why. A successful one adds a line to the timeline and raises the version.
/// </summary>
public static class CaseTransitions
{
    /// <summary>KPA art. 64 §2: the term to cure a formal defect is at least 7 days.</summary>
    public const int MinimumCureDays = 7;
    public const int MaximumTermDays = 365;
    /// <summary>KPA art. 129 §2: an appeal is lodged within 14 days of the decision's delivery.</summary>
    public const int AppealDays = 14;

    public static Refusal? Apply(ResidenceCase @case, CaseAction action, CaseActionInput input, ActionContext context)
    {
        if (!CaseRules.Actions.Contains(action))
        {
            return Refusal.Input("action", "This is not an action one can take on a case.");
        }

        if (!CaseRules.AllowedIn(action, @case.State))
        {
            return Refusal.Of("A case in the state “{0}” cannot take the action “{1}”.", CaseNames.Of(@case.State), CaseNames.Of(action));
        }

        if (CaseRules.NeedsSupervisor(action) && !context.MaySupervise)
        {
            return Refusal.Of("Only a supervisor may take the action “{0}”.", CaseNames.Of(action));
        }

        var on = input.On ?? context.Today;
        if (on > context.Today)
        {
            return Refusal.Input("on", "The day cannot be in the future.");
        }

        if (on < @case.SubmittedOn && action is not (CaseAction.RecordDelivery or CaseAction.Take or CaseAction.Assign))
        {
            return Refusal.Input("on", "The day cannot be before the application was submitted ({0}).", @case.SubmittedOn);
        }

        if (input.Reason?.Trim().Length > CaseEvent.MaxNoteLength)
        {
            return Refusal.Input("reason", "Write at most {0} characters.", CaseEvent.MaxNoteLength);
        }

        var from = @case.State;
        var (refusal, effect) = Act(@case, action, input, context, on);
        if (refusal is not null)
        {
            return refusal;
        }

        @case.Version++;
        var line = new CaseEvent
        {
            CaseId = @case.Id,
            At = context.Now,
            ActorId = context.ActorId,
            Action = action,
            FromState = from,
            ToState = @case.State,
            EffectiveOn = effect!.Effective,
            Note = Trimmed(effect.Note),
            Detail = effect.Detail,
        };
        @case.Record(line);
        return null;
    }

    /// <summary>The end of the notice's term, once the notice is delivered (the term runs from delivery).</summary>
    public static Deadline? NoticeTerm(ResidenceCase @case) => Term(@case.NoticeTermDays, @case.NoticeDeliveredOn, @case.NoticeFirstPostalNoticeOn);

    /// <summary>The end of the appeal term, once the decision is delivered.</summary>
    public static Deadline? AppealTerm(ResidenceCase @case) => @case.DecidedOn is null ? null : Term(AppealDays, @case.DecisionDeliveredOn, @case.DecisionFirstPostalNoticeOn);

    private static Deadline? Term(int? days, DateOnly? deliveredOn, DateOnly? firstPostalNotice) => days switch
    {
        null => null,
        _ when deliveredOn is { } delivered => TimeLimitCalculator.Compute(delivered, Period.Days(days.Value)),
        _ when firstPostalNotice is { } notice => TimeLimitCalculator.ComputeAfterNotice(notice, Period.Days(days.Value)),
        _ => null,
    };

    private static Outcome Act(ResidenceCase c, CaseAction action, CaseActionInput input, ActionContext context, DateOnly on)
    {
        switch (action)
        {
            case CaseAction.StartFormalCheck:
                c.State = CaseState.FormalCheck;
                return Done();
            case CaseAction.RefuseToInitiate:
                return NeedReason(input) ?? Close(c, CaseState.NotInitiated, input.Reason);
            case CaseAction.FormalDeficiency:
                return NoticeOut(c, input, on, CaseState.FormalDeficiency, MinimumCureDays,
                    "A notice to cure a formal defect gives at least {0} days (KPA art. 64 §2).");
            case CaseAction.CureDeficiency:
                return Cure(c, on);
            case CaseAction.LeaveWithoutConsideration:
                return TermEnded(c, context.Today, "The term to cure the defect runs until {0}.") ?? Close(c, CaseState.LeftWithoutConsideration, input.Reason);
            case CaseAction.CompleteFormally:
                c.FormallyCompleteOn = on;
                c.State = CaseState.Examination;
                return Done(on);
            case CaseAction.RecordAppearance:
                c.AppearedOn = on;
                return Done(on, input.Reason);
            case CaseAction.RecordFee:
                c.FeePaidOn = on;
                return Done(on, input.Reason);
            case CaseAction.RequestEvidence:
                var requested = NoticeOut(c, input, on, CaseState.EvidenceRequested, 1, "A term is at least {0} day.");
                if (requested.Refusal is null)
                {
                    c.EvidenceRequested = true;
                    c.EvidenceSettledOn = null;
                }

                return requested;
            case CaseAction.ReceiveEvidence:
                var term = NoticeTerm(c);
                c.EvidenceSettledOn = on;
                CloseNotice(c, CaseState.Examination);
                return Done(on, input.Reason, term is { } t && !t.IsMetBy(on) ? CaseEvent.Late : null);
            case CaseAction.CloseEvidenceTerm:
                if (TermEnded(c, context.Today, "The term for the evidence runs until {0}.") is { } running)
                {
                    return running;
                }

                c.EvidenceSettledOn = NoticeTerm(c)!.End;
                CloseNotice(c, CaseState.Examination);
                return Done(c.EvidenceSettledOn);
            case CaseAction.RecordDelivery:
                return Deliver(c, input);
            case CaseAction.Suspend:
                if (NeedReason(input) is { } noReason)
                {
                    return noReason;
                }

                c.StateBeforeSuspension = c.State;
                c.State = CaseState.Suspended;
                c.Suspensions.Add(new CaseSuspension { CaseId = c.Id, From = on, Reason = Trimmed(input.Reason)! });
                return Done(on, input.Reason);
            case CaseAction.Resume:
                return Resume(c, on, input.Reason);
            case CaseAction.NotifyDelay:
                if (input.NewDate is not { } newDate || newDate <= context.Today)
                {
                    return Refuse(Refusal.Input("newDate", "Give the new date by which the case will be decided; it must be after today."));
                }

                if (NeedReason(input) is { } why)
                {
                    return why;
                }

                c.AnnouncedDecisionBy = newDate;
                return Done(on, input.Reason);
            case CaseAction.RecordInactivityComplaint:
                return Done(on, input.Reason);
            case CaseAction.DraftDecision:
                return Draft(c, input, context.Today);
            case CaseAction.ReturnDraft:
                if (NeedReason(input) is { } noCause)
                {
                    return noCause;
                }

                (c.Outcome, c.DecisionReasons, c.State) = (null, null, CaseState.Examination);
                GrantNoPermit(c);
                return Done(note: input.Reason);
            case CaseAction.Decide:
                (c.DecidedOn, c.DecidedBy, c.State) = (context.Today, context.ActorId, CaseState.Decided);
                c.DecisionReasons = Joined(c.DecisionReasons, input.Reason);
                return Done(context.Today, input.Reason, c.Outcome.ToString());
            case CaseAction.Discontinue:
                if (NeedReason(input) is { } noGround)
                {
                    return noGround;
                }

                EndOpenSuspension(c, context.Today);
                (c.Outcome, c.DecisionReasons, c.DecidedOn, c.DecidedBy, c.State) =
                    (DecisionOutcome.Discontinued, Trimmed(input.Reason), context.Today, context.ActorId, CaseState.Decided);
                return Done(context.Today, input.Reason, nameof(DecisionOutcome.Discontinued));
            case CaseAction.LodgeAppeal:
                return Appeal(c, on);
            case CaseAction.RecordAppealResult:
                return AppealDecided(c, input, on);
            case CaseAction.MarkFinal:
                if (AppealTerm(c) is not { } appeal)
                {
                    return Refuse(Refusal.Of("The decision has not been delivered yet; the appeal term has not started."));
                }

                if (context.Today <= appeal.End)
                {
                    return Refuse(Refusal.Of("The appeal term runs until {0}.", appeal.End));
                }

                c.FinalOn = appeal.End.AddDays(1);
                c.State = CaseState.Final;
                return Done(c.FinalOn);
            case CaseAction.OrderCard:
                if (c.Outcome != DecisionOutcome.Granted)
                {
                    return Refuse(Refusal.Of("A residence card is ordered only for a granted permit."));
                }

                c.State = CaseState.CardOrdered;
                return Done(on);
            case CaseAction.CardReady:
                c.State = CaseState.CardReady;
                return Done(on);
            case CaseAction.CardCollected:
                c.State = CaseState.CardCollected;
                return Done(on);
            case CaseAction.Take:
                if (c.AssignedOfficerId is { } officer && officer != context.ActorId)
                {
                    return Refuse(Refusal.Of("Another officer works this case; a supervisor can reassign it."));
                }

                c.AssignedOfficerId = context.ActorId;
                return Done();
            case CaseAction.Assign:
                if (input.OfficerId is not { } assignee)
                {
                    return Refuse(Refusal.Input("officerId", "Choose the officer."));
                }

                c.AssignedOfficerId = assignee;
                return Done(note: input.Reason);
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "Every action in the rules table has its effect here.");
        }
    }

    private static Outcome Done(DateOnly? effective = null, string? note = null, string? detail = null) => new(null, new Effect(note, effective, detail));

    private static Outcome Refuse(Refusal refusal) => new(refusal, null);

    private sealed record Effect(string? Note, DateOnly? Effective, string? Detail);

    private sealed record Outcome(Refusal? Refusal, Effect? Effect);

    private static Outcome? NeedReason(CaseActionInput input) =>
        string.IsNullOrWhiteSpace(input.Reason) ? Refuse(Refusal.Input("reason", "Give the reasons; they go on the record.")) : null;

    private static Outcome Close(ResidenceCase c, CaseState state, string? reason)
    {
        c.State = state;
        return Done(note: reason);
    }

    private static Outcome NoticeOut(ResidenceCase c, CaseActionInput input, DateOnly on, CaseState state, int minimumDays, string tooShort)
    {
        if (input.TermDays is not { } days || days < minimumDays)
        {
            return Refuse(Refusal.Input("termDays", tooShort, minimumDays));
        }

        if (days > MaximumTermDays)
        {
            return Refuse(Refusal.Input("termDays", "A term is at most {0} days.", MaximumTermDays));
        }

        if (NeedReason(input) is { } missing)
        {
            return missing;
        }

        (c.NoticeIssuedOn, c.NoticeTermDays, c.NoticeDeliveredOn, c.NoticeFirstPostalNoticeOn) = (on, days, null, null);
        c.State = state;
        return Done(on, input.Reason);
    }

    // A defect cured after its term still counts while the consequence (leaving the application
    // without consideration) has not been recorded: the state is still FormalDeficiency then.
    private static Outcome Cure(ResidenceCase c, DateOnly postedOn)
    {
        var term = NoticeTerm(c);
        var late = term is { } t && !t.IsMetBy(postedOn);
        c.FormallyCompleteOn = postedOn;
        CloseNotice(c, CaseState.Examination);
        return Done(postedOn, detail: late ? CaseEvent.Late : null);
    }

    private static Outcome? TermEnded(ResidenceCase c, DateOnly today, string stillRunning) => NoticeTerm(c) switch
    {
        null => Refuse(Refusal.Of("The notice has not been delivered yet, so its term has not started.")),
        { } term when today <= term.End => Refuse(Refusal.Of(stillRunning, term.End)),
        _ => null,
    };

    private static void CloseNotice(ResidenceCase c, CaseState next)
    {
        (c.NoticeIssuedOn, c.NoticeTermDays, c.NoticeDeliveredOn, c.NoticeFirstPostalNoticeOn) = (null, null, null, null);
        c.State = next;
    }

    private static Outcome Deliver(ResidenceCase c, CaseActionInput input)
    {
        var letter = input.Letter ?? (c.State == CaseState.Decided ? Letter.Decision : Letter.Notice);
        if ((letter == Letter.Decision) != (c.State == CaseState.Decided))
        {
            return Refuse(Refusal.Input("letter", "There is no such letter waiting for delivery in this case."));
        }

        if (input.DeliveredOn is null && input.FirstPostalNoticeOn is null)
        {
            return Refuse(Refusal.Input("deliveredOn", "Give the day of delivery, or the day of the first postal notice if nobody collected the letter."));
        }

        var issued = letter == Letter.Decision ? c.DecidedOn : c.NoticeIssuedOn;
        var day = (input.DeliveredOn ?? input.FirstPostalNoticeOn)!.Value;
        if (day < issued)
        {
            return Refuse(Refusal.Input("deliveredOn", "A letter cannot be delivered before it was issued ({0}).", issued.Value));
        }

        if (letter == Letter.Decision)
        {
            (c.DecisionDeliveredOn, c.DecisionFirstPostalNoticeOn) = (input.DeliveredOn, input.FirstPostalNoticeOn);
        }
        else
        {
            (c.NoticeDeliveredOn, c.NoticeFirstPostalNoticeOn) = (input.DeliveredOn, input.FirstPostalNoticeOn);
        }

        return Done(input.DeliveredOn ?? Delivery.DeemedAfterNotices(input.FirstPostalNoticeOn!.Value),
            detail: input.DeliveredOn is null ? $"{letter}:{CaseEvent.DeemedDelivery}" : letter.ToString());
    }

    private static Outcome Resume(ResidenceCase c, DateOnly on, string? reason)
    {
        var open = c.Suspensions.Single(s => s.To is null);
        if (on < open.From)
        {
            return Refuse(Refusal.Input("on", "The proceedings cannot resume before they were suspended ({0}).", open.From));
        }

        // The day of resumption counts again; the suspension covers the days before it.
        open.To = on > open.From ? on.AddDays(-1) : open.From;
        c.State = c.StateBeforeSuspension ?? CaseState.Examination;
        c.StateBeforeSuspension = null;
        return Done(on, reason);
    }

    private static void EndOpenSuspension(ResidenceCase c, DateOnly today)
    {
        if (c.Suspensions.SingleOrDefault(s => s.To is null) is { } open)
        {
            open.To = today;
            c.StateBeforeSuspension = null;
        }
    }

    private static Outcome Draft(ResidenceCase c, CaseActionInput input, DateOnly today)
    {
        if (input.Outcome is not ({ } outcome and (DecisionOutcome.Granted or DecisionOutcome.Refused)))
        {
            return Refuse(Refusal.Input("outcome", "Choose whether the permit is granted or refused."));
        }

        if (NeedReason(input) is { } missing)
        {
            return missing;
        }

        // Fingerprints and the original passport are taken in person before a permit is granted.
        if (outcome == DecisionOutcome.Granted && c.AppearedOn is null)
        {
            return Refuse(Refusal.Of("A permit cannot be granted before the applicant's personal appearance is recorded."));
        }

        if (outcome == DecisionOutcome.Granted && SecurityChecks.SecurityCheckGuard.BeforeGranting(c.SecurityChecks, today) is { } unsafeToGrant)
        {
            return Refuse(unsafeToGrant);
        }

        if (outcome == DecisionOutcome.Granted && PermitValidity.Check(c.Permit, input.PermitValidFrom, input.PermitValidUntil, today) is { } invalid)
        {
            return Refuse(invalid);
        }

        (c.Outcome, c.DecisionReasons, c.State) = (outcome, Trimmed(input.Reason), CaseState.DecisionDrafted);
        RecordPermit(c, outcome, input);
        return Done(note: input.Reason, detail: outcome.ToString());
    }

    private static Outcome Appeal(ResidenceCase c, DateOnly postedOn)
    {
        if (AppealTerm(c) is not { } term)
        {
            return Refuse(Refusal.Of("The decision has not been delivered yet; the appeal term has not started."));
        }

        if (!term.IsMetBy(postedOn))
        {
            return Refuse(Refusal.Of("The appeal term ended on {0}; an appeal posted on {1} is late.", term.End, postedOn));
        }

        (c.AppealLodgedOn, c.State) = (postedOn, CaseState.Appealed);
        return Done(postedOn);
    }

    private static Outcome AppealDecided(ResidenceCase c, CaseActionInput input, DateOnly on)
    {
        switch (input.AppealResult)
        {
            case AppealResult.Upheld:
                (c.FinalOn, c.State) = (on, CaseState.Final);
                return Done(on, input.Reason, nameof(AppealResult.Upheld));
            case AppealResult.Changed when input.Outcome is { } changed:
                // The appeal authority's decision grants the permit now, with the validity it states.
                if (changed == DecisionOutcome.Granted && PermitValidity.Check(c.Permit, input.PermitValidFrom, input.PermitValidUntil, on) is { } invalid)
                {
                    return Refuse(invalid);
                }

                (c.Outcome, c.FinalOn, c.State) = (changed, on, CaseState.Final);
                RecordPermit(c, changed, input);
                return Done(on, input.Reason, changed.ToString());
            case AppealResult.Changed:
                return Refuse(Refusal.Input("outcome", "Give the outcome the appeal authority decided."));
            case AppealResult.Returned:
                (c.Outcome, c.DecisionReasons, c.DecidedOn, c.DecidedBy) = (null, null, null, null);
                (c.DecisionDeliveredOn, c.DecisionFirstPostalNoticeOn, c.AppealLodgedOn, c.State) = (null, null, null, CaseState.Examination);
                GrantNoPermit(c);
                return Done(on, input.Reason, nameof(AppealResult.Returned));
            default:
                return Refuse(Refusal.Input("appealResult", "Choose what the appeal authority decided."));
        }
    }

    /// <summary>The permit's validity goes on the record with a granting decision; any other outcome grants none.</summary>
    private static void RecordPermit(ResidenceCase c, DecisionOutcome outcome, CaseActionInput input)
    {
        if (outcome != DecisionOutcome.Granted)
        {
            GrantNoPermit(c);
            return;
        }

        (c.PermitValidFrom, c.PermitValidUntil, c.TemporaryProtection) = (input.PermitValidFrom, input.PermitValidUntil, input.TemporaryProtection);
    }

    private static void GrantNoPermit(ResidenceCase c) => (c.PermitValidFrom, c.PermitValidUntil, c.TemporaryProtection) = (null, null, false);

    private static string? Joined(string? first, string? second) =>
        string.Join("; ", new[] { first, second }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim())) is { Length: > 0 } joined ? joined : null;

    private static string? Trimmed(string? text) => text?.Trim() is { Length: > 0 } t ? t : null;
}
