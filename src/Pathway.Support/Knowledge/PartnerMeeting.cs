using Pathway.Platform.Tenancy;

namespace Pathway.Support.Knowledge;

/// <summary>
/// A meeting with partners of the directory: the day, who came, where, the minutes and the next
/// steps agreed. The minutes are the recording organisation's own notes, so a meeting is read through
/// the data scope: an NGO sees its own meetings, the office's units theirs.
/// </summary>
public sealed class PartnerMeeting : ITenantOwned
{
    public const int MaxTitleLength = 200;
    public const int MaxPlaceLength = 200;
    public const int MaxMinutesLength = 4000;
    public const int MaxNextStepsLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }

    public DateOnly HeldOn { get; set; }
    public required string Title { get; set; }
    public string? Place { get; set; }
    public string? Minutes { get; set; }
    public string? NextSteps { get; set; }

    public DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }

    public List<MeetingAttendee> Attendees { get; init; } = [];
}

/// <summary>A partner of the directory that attended a meeting.</summary>
public sealed class MeetingAttendee
{
    public Guid MeetingId { get; init; }
    public Guid PartnerId { get; init; }
}
