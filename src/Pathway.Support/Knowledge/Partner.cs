using System.Text.Json.Serialization;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Knowledge;

/// <summary>What kind of organisation a partner is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PartnerKind>))]
public enum PartnerKind
{
    Ngo,
    LegalAid,
    HealthService,
    SocialService,
    PsychologicalSupport,
    Shelter,
    InternationalOrganisation,
    PublicAuthority,
    Other,
}

/// <summary>
/// An organisation outside the platform the office and its NGOs work with: what it offers, in
/// which languages, and whom to call there. Owned by the organisation that recorded it, which alone
/// changes it; read by the staff of the whole office (<see cref="PartnerDirectory"/>).
/// </summary>
public sealed class Partner : ITenantOwned
{
    public const int MaxNameLength = 200;
    public const int MaxAddressLength = 300;
    public const int MaxPhoneLength = 40;
    public const int MaxEmailLength = 254;
    public const int MaxWebsiteLength = 300;
    public const int MaxNotesLength = 2000;
    public const int MaxLanguages = 20;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>The organisation that recorded it.</summary>
    public Guid OrganisationId { get; init; }

    public required string Name { get; set; }
    public PartnerKind Kind { get; set; }

    /// <summary>The services it offers, their names separated by spaces.</summary>
    public string Services { get; set; } = "";

    /// <summary>The languages spoken there, ISO 639-1 codes separated by spaces.</summary>
    public string Languages { get; set; } = "";

    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? ContactPerson { get; set; }
    public string? Notes { get; set; }

    public DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }

    public IReadOnlyList<ServiceKind> ServiceList =>
        [.. Services.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => Enum.Parse<ServiceKind>(s))];

    public IReadOnlyList<string> LanguageList => Languages.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
