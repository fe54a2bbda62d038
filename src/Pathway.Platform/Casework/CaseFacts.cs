using Pathway.Platform.Outbox;

namespace Pathway.Platform.Casework;

/// <summary>
/// A residence case as statistics see it, as it stands after a change: raised by the cases module at
/// registration and after every step, read by the analytics warehouse from the outbox. It carries no
/// name, birth date or document number: the age at submission, the sex and the registry's person id
/// (which the warehouse replaces with a keyed pseudonym) are what counting needs. A reader keeps the
/// snapshot with the highest <see cref="Version"/>, so a replay or a late delivery changes nothing.
/// </summary>
/// <param name="Permit">The permit the type leads to: TemporaryResidence, PermanentResidence, LongTermResidentEu.</param>
/// <param name="Purpose">What the stay is for, in the words of migration statistics: <see cref="StayPurposes"/>.</param>
/// <param name="Sex">F, M or X as the applicant declared it; null when not recorded.</param>
/// <param name="State">The case's state by its name in the cases module (Submitted, Examination, Decided, ...).</param>
/// <param name="Outcome">The decision's outcome by name (Granted, Refused, Discontinued, ...); null until decided.</param>
/// <param name="SettledOn">The day the office stopped owing a decision: the decision's day, or the day the case was closed without one (not initiated, left without consideration); null while a decision is owed.</param>
/// <param name="PermitValidFrom">The first day of the permit a granting decision gives; null unless one is granted.</param>
/// <param name="PermitValidUntil">Its last valid day; null for a permit without a limit (permanent residence, EU long-term resident) and unless one is granted.</param>
/// <param name="TemporaryProtection">Whether the permit is granted under temporary protection (Directive 2001/55/EC); null unless one is granted.</param>
/// <remarks>
/// The last three came later than the rest and default to null: the outbox keeps payloads written
/// before them, which read as a case without a permit recorded. New parameters go at the end, with a default.
/// </remarks>
public sealed record CaseFacts(
    Guid CaseId, Guid TenantId, Guid OrganisationId, int Version,
    string ApplicationType, string Permit, string Purpose,
    string Citizenship, string? Sex, int AgeAtSubmission, Guid? PersonId,
    DateOnly SubmittedOn, string State, string? Outcome,
    DateOnly? DecidedOn, DateOnly? DecisionDueOn, DateOnly? FinalOn, DateOnly? AppealLodgedOn, DateOnly? SettledOn,
    DateOnly? PermitValidFrom = null, DateOnly? PermitValidUntil = null, bool? TemporaryProtection = null) : IDomainEvent;

/// <summary>One line of a case's timeline as statistics see it: the action, the states it moved between and its day. No note, no actor.</summary>
/// <param name="StepId">The timeline line's id: the warehouse keeps a step once however often it is delivered.</param>
public sealed record CaseStepTaken(
    Guid StepId, Guid CaseId, Guid TenantId, Guid OrganisationId, string ApplicationType,
    string Action, string From, string To, DateOnly On, DateTime At) : IDomainEvent;

/// <summary>The purposes of stay migration statistics count by (Regulation (EC) No 862/2007, art. 6: the reasons a permit is issued for).</summary>
public static class StayPurposes
{
    public const string Family = "family";
    public const string Education = "education";
    public const string RemuneratedActivities = "remunerated";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Family, Education, RemuneratedActivities, Other];
}
