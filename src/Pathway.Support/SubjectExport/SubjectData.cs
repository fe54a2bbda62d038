using Pathway.Platform.Audit;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Closures;
using Pathway.Support.Interpreting;
using Pathway.Support.Needs;
using Pathway.Support.Plans;
using Pathway.Support.Referrals;
using Pathway.Support.Sealing;
using Pathway.Support.Tracing;
using Pathway.Support.Transfers;

namespace Pathway.Support.SubjectExport;

/// <summary>
/// Everything the organisation holds about the person of one support case, as GDPR art. 15 gives
/// them the right to read it: the case, then one list per kind of record (an empty list says the
/// organisation holds none), and who read the case. The export names its exporter, so that a copy
/// found somewhere says whose it was.
/// </summary>
internal sealed record SubjectData(
    DateTime ExportedAt,
    string ExportedBy,
    string Organisation,
    ExportedCase Case,
    IReadOnlyList<ExportedConsent> Consents,
    IReadOnlyList<ExportedService> Services,
    IReadOnlyList<ExportedAssessment> Assessments,
    IReadOnlyList<ExportedReferral> Referrals,
    IReadOnlyList<ExportedTransfer> Transfers,
    IReadOnlyList<ExportedClosure> Closures,
    IReadOnlyList<ExportedPlan> Plans,
    IReadOnlyList<ExportedInterpreterRequest> InterpreterRequests,
    IReadOnlyList<ExportedTracingRequest> TracingRequests,
    IReadOnlyList<ExportedOpening> BreakGlassOpenings,
    IReadOnlyList<ExportedReading> Readings)
{
    /// <summary>
    /// The export of what was read: the times in UTC, the organisations by name, only the plans that
    /// were in force (a draft is the team's working paper, not a decision about the person), and
    /// the readings the oldest first.
    /// </summary>
    public static SubjectData Of(CaseRecords records, IReadOnlyDictionary<Guid, string> organisations, string exportedBy, DateTime exportedAt)
    {
        var b = records.Case;
        string Named(Guid id) => organisations.GetValueOrDefault(id) ?? "?";
        return new SubjectData(
            Utc(exportedAt),
            exportedBy,
            Named(b.OrganisationId),
            new ExportedCase(b.Number, b.GivenNames, b.Surname, b.BirthDate, b.Sex, b.Citizenship, b.Language, b.LegalBasis,
                Utc(b.CreatedAt), b.CreatedBy, [.. b.Team.Select(m => m.Name)], Utc(b.ClosedAt), Utc(b.SealedAt)),
            [.. records.Consents.Select(c => new ExportedConsent(
                c.Kind, c.RecipientOrganisationId is { } to ? Named(to) : c.RecipientName, Utc(c.GivenAt), c.RecordedBy, c.Language, Utc(c.RevokedAt), c.RevokedBy))],
            [.. records.Services.Select(s => new ExportedService(
                s.Kind, s.Status, s.DueOn, s.DeliveredOn, s.Provider, s.Minutes, s.Outcome, s.LanguageFrom, s.LanguageTo, s.Project, Utc(s.RecordedAt), s.RecordedBy))],
            [.. records.Assessments.Select(a => new ExportedAssessment(
                a.AssessedOn, a.AssessedBy, [.. a.Needs.Select(n => new ExportedNeed(n.Category, n.UnhcrCode, n.Exploitation))], a.NoSpecificNeeds,
                a.Note, a.NextReviewOn, Utc(a.RecordedAt), a.RecordedBy))],
            [.. records.Referrals.Select(r => new ExportedReferral(
                r.ToName, r.ToKind, r.Service, r.Note, r.SectionList, r.Status, Utc(r.SentAt), r.SentBy, r.OverrideReason,
                [.. r.Steps.OrderBy(s => s.At).Select(s => new ExportedStep<ReferralStatus>(s.Status, Utc(s.At), s.By, s.ByOrganisation, s.Reason))]))],
            [.. records.Transfers.Select(t => new ExportedTransfer(
                Named(t.OrganisationId), Named(t.ToOrganisationId), t.CaseNumber, t.NewCaseNumber, t.Reason, t.OverrideReason, t.Status,
                Utc(t.RequestedAt), t.RequestedBy,
                [.. t.Steps.OrderBy(s => s.At).Select(s => new ExportedStep<TransferStatus>(s.Status, Utc(s.At), s.By, s.ByOrganisation, s.Reason))]))],
            [.. records.Closures.Select(c => new ExportedClosure(
                c.Reason, c.Note, c.Status, Utc(c.RequestedAt), c.RequestedBy, Utc(c.DecidedAt), c.DecidedBy, c.DecisionNote,
                Utc(c.ReopenedAt), c.ReopenedBy, c.ReopenReason))],
            [.. records.Plans.Where(p => p.ApprovedAt is not null).OrderByDescending(p => p.Version).Select(p => new ExportedPlan(
                p.Version, p.Kind, p.InForce, Utc(p.ApprovedAt), p.ApprovedBy,
                [.. p.Goals.OrderBy(g => g.Position).Select(g => new ExportedGoal(g.Area, g.Text,
                    [.. g.Tasks.OrderBy(t => t.Position).Select(t => new ExportedTask(t.Text, t.Assignee, t.MemberName, t.DueOn, Utc(t.DoneAt), t.DoneBy))]))]))],
            [.. records.InterpreterRequests.Select(v => new ExportedInterpreterRequest(
                v.Request.PersonLanguage, v.Request.WorkerLanguage, v.Request.Kind, v.Request.Mode, v.Request.Day, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(v.Request.StartMinute)), v.Request.Minutes,
                v.Request.Note, v.Request.Status, v.InterpreterName, Utc(v.Request.RequestedAt), v.Request.RequestedBy))],
            [.. records.TracingRequests.Select(t => new ExportedTracingRequest(
                t.Number, t.Direction, t.Status, t.SoughtName, t.SoughtSex, t.SoughtBornFrom, t.SoughtBornTo, t.PlaceOfOrigin, t.PlaceOfSeparation,
                t.SeparatedOn, t.Remarks, Utc(t.CreatedAt), t.CreatedBy))],
            [.. records.BreakGlassOpenings.OrderBy(a => a.OpenedAt).Select(a => new ExportedOpening(
                Utc(a.OpenedAt), a.UserName, a.Reason, Utc(a.ExpiresAt), Utc(a.ReviewedAt), a.ReviewedBy, a.ReviewNote))],
            [.. records.Readings.OrderBy(e => e.Sequence).Select(e => new ExportedReading(Utc(e.At), e.ActorName, e.Action))]);
    }

    // The providers hand times back without their kind: every time the platform stores is UTC, and the file says so.
    private static DateTime Utc(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? at) => at is { } value ? Utc(value) : null;
}

