using Pathway.Platform.Outbox;

namespace Pathway.Platform.Support;

/// <summary>
/// A support service (given or planned for a beneficiary of an advisory point or NGO) as statistics see
/// it, as it stands after a change: raised by the support module when a service is recorded or changed and
/// when its case moves or is anonymised, read by the analytics warehouse from the outbox. It carries no
/// name, birth date, provider, outcome or free text: the beneficiary's age on the service's day, sex and
/// citizenship, and the registry's person id or the case's id (which the warehouse replaces with a keyed
/// pseudonym) are what counting needs. A reader keeps the snapshot with the highest <see cref="Version"/>,
/// so a replay or a late delivery changes nothing; <see cref="Removed"/> tells that the service is gone.
/// </summary>
/// <param name="OrganisationId">The organisation that holds the case now.</param>
/// <param name="Version">Rises with every change of what the facts say; a reader ignores a snapshot no newer than the one it holds.</param>
/// <param name="Removed">The service no longer exists: the reader keeps its id and version so that an older snapshot delivered later does not bring it back.</param>
/// <param name="BeneficiaryId">The support case: the person when the worker did not link the case to the person registry.</param>
/// <param name="PersonId">The person registry's record of the person, when the case is linked to it: one person across organisations and residence cases.</param>
/// <param name="Kind">The kind of service by its name in the support module (LegalAdvice, PsychologicalCounselling, Interpreting, CaseManagement, SocialAssistance).</param>
/// <param name="Status">Planned, Delivered or Cancelled.</param>
/// <param name="On">The day it was given (a delivered service) or is due (a planned one).</param>
/// <param name="Minutes">How long it took, when recorded.</param>
/// <param name="Citizenship">The beneficiary's citizenship as an ICAO 9303 code; null when not recorded.</param>
/// <param name="Sex">F, M or X as recorded on the case; null when not recorded.</param>
/// <param name="AgeOnDay">The beneficiary's full years of age on <paramref name="On"/>; null when the birth date is not recorded.</param>
/// <remarks>New parameters go at the end, with a default: the outbox keeps payloads written before them.</remarks>
public sealed record SupportServiceFacts(
    Guid ServiceId, Guid TenantId, Guid OrganisationId, int Version, bool Removed,
    Guid BeneficiaryId, Guid? PersonId, string Kind, string Status, DateOnly On, int? Minutes,
    string? Citizenship, string? Sex, int? AgeOnDay) : ITenantEvent;
