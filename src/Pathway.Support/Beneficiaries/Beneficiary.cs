using System.Text.Json.Serialization;
using Pathway.Platform.Calendars;
using Pathway.Platform.Outbox;
using Pathway.Platform.Support;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Beneficiaries;

/// <summary>
/// Why the organisation may hold the person's data (GDPR art. 6, with art. 9(2) for the special
/// categories a support case holds): recorded at intake, shown on every page of the case.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<LegalBasis>))]
public enum LegalBasis
{
    /// <summary>The person consented (art. 6(1)(a), 9(2)(a)).</summary>
    Consent,

    /// <summary>To protect the person's vital interests when they cannot consent (art. 6(1)(d), 9(2)(c)).</summary>
    VitalInterests,

    /// <summary>A task in the public interest the organisation is entrusted with by law (art. 6(1)(e)).</summary>
    PublicTask,

    /// <summary>A legal obligation of the organisation (art. 6(1)(c)).</summary>
    LegalObligation,
}

[JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
public enum Sex
{
    Female,
    Male,
    Other,
    Unknown,
}

/// <summary>
/// A person an advisory point or NGO supports, registered once per organisation. Need-to-know: the
/// case is open to its team and to the organisation's supervisors only, and every opening is audited.
/// Statistics read it as <see cref="BeneficiaryFacts"/>, raised with every change of what they say
/// (<see cref="Told"/>) and saved to the outbox with it.
/// </summary>
public sealed class Beneficiary : ITenantOwned, IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

    public const int MaxNameLength = 100;

    // Set once at intake and changed only by an accepted transfer (MoveTo): EF reads and writes the field.
    private Guid organisationId;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>The organisation that holds the case: the one that registered it, or the one it was transferred to.</summary>
    public Guid OrganisationId { get => organisationId; init => organisationId = value; }

    /// <summary>The organisation's number for the case, e.g. <c>B-2026-00042</c>: what people say on the phone instead of the name.</summary>
    public required string Number { get; set; }

    public required string GivenNames { get; set; }
    public required string Surname { get; set; }
    public DateOnly? BirthDate { get; set; }
    public Sex Sex { get; set; }

    /// <summary>ICAO 9303 code of the citizenship (XXA stateless, XXX unknown).</summary>
    public string? Citizenship { get; set; }

    /// <summary>The language of the person's receipts and letters: a code of the portal's languages.</summary>
    public required string Language { get; set; }

    public LegalBasis LegalBasis { get; set; }

    /// <summary>The names folded (letter case, accents and spacing aside) with the birth date: what the duplicate check compares.</summary>
    public required string MatchKey { get; set; }

    /// <summary>The person registry's record of the person, when the worker recognised them there at intake: one person, however many organisations support them.</summary>
    public Guid? PersonId { get; set; }

    public DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }

    public List<CaseTeamMember> Team { get; init; } = [];

    /// <summary>When a supervisor approved the case's closure; null while the case is open. Nothing new is recorded on a closed case.</summary>
    public DateTime? ClosedAt { get; private set; }

    public bool IsClosed => ClosedAt is not null;

    /// <summary>
    /// When the case was sealed (a victim of trafficking, say): then it opens to its team only, and
    /// appears in no list or search of anyone else, not even the organisation's supervisors, who reach it
    /// by break-glass access. Null while it is not sealed.
    /// </summary>
    public DateTime? SealedAt { get; private set; }

    public string? SealedBy { get; private set; }

    public bool IsSealed => SealedAt is not null;

    /// <summary>
    /// When the retention rules anonymised the closed case: the names, the exact birth date, the link to
    /// the registry and every free text went; what the fund reports count stayed. Null otherwise.
    /// </summary>
    public DateTime? AnonymisedAt { get; private set; }

    public bool IsAnonymised => AnonymisedAt is not null;

    public string Name => $"{GivenNames} {Surname}";

    /// <summary>How often statistics were told of the case: the version of its <see cref="BeneficiaryFacts"/>.</summary>
    [JsonIgnore]
    public int Version { get; private set; }

    [JsonIgnore]
    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    /// <summary>Tells statistics the case as it stands now, with its closure's reason and current needs; once per save.</summary>
    internal void Told(CaseStanding standing)
    {
        if (domainEvents.RemoveAll(e => e is BeneficiaryFacts) == 0)
        {
            Version++;
        }

        domainEvents.Add(Facts(standing));
    }

    /// <summary>A case read back for a replay with only what its facts are made of, carrying the version its last facts had.</summary>
    internal static Beneficiary Replay(
        Guid id, Guid tenant, Guid organisation, Guid? person, DateTime createdAt, DateTime? closedAt, DateTime? anonymisedAt,
        string? citizenship, Sex sex, DateOnly? birthDate, int version) => new()
        {
            Id = id, TenantId = tenant, OrganisationId = organisation, PersonId = person, CreatedAt = createdAt, ClosedAt = closedAt, AnonymisedAt = anonymisedAt,
            Citizenship = citizenship, Sex = sex, BirthDate = birthDate, Version = version,
            Number = "", GivenNames = "", Surname = "", Language = "", MatchKey = "", CreatedBy = "",
        };

    /// <summary>The case as statistics see it: no name, birth date, number, language or note.</summary>
    public BeneficiaryFacts Facts(CaseStanding standing)
    {
        var registered = DateOnly.FromDateTime(CreatedAt);
        return new BeneficiaryFacts(
            Id, TenantId, OrganisationId, Version, Removed: IsAnonymised, PersonId, registered,
            ClosedAt is { } closed ? DateOnly.FromDateTime(closed) : null, ClosedAt is null ? null : standing.ClosureReason?.ToString(),
            Citizenship, Sex switch { Sex.Female => "F", Sex.Male => "M", Sex.Other => "X", _ => null },
            BirthDate is { } born ? Ages.On(born, registered) : null,
            [.. standing.Needs.Select(n => n.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>What stands in an anonymised case for the person's names.</summary>
    public const string AnonymousName = "***";

    /// <summary>
    /// Makes the person unrecognisable in the case itself: the names become a placeholder, the birth date
    /// its year's first day (age groups still count), the folded names and the registry link go; the
    /// citizenship, sex and language stay for the figures. The records around the case are the caller's.
    /// </summary>
    internal void Anonymise(DateTime at)
    {
        GivenNames = AnonymousName;
        Surname = AnonymousName;
        BirthDate = BirthDate is { } born ? new DateOnly(born.Year, 1, 1) : null;
        MatchKey = "";
        PersonId = null;
        Team.Clear();
        AnonymisedAt = at;
    }

    /// <summary>
    /// The case moves to another organisation (an accepted transfer): it takes that organisation's
    /// number, and its team is the one who accepted it; the old team and organisation lose it.
    /// </summary>
    /// <summary>Seals the case, or with null unseals it.</summary>
    internal void SealAt(DateTime? at, string? by)
    {
        SealedAt = at;
        SealedBy = at is null ? null : by;
    }

    /// <summary>Closes the case (an approved closure) or, with null, reopens it.</summary>
    internal void CloseAt(DateTime? at) => ClosedAt = at;

    internal void MoveTo(Guid organisation, string number, CaseTeamMember receiver)
    {
        organisationId = organisation;
        Number = number;
        Team.Clear();
        Team.Add(receiver);
    }
}

/// <summary>A staff member on a beneficiary's case team: who may open the case besides the organisation's supervisors.</summary>
public sealed class CaseTeamMember
{
    public Guid BeneficiaryId { get; init; }
    public Guid UserId { get; init; }
    public required string Name { get; init; }
    public DateTime AddedAt { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<ConsentKind>))]
public enum ConsentKind
{
    /// <summary>To receive the organisation's services (and have the data they need kept).</summary>
    ReceiveServices,

    /// <summary>To have data disclosed to one other organisation, named in the consent.</summary>
    DiscloseTo,
}

/// <summary>
/// A consent the person gave, each with a receipt in their language; revocable at any time, and a
/// revoked consent stays on record with when and by whom it was revoked.
/// </summary>
public sealed class Consent
{
    public const int MaxRecipientLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BeneficiaryId { get; init; }
    public ConsentKind Kind { get; init; }

    /// <summary>The organisation data may go to (for <see cref="ConsentKind.DiscloseTo"/>): one on the platform by id, or one outside it by name.</summary>
    public Guid? RecipientOrganisationId { get; init; }

    public string? RecipientName { get; init; }

    public DateTime GivenAt { get; init; }
    public required string RecordedBy { get; init; }

    /// <summary>The language the receipt was given in.</summary>
    public required string Language { get; init; }

    public DateTime? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    public bool IsActive => RevokedAt is null;
}
