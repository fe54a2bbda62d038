using Pathway.Platform.Outbox;

namespace Pathway.Platform.Support;

/// <summary>
/// A beneficiary (a person an advisory point or NGO supports) as statistics see the case, as it stands after a
/// change: raised by the support module at intake, when the case moves to another organisation, is closed or
/// reopened, when a need assessment changes the person's specific needs and when the retention rules anonymise
/// the case; read by the analytics warehouse from the outbox. It carries no name, birth date, case number,
/// language, note or free text: the day the case was registered and closed, why it was closed, the person's
/// age on registration, sex, citizenship and the categories of their specific needs, and the registry's person
/// id or the case's id (which the warehouse replaces with keyed pseudonyms) are what counting needs. A reader
/// keeps the snapshot with the highest <see cref="Version"/>, so a replay or a late delivery changes nothing;
/// <see cref="Removed"/> tells that the case is gone from the support module's reach.
/// </summary>
/// <param name="BeneficiaryId">The support case: the person when the worker did not link the case to the person registry.</param>
/// <param name="OrganisationId">The organisation that holds the case now.</param>
/// <param name="Version">Rises with every change of what the facts say; a reader ignores a snapshot no newer than the one it holds.</param>
/// <param name="Removed">The retention rules anonymised the case: the reader keeps its id and version so that an older snapshot delivered later does not bring it back.</param>
/// <param name="PersonId">The person registry's record of the person, when the case is linked to it: one person across organisations and residence cases.</param>
/// <param name="RegisteredOn">The day (UTC) the case was registered at intake.</param>
/// <param name="ClosedOn">The day (UTC) a supervisor approved the case's closure; null while it is open (or after it was reopened).</param>
/// <param name="ClosureReason">Why the case was closed, by its name in the support module (GoalsReached, NoLongerNeeded, PersonWithdrew, MovedAway, ContactLost, ServedElsewhere, Deceased, Other); null while it is open.</param>
/// <param name="Citizenship">The person's citizenship as an ICAO 9303 code; null when not recorded.</param>
/// <param name="Sex">F, M or X as recorded on the case; null when not recorded.</param>
/// <param name="AgeOnRegistration">The person's full years of age on <paramref name="RegisteredOn"/>; null when the birth date is not recorded.</param>
/// <param name="NeedCategories">The specific needs the case's current (latest) need assessment found, by their names in the support module, sorted; empty when none were found or none was assessed.</param>
/// <remarks>New parameters go at the end, with a default: the outbox keeps payloads written before them.</remarks>
public sealed record BeneficiaryFacts(
    Guid BeneficiaryId, Guid TenantId, Guid OrganisationId, int Version, bool Removed, Guid? PersonId,
    DateOnly RegisteredOn, DateOnly? ClosedOn, string? ClosureReason, string? Citizenship, string? Sex, int? AgeOnRegistration,
    IReadOnlyList<string> NeedCategories) : ITenantEvent;
