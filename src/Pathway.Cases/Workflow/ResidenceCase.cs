using Pathway.Cases.Catalogue;
using Pathway.Cases.SecurityChecks;
using Pathway.Platform.Calendars;
using Pathway.Platform.Casework;
using Pathway.Platform.Outbox;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Workflow;

/// <summary>
/// One residence application and its proceedings: who applied for what, where the case stands,
/// who works it, and the dated facts its clocks run from. Personal data: the tenancy filter applies
/// and every read is audited. Changes go through <see cref="CaseTransitions"/> only.
/// </summary>
public sealed class ResidenceCase : ITenantOwned, IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

    public const int MaxNumberLength = 40;
    public const int MaxNameLength = 200;
    public const int MaxDocumentLength = 20;
    /// <summary>The drafting officer's reasons and the signing supervisor's addition.</summary>
    public const int MaxReasonsLength = 4100;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }

    /// <summary>The case number on every letter, e.g. <c>WSC-II-S.6151.123.2026</c>.</summary>
    public string Number { get; init; } = "";
    public string ApplicationType { get; init; } = "";
    public PermitKind Permit { get; init; }
    /// <summary>What the stay is for, as migration statistics count it (<see cref="StayPurposes"/>), from the type when the case was registered.</summary>
    public string Purpose { get; init; } = StayPurposes.Other;

    public string ApplicantSurname { get; init; } = "";
    public string ApplicantGivenNames { get; init; } = "";
    public DateOnly ApplicantBirthDate { get; init; }
    /// <summary>ISO 3166-1 alpha-3 or ICAO code.</summary>
    public string ApplicantCitizenship { get; init; } = "";
    /// <summary>F, M or X as the applicant declared it (X: neither, as ICAO 9303 writes it); null when not recorded.</summary>
    public string? ApplicantSex { get; init; }
    public string? PassportNumber { get; init; }
    /// <summary>The applicant in the person registry, when known.</summary>
    public Guid? PersonId { get; init; }
    /// <summary>The migrant's own account when the application came online: it lets them follow the case.</summary>
    public Guid? ApplicantUserId { get; init; }
    /// <summary>The words of the applicant's names in romanisation-independent form, for search.</summary>
    public List<ApplicantWord> NameWords { get; init; } = [];

    /// <summary>The day the application reached the office: the catalogue's rules of this day apply.</summary>
    public DateOnly SubmittedOn { get; init; }
    public DateTime RegisteredAt { get; init; }

    public CaseState State { get; internal set; }
    /// <summary>Raised on every change; a change made against an older version is refused.</summary>
    public int Version { get; internal set; }
    public Guid? AssignedOfficerId { get; internal set; }

    public DateOnly? FormallyCompleteOn { get; internal set; }
    public DateOnly? AppearedOn { get; internal set; }
    public bool EvidenceRequested { get; internal set; }
    /// <summary>Requested evidence arrived (posting day) or its term ended without it.</summary>
    public DateOnly? EvidenceSettledOn { get; internal set; }
    /// <summary>The stamp duty recorded as paid (<c>record-fee</c>).</summary>
    public DateOnly? FeePaidOn { get; internal set; }

    /// <summary>The notice now out (formal deficiency or evidence), with its term in days from delivery.</summary>
    public DateOnly? NoticeIssuedOn { get; internal set; }
    public int? NoticeTermDays { get; internal set; }
    public DateOnly? NoticeDeliveredOn { get; internal set; }
    /// <summary>First postal notice of a notice letter nobody collected (KPA art. 44).</summary>
    public DateOnly? NoticeFirstPostalNoticeOn { get; internal set; }

    public CaseState? StateBeforeSuspension { get; internal set; }
    public List<CaseSuspension> Suspensions { get; init; } = [];

    /// <summary>The new date announced in a delay notice (KPA art. 36).</summary>
    public DateOnly? AnnouncedDecisionBy { get; internal set; }
    /// <summary>When the decision is due, kept for the queues; null while the clock has not started or stands still.</summary>
    public DateOnly? DecisionDueOn { get; internal set; }

    public DecisionOutcome? Outcome { get; internal set; }
    public string? DecisionReasons { get; internal set; }
    public DateOnly? DecidedOn { get; internal set; }
    public Guid? DecidedBy { get; internal set; }
    public DateOnly? DecisionDeliveredOn { get; internal set; }
    public DateOnly? DecisionFirstPostalNoticeOn { get; internal set; }
    public DateOnly? AppealLodgedOn { get; internal set; }
    public DateOnly? FinalOn { get; internal set; }

    /// <summary>The first day the granted permit is valid, as the decision states it; null unless a permit is granted.</summary>
    public DateOnly? PermitValidFrom { get; internal set; }
    /// <summary>The granted permit's last valid day; null for a permit without a limit (permanent residence, EU long-term resident) and unless a permit is granted.</summary>
    public DateOnly? PermitValidUntil { get; internal set; }
    /// <summary>The permit is granted under temporary protection (Directive 2001/55/EC; in Poland the special act for citizens of Ukraine).</summary>
    public bool TemporaryProtection { get; internal set; }

    public List<CaseEvent> Events { get; init; } = [];
    public List<SecurityCheck> SecurityChecks { get; init; } = [];

    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    internal void Raise(IDomainEvent domainEvent) => domainEvents.Add(domainEvent);

    /// <summary>Adds a line to the timeline and tells statistics of it and of the case as it now stands.</summary>
    internal void Record(CaseEvent line)
    {
        Events.Add(line);
        Raise(Step(line));
        RefreshFacts();
    }

    /// <summary>Tells statistics the case as it stands now, in place of what an earlier step of the same change told them (the due day is set after the step).</summary>
    internal void RefreshFacts()
    {
        domainEvents.RemoveAll(e => e is CaseFacts);
        Raise(Facts());
    }

    /// <summary>A timeline line as statistics see it: no note, no actor.</summary>
    public CaseStepTaken Step(CaseEvent line) => new(
        line.Id, Id, TenantId, OrganisationId, ApplicationType, line.Action.ToString(), line.FromState.ToString(), line.ToState.ToString(),
        line.EffectiveOn ?? DateOnly.FromDateTime(line.At), line.At);

    /// <summary>The case as statistics see it: no name, birth date or document number.</summary>
    public CaseFacts Facts() => new(
        Id, TenantId, OrganisationId, Version, ApplicationType, Permit.ToString(), Purpose, ApplicantCitizenship, ApplicantSex,
        Ages.On(ApplicantBirthDate, SubmittedOn), PersonId, SubmittedOn, State.ToString(), Outcome?.ToString(),
        DecidedOn, DecisionDueOn, FinalOn, AppealLodgedOn, SettledOn(),
        PermitValidFrom, PermitValidUntil, PermitValidFrom is null ? null : TemporaryProtection);

    /// <summary>True when the office owes no decision and made none: the day it settled is read from the timeline.</summary>
    public bool SettledWithoutDecision => !AwaitsDecision && DecidedOn is null;

    // The decision's day, else (closed without one) the day the case reached the state it ended in.
    private DateOnly? SettledOn() => AwaitsDecision ? null : DecidedOn ?? Events
        .Where(e => e.ToState == State && e.FromState != State).OrderByDescending(e => e.At)
        .Select(e => (DateOnly?)(e.EffectiveOn ?? DateOnly.FromDateTime(e.At))).FirstOrDefault();

    /// <summary>True once nothing more can happen in the proceedings.</summary>
    public bool IsClosed => State is CaseState.NotInitiated or CaseState.LeftWithoutConsideration or CaseState.CardCollected
        || (State == CaseState.Final && Outcome != DecisionOutcome.Granted);

    /// <summary>True while the office still owes a decision.</summary>
    public bool AwaitsDecision => AwaitingDecision(State);

    public static bool AwaitingDecision(CaseState state) => state is CaseState.Submitted or CaseState.FormalCheck or CaseState.FormalDeficiency
        or CaseState.Examination or CaseState.EvidenceRequested or CaseState.Suspended or CaseState.DecisionDrafted;
}

