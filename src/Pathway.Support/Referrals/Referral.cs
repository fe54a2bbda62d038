using System.Text.Json.Serialization;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Referrals;

/// <summary>Where a referral goes: an organisation of the platform has its kind already; one outside it is named by the sender.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReceiverKind>))]
public enum ReceiverKind
{
    OfficeUnit,
    Ngo,
    HealthService,
    SocialService,
    Other,
}

/// <summary>
/// A referral's life. Sent, then accepted or declined (with the reason) by the receiver, an accepted
/// one done; the sender may revoke it until it is done or declined.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReferralStatus>))]
public enum ReferralStatus
{
    Sent,
    Accepted,
    Declined,
    Done,
    Revoked,
}

/// <summary>The parts of a case a sender may pass on. The receiver reads only those chosen, copied as they stood when the referral was sent.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReferralSection>))]
public enum ReferralSection
{
    /// <summary>Names, date of birth, sex, citizenship and language.</summary>
    Identity,

    /// <summary>The services given and planned (kind, state, day; not their outcomes).</summary>
    Services,

    /// <summary>The specific needs of the case's current vulnerability assessment (category, UNHCR code, form of exploitation; not its note).</summary>
    Needs,
}

/// <summary>
/// A referral of a support case to an office unit, NGO, health or social service: on the platform
/// the receiving organisation answers it there; outside it the sender prints the referral form and
/// notes the answer. It carries only the sections the sender chose, and only under the person's
/// recorded consent to disclose to that receiver, or a supervisor's documented override for child
/// protection. Owned by the sending organisation; the receiver reads it through <see cref="ReferralDesk"/>.
/// </summary>
public sealed class Referral : ITenantOwned
{
    public const int MaxNoteLength = 2000;
    public const int MaxReasonLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>The sending organisation.</summary>
    public Guid OrganisationId { get; init; }

    public Guid BeneficiaryId { get; init; }

    /// <summary>The case's number, for the sender's lists (the receiver sees it only with the identity section).</summary>
    public required string CaseNumber { get; init; }

    /// <summary>The receiving organisation on the platform; null for one outside it.</summary>
    public Guid? ToOrganisationId { get; init; }

    /// <summary>The receiver's name as the referral form prints it.</summary>
    public required string ToName { get; init; }

    public ReceiverKind ToKind { get; init; }

    /// <summary>The service asked for, when it is one of those the platform counts.</summary>
    public ServiceKind? Service { get; init; }

    /// <summary>What the sender asks the receiver for, in their words: always passed on.</summary>
    public required string Note { get; init; }

    /// <summary>The sections chosen, as their names separated by spaces.</summary>
    public required string Sections { get; init; }

    /// <summary>The chosen sections' contents as JSON (<see cref="ReferralContents"/>), erased when the sender revokes the referral.</summary>
    public string? Contents { get; set; }

    /// <summary>The consent the referral was sent under; null when it was sent by override.</summary>
    public Guid? ConsentId { get; init; }

    /// <summary>Why the referral went without the person's consent (child protection), and who decided.</summary>
    public string? OverrideReason { get; init; }

    public ReferralStatus Status { get; set; }
    public DateTime SentAt { get; init; }
    public required string SentBy { get; init; }
    public DateTime ChangedAt { get; set; }

    public List<ReferralStep> Steps { get; init; } = [];

    public bool IsOutside => ToOrganisationId is null;

    public IReadOnlyList<ReferralSection> SectionList =>
        [.. Sections.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => Enum.Parse<ReferralSection>(s))];
}

/// <summary>One step of a referral as the sender sees it: who moved it, when, to what, and why.</summary>
public sealed class ReferralStep
{
    /// <summary>The reason of a step the platform took itself: the person revoked the consent the referral was sent under.</summary>
    public const string ConsentRevoked = "consent revoked";

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ReferralId { get; init; }
    public ReferralStatus Status { get; init; }
    public DateTime At { get; init; }
    public required string By { get; init; }

    /// <summary>The organisation the person acted for (the receiver's, or the sender's).</summary>
    public required string ByOrganisation { get; init; }

    public string? Reason { get; init; }
}

/// <summary>The sections a referral carries, copied when it was sent; a section not chosen is null.</summary>
public sealed record ReferralContents(ReferralIdentity? Identity, IReadOnlyList<ReferralServiceLine>? Services, ReferralNeeds? Needs = null);

public sealed record ReferralIdentity(string CaseNumber, string GivenNames, string Surname, DateOnly? BirthDate, Sex Sex, string? Citizenship, string Language);

public sealed record ReferralServiceLine(ServiceKind Kind, ServiceStatus Status, DateOnly? Day);

/// <summary>The current assessment's day and needs as the receiver reads them; no assessment yet is an empty list without a day.</summary>
public sealed record ReferralNeeds(DateOnly? AssessedOn, IReadOnlyList<ReferralNeed> Needs);

public sealed record ReferralNeed(Needs.NeedCategory Category, string? UnhcrCode, Needs.Exploitation? Exploitation);
