using System.Text.Json.Serialization;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Trainings;

/// <summary>What a training was about, as funds ask persons trained to be reported.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrainingArea>))]
public enum TrainingArea
{
    TraffickingInHumanBeings,
    UnaccompaniedMinors,
    VulnerableGroupsInAsylum,
    GenderBasedViolence,
    InterculturalCommunication,
    MigrationLaw,
    Other,
}

/// <summary>What kind of institution the participants came from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InstitutionKind>))]
public enum InstitutionKind
{
    PublicAdministration,
    BorderGuard,
    Police,
    SocialServices,
    Health,
    Education,
    Judiciary,
    Ngo,
    Other,
}

/// <summary>
/// A training an office or NGO gave: its area, days, trainer and the institutions whose staff took
/// part, counted, not named (a fund asks how many were trained, not who).
/// </summary>
public sealed class Training : ITenantOwned
{
    public const int MaxTextLength = 200;
    public const int MaxProjectLength = 64;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>The organisation that gave it; its staff and the office's supervisors see it.</summary>
    public Guid OrganisationId { get; init; }

    public required string Title { get; set; }
    public TrainingArea Area { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public required string Trainer { get; set; }
    public string? Place { get; set; }

    /// <summary>The funded project it counts for (a code such as AMIF.2024.PL.12), if any.</summary>
    public string? Project { get; set; }

    public DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public List<TrainingAttendance> Attendance { get; init; } = [];

    public int Participants => Attendance.Sum(a => a.Participants);
}

/// <summary>How many of one institution's staff took part in a training.</summary>
public sealed class TrainingAttendance
{
    public const int MaxParticipants = 10_000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TrainingId { get; init; }
    public required string Institution { get; init; }
    public InstitutionKind Kind { get; init; }
    public int Participants { get; init; }
}
