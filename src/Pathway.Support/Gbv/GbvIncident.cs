using System.Text.Json.Serialization;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Gbv;

/// <summary>The six core types of incident the GBV Information Management System classifies by.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GbvIncidentType>))]
public enum GbvIncidentType
{
    Rape,
    SexualAssault,
    PhysicalAssault,
    ForcedMarriage,
    DenialOfResources,
    PsychologicalAbuse,
}

/// <summary>Where on the survivor's way the incident happened.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IncidentContext>))]
public enum IncidentContext
{
    CountryOfOrigin,
    DuringFlight,
    CountryOfAsylum,
}

/// <summary>The survivor's age at the incident, in the bands the statistics are kept in (never a date of birth).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SurvivorAgeGroup>))]
public enum SurvivorAgeGroup
{
    From0To11,
    From12To17,
    From18To25,
    From26To40,
    From41To60,
    From61,
}

[JsonConverter(typeof(JsonStringEnumConverter<SurvivorSex>))]
public enum SurvivorSex
{
    Female,
    Male,
    Other,
}

/// <summary>Who the alleged perpetrator is to the survivor, as a category (never a name).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PerpetratorRelation>))]
public enum PerpetratorRelation
{
    IntimatePartner,
    FamilyMember,
    OtherKnownPerson,
    Stranger,
    SmugglerOrTrafficker,
    OfficialOrAuthority,
    Unknown,
}

[JsonConverter(typeof(JsonStringEnumConverter<PerpetratorCount>))]
public enum PerpetratorCount
{
    One,
    Two,
    ThreeOrMore,
    Unknown,
}

/// <summary>
/// A service offered or referred to: the support case's kinds of service (same names as
/// <see cref="Beneficiaries.ServiceKind"/>) and the two a survivor is offered first besides.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<GbvService>))]
public enum GbvService
{
    LegalAdvice,
    PsychologicalCounselling,
    Interpreting,
    CaseManagement,
    SocialAssistance,
    HealthCare,
    SafetyAndShelter,
}

/// <summary>
/// A gender-based-violence incident as GBVIMS records one: apart from any support case and with the
/// least that identifies the survivor. No name, no date of birth, no case: a code of the recording
/// organisation's series, the month (not the day), a coarse place, and categories that count.
/// </summary>
public sealed class GbvIncident : ITenantOwned
{
    public const int MaxPlaceLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>The organisation that recorded it; only its staff (and for an office, the office's units) see it.</summary>
    public Guid OrganisationId { get; init; }

    /// <summary>GBV-2026-00012: the organisation's series of the year it was recorded, the only handle on the record.</summary>
    public required string Code { get; init; }

    /// <summary>The first day of the month of the incident; the day itself is not kept.</summary>
    public DateOnly IncidentMonth { get; init; }

    /// <summary>The first day of the month it was reported; the figures count an incident in this month.</summary>
    public DateOnly ReportedMonth { get; init; }

    public string? Place { get; init; }
    public IncidentContext Context { get; init; }
    public GbvIncidentType Type { get; init; }
    public SurvivorAgeGroup AgeGroup { get; init; }
    public SurvivorSex Sex { get; init; }
    public bool SeparatedChild { get; init; }
    public PerpetratorRelation Perpetrator { get; init; }
    public PerpetratorCount Perpetrators { get; init; }

    /// <summary>The services offered or referred to, their names joined by commas.</summary>
    public required string Services { get; init; }

    /// <summary>Whether the survivor agreed that the anonymous record counts in the statistics; without it the record counts nowhere.</summary>
    public bool StatisticsConsent { get; init; }

    public DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }

    public IReadOnlyList<GbvService> ServiceList =>
        [.. Services.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<GbvService>)];
}