/// <summary>What the organisation's records of one case are, as read through the case's own desks.</summary>
internal sealed record CaseRecords(
    Beneficiary Case,
    IReadOnlyList<Consent> Consents,
    IReadOnlyList<SupportService> Services,
    IReadOnlyList<NeedAssessment> Assessments,
    IReadOnlyList<Referral> Referrals,
    IReadOnlyList<Transfer> Transfers,
    IReadOnlyList<CaseClosure> Closures,
    IReadOnlyList<Plan> Plans,
    IReadOnlyList<InterpreterRequestView> InterpreterRequests,
    IReadOnlyList<TracingRequest> TracingRequests,
    IReadOnlyList<BreakGlassAccess> BreakGlassOpenings,
    IReadOnlyList<AuditEntry> Readings);

internal sealed record ExportedCase(
    string Number, string GivenNames, string Surname, DateOnly? BirthDate, Sex Sex, string? Citizenship, string Language, LegalBasis LegalBasis,
    DateTime RegisteredAt, string RegisteredBy, IReadOnlyList<string> Team, DateTime? ClosedAt, DateTime? SealedAt);

/// <param name="Recipient">The organisation data may go to, by name (for a consent to disclose).</param>
internal sealed record ExportedConsent(
    ConsentKind Kind, string? Recipient, DateTime GivenAt, string RecordedBy, string Language, DateTime? RevokedAt, string? RevokedBy);

