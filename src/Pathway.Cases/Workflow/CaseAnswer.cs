using Pathway.Cases.SecurityChecks;
using Pathway.Cases.TimeLimits;

namespace Pathway.Cases.Workflow;

/// <summary>A case as the API gives it: states, actions and outcomes by their API names (kebab-case actions).</summary>
public sealed record CaseAnswer(
    string Number, string ApplicationType, string Permit, ApplicantAnswer Applicant, DateOnly SubmittedOn, string State, int Version, Guid? AssignedOfficerId,
    FactsAnswer Facts, NoticeAnswer? Notice, ClockAnswer Clock, DecisionAnswer? Decision, IReadOnlyList<SuspensionPeriodAnswer> Suspensions,
    IReadOnlyList<string> Actions, IReadOnlyList<TimelineAnswer> Timeline, IReadOnlyList<CaseSecurityCheckAnswer> SecurityChecks)
{
    public static CaseAnswer Of(CaseFile file, bool maySupervise)
    {
        var c = file.Case;
        return new(
            c.Number, c.ApplicationType, c.Permit.ToString(),
            new(c.ApplicantSurname, c.ApplicantGivenNames, c.ApplicantBirthDate, c.ApplicantCitizenship, c.PassportNumber, c.PersonId),
            c.SubmittedOn, c.State.ToString(), c.Version, c.AssignedOfficerId,
            new(c.FormallyCompleteOn, c.AppearedOn, c.EvidenceRequested, c.EvidenceSettledOn, c.FeePaidOn),
            c.NoticeIssuedOn is { } issued ? new(issued, c.NoticeTermDays!.Value, c.NoticeDeliveredOn, c.NoticeFirstPostalNoticeOn, file.NoticeTerm is { } t ? DeadlineAnswer.Of(t) : null) : null,
            ClockAnswer.Of(file.Clock),
            c.Outcome is { } outcome
                ? new(outcome.ToString(), c.DecisionReasons, c.DecidedOn, c.DecidedBy, c.DecisionDeliveredOn, c.DecisionFirstPostalNoticeOn,
                    file.AppealTerm is { } a ? DeadlineAnswer.Of(a) : null, c.AppealLodgedOn, c.FinalOn,
                    c.PermitValidFrom is { } validFrom ? new PermitAnswer(validFrom, c.PermitValidUntil, c.TemporaryProtection) : null)
                : null,
            [.. c.Suspensions.OrderBy(s => s.From).Select(s => new SuspensionPeriodAnswer(s.From, s.To, s.Reason))],
            [.. CaseRules.Offered(c, maySupervise).Select(CaseActionNames.Of)],
            [.. c.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new TimelineAnswer(
                e.At, CaseActionNames.Of(e.Action), e.FromState.ToString(), e.ToState.ToString(), e.EffectiveOn, e.Note, e.Detail, e.ActorId))],
            [.. c.SecurityChecks.OrderBy(s => s.Authority).Select(s => new CaseSecurityCheckAnswer(
                KebabNames.Of(s.Authority), s.RequestedOn, s.DueOn, s.IsExtended, s.Answer is { } a ? KebabNames.Of(a) : null, s.AnsweredOn))]);
    }
}

public sealed record ApplicantAnswer(string Surname, string GivenNames, DateOnly BirthDate, string Citizenship, string? PassportNumber, Guid? PersonId);

public sealed record FactsAnswer(DateOnly? FormallyCompleteOn, DateOnly? AppearedOn, bool EvidenceRequested, DateOnly? EvidenceSettledOn, DateOnly? FeePaidOn);

/// <summary>A security check in a case's answer; the overdue flag is in the security-checks API, which reads today.</summary>
public sealed record CaseSecurityCheckAnswer(string Authority, DateOnly RequestedOn, DateOnly DueOn, bool Extended, string? Answer, DateOnly? AnsweredOn);

public sealed record NoticeAnswer(DateOnly IssuedOn, int TermDays, DateOnly? DeliveredOn, DateOnly? FirstPostalNoticeOn, DeadlineAnswer? Term);

public sealed record ClockAnswer(IReadOnlyList<ClockEventAnswer> StartEvents, DateOnly? StartedOn, PeriodAnswer? Period, DateOnly? DueOn, DateOnly? AnnouncedBy, DateOnly? StoppedSince, DeadlineAnswer? Deadline)
{
    public static ClockAnswer Of(ClockReading reading) => new(
        [.. reading.StartEvents.Select(e => new ClockEventAnswer(e.Kind.ToString(), e.On))],
        reading.StartedOn,
        reading.Period is { } p ? new(p.Length, p.Unit.ToString().ToLowerInvariant(), p.LegalSource, p.Verified) : null,
        reading.DueOn, reading.AnnouncedBy, reading.StoppedSince,
        reading.Deadline is { } d ? DeadlineAnswer.Of(d) : null);
}

public sealed record ClockEventAnswer(string Event, DateOnly? On);

public sealed record PeriodAnswer(int Length, string Unit, string LegalSource, bool Verified);

public sealed record DecisionAnswer(
    string Outcome, string? Reasons, DateOnly? DecidedOn, Guid? DecidedBy, DateOnly? DeliveredOn, DateOnly? FirstPostalNoticeOn, DeadlineAnswer? AppealTerm, DateOnly? AppealLodgedOn, DateOnly? FinalOn,
    PermitAnswer? Permit = null);

/// <summary>The permit a granting decision gives: its first and last valid day (none: without a limit) and whether it is temporary protection.</summary>
public sealed record PermitAnswer(DateOnly ValidFrom, DateOnly? ValidUntil, bool TemporaryProtection);

public sealed record SuspensionPeriodAnswer(DateOnly From, DateOnly? To, string Reason);

public sealed record TimelineAnswer(DateTime At, string Action, string From, string To, DateOnly? EffectiveOn, string? Note, string? Detail, Guid? ActorId);