/// <summary>
/// One word of an applicant's names as a skeleton (Шевченко, Shevchenko and Szewczenko give one),
/// indexed so a name search is an index lookup per word, not a scan of every case.
/// </summary>
public sealed class ApplicantWord
{
    public const int MaxWordLength = 100;

    public Guid CaseId { get; init; }
    public string Word { get; init; } = "";
}

/// <summary>A suspension of the proceedings (KPA art. 97); open while <see cref="To"/> is null.</summary>
public sealed class CaseSuspension
{
    public const int MaxReasonLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public DateOnly From { get; init; }
    public DateOnly? To { get; internal set; }
    public string Reason { get; init; } = "";
}

/// <summary>One line of a case's timeline: what was done, by whom, from which state to which.</summary>
public sealed class CaseEvent
{
    public const int MaxNoteLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public DateTime At { get; init; }
    public Guid? ActorId { get; init; }
    public CaseAction Action { get; init; }
    public CaseState FromState { get; init; }
    public CaseState ToState { get; init; }
    /// <summary>The day the act or event took place, when it is not the day it was recorded (a reply's posting day).</summary>
    public DateOnly? EffectiveOn { get; init; }
    /// <summary>What the person wrote: the reasons, what is missing.</summary>
    public string? Note { get; init; }
    /// <summary>What the system adds, as a code the timeline translates: an outcome, a letter, <see cref="Late"/>, <see cref="DeemedDelivery"/>.</summary>
    public string? Detail { get; init; }

    public const string Late = "late";
    public const string DeemedDelivery = "deemed";
    /// <summary>Assigned by the rule (least-loaded qualified officer), not by a person.</summary>
    public const string Automatic = "auto";
    public const int MaxDetailLength = 40;
}
