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
    public const int MaxReasonLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>The organisation that recorded it; only its staff (and for an office, the office's units) see it.</summary>
    public Guid OrganisationId { get; init; }

    /// <summary>GBV-2026-00012: the organisation's series of the year it was recorded, the only handle on the record.</summary>
    public required string Code { get; init; }

    /// <summary>The first day of the month of the incident; the day itself is not kept.</summary>
    public DateOnly IncidentMonth { get; private set; }

    /// <summary>The first day of the month it was reported; the figures count an incident in this month.</summary>
    public DateOnly ReportedMonth { get; private set; }

    public string? Place { get; private set; }
    public IncidentContext Context { get; private set; }
    public GbvIncidentType Type { get; private set; }
    public SurvivorAgeGroup AgeGroup { get; private set; }
    public SurvivorSex Sex { get; private set; }
    public bool SeparatedChild { get; private set; }
    public PerpetratorRelation Perpetrator { get; private set; }
    public PerpetratorCount Perpetrators { get; private set; }

    /// <summary>The services offered or referred to, their names joined by commas.</summary>
    public string Services { get; private set; } = "";

    /// <summary>Whether the survivor agreed that the anonymous record counts in the statistics; without it the record counts nowhere.</summary>
    public bool StatisticsConsent { get; private set; }

    public DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }

    /// <summary>A new record of a checked input (<see cref="GbvIncidentRules.Check"/>), with the next code of the organisation's series.</summary>
    internal static GbvIncident Record(Guid tenant, Guid organisation, string code, GbvIncidentInput input, DateTime at, string by)
    {
        var incident = new GbvIncident { TenantId = tenant, OrganisationId = organisation, Code = code, CreatedAt = at, CreatedBy = by };
        incident.Write(input);
        return incident;
    }

    /// <summary>
    /// Writes the fields of a checked input (<see cref="GbvIncidentRules.Check"/>) over the record: a
    /// new record and a correction alike. Only the fields whose value changes are marked changed, so
    /// the platform's audit of a correction names those fields, never their values.
    /// </summary>
    internal void Write(GbvIncidentInput input)
    {
        IncidentMonth = GbvIncidentRules.Month(input.IncidentMonth)!.Value;
        ReportedMonth = GbvIncidentRules.Month(input.ReportedMonth)!.Value;
        Place = string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim();
        Context = input.Context!.Value;
        Type = input.Type!.Value;
        AgeGroup = input.AgeGroup!.Value;
        Sex = input.Sex!.Value;
        SeparatedChild = input.SeparatedChild ?? false;
        Perpetrator = input.Perpetrator!.Value;
        Perpetrators = input.Perpetrators!.Value;
        Services = string.Join(',', (input.Services ?? []).Distinct().Order());
        StatisticsConsent = input.StatisticsConsent!.Value;
    }

    public IReadOnlyList<GbvService> ServiceList =>
        [.. Services.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<GbvService>)];
}