internal sealed record ExportedService(
    ServiceKind Kind, ServiceStatus Status, DateOnly? DueOn, DateOnly? DeliveredOn, string Provider, int? Minutes, string? Outcome,
    string? LanguageFrom, string? LanguageTo, string? Project, DateTime RecordedAt, string RecordedBy);

internal sealed record ExportedAssessment(
    DateOnly AssessedOn, string AssessedBy, IReadOnlyList<ExportedNeed> Needs, bool NoSpecificNeeds, string? Note, DateOnly NextReviewOn,
    DateTime RecordedAt, string RecordedBy);

internal sealed record ExportedNeed(NeedCategory Category, string? UnhcrCode, Exploitation? Exploitation);

internal sealed record ExportedReferral(
    string To, ReceiverKind ToKind, ServiceKind? Service, string Note, IReadOnlyList<ReferralSection> Sections, ReferralStatus Status,
    DateTime SentAt, string SentBy, string? OverrideReason, IReadOnlyList<ExportedStep<ReferralStatus>> Steps);

internal sealed record ExportedTransfer(
    string From, string To, string CaseNumber, string? NewCaseNumber, string Reason, string? OverrideReason, TransferStatus Status,
    DateTime RequestedAt, string RequestedBy, IReadOnlyList<ExportedStep<TransferStatus>> Steps);

/// <summary>A step of a referral or a transfer: who took it, for which organisation, when and why.</summary>
internal sealed record ExportedStep<TStatus>(TStatus Status, DateTime At, string By, string Organisation, string? Reason)
    where TStatus : struct, Enum;

internal sealed record ExportedClosure(
    ClosureReason Reason, string? Note, ClosureStatus Status, DateTime RequestedAt, string RequestedBy, DateTime? DecidedAt, string? DecidedBy,
    string? DecisionNote, DateTime? ReopenedAt, string? ReopenedBy, string? ReopenReason);

internal sealed record ExportedPlan(int Version, PlanKind Kind, bool InForce, DateTime? ApprovedAt, string? ApprovedBy, IReadOnlyList<ExportedGoal> Goals);

internal sealed record ExportedGoal(GoalArea Area, string Text, IReadOnlyList<ExportedTask> Tasks);

internal sealed record ExportedTask(string Text, TaskAssignee Assignee, string? MemberName, DateOnly? DueOn, DateTime? DoneAt, string? DoneBy);

/// <param name="Start">The session's start on the office's clock.</param>
internal sealed record ExportedInterpreterRequest(
    string PersonLanguage, string WorkerLanguage, InterpreterKind Kind, SessionMode Mode, DateOnly Day, TimeOnly Start, int Minutes, string? Note,
    InterpreterRequestStatus Status, string? Interpreter, DateTime RequestedAt, string RequestedBy);

internal sealed record ExportedTracingRequest(
    string Number, TracingDirection Direction, TracingStatus Status, string SoughtName, Sex SoughtSex, int? SoughtBornFrom, int? SoughtBornTo,
    string? PlaceOfOrigin, string? PlaceOfSeparation, string? SeparatedOn, string? Remarks, DateTime CreatedAt, string CreatedBy);

/// <summary>A break-glass opening of the case: someone outside its team who read it, and why (art. 15(1)(c)).</summary>
internal sealed record ExportedOpening(
    DateTime OpenedAt, string By, string Reason, DateTime ExpiresAt, DateTime? ReviewedAt, string? ReviewedBy, string? ReviewNote);

/// <summary>An entry of the audit trail on the case: when, who, what (a read, a change, a seal...).</summary>
internal sealed record ExportedReading(DateTime At, string By, string Action);
