using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Portal;

/// <summary>
/// A message between the applicant and the office in one case. Personal data: the tenancy filter
/// applies (the applicant's own reads go through <see cref="ApplicantCases"/>), and reads are audited.
/// </summary>
public sealed class CaseMessage : ITenantOwned
{
    public const int MaxTextLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    /// <summary>The case's office unit, so the officers who see the case see its messages.</summary>
    public Guid OrganisationId { get; init; }
    public Guid CaseId { get; init; }
    public MessageDirection Direction { get; init; }
    public string Text { get; init; } = "";
    /// <summary>When it was posted (UTC): for the applicant's replies this is the posting time art. 57 §5 counts.</summary>
    public DateTime At { get; init; }
    /// <summary>The office's local day it was posted on.</summary>
    public DateOnly PostedOn { get; init; }
    /// <summary>The end of the notice's term the applicant's message was posted within, when a notice was out.</summary>
    public DateOnly? InTimeFor { get; init; }
    public Guid AuthorUserId { get; init; }
    /// <summary>When the other side first read it.</summary>
    public DateTime? ReadAt { get; internal set; }

    /// <summary>The files sent with it, in the order they were sent.</summary>
    public List<MessageAttachment> Attachments { get; init; } = [];
}

public enum MessageDirection
{
    FromApplicant,
    FromOffice,
}
