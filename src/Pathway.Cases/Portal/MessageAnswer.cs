namespace Pathway.Cases.Portal;

/// <summary>
/// A message of a case. <see cref="ReceivedOn"/> is the day the office received the applicant's message;
/// <see cref="InTimeFor"/> the end of the notice's term it was posted within.
/// </summary>
public sealed record MessageAnswer(
    Guid Id, string Direction, string Text, DateTime At, DateOnly ReceivedOn, DateOnly? InTimeFor, DateTime? ReadAt, Guid? AuthorId, IReadOnlyList<AttachmentAnswer> Files)
{
    /// <summary>For the applicant: the office's messages carry no officer's id.</summary>
    public static MessageAnswer ForApplicant(CaseMessage m) => Of(m) with { AuthorId = null };

    public static MessageAnswer Of(CaseMessage m) => new(
        m.Id, m.Direction == MessageDirection.FromApplicant ? "applicant" : "office", m.Text, m.At, m.PostedOn, m.InTimeFor, m.ReadAt, m.AuthorUserId,
        [.. m.Attachments.Select(a => new AttachmentAnswer(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256))]);
}

/// <summary>A file sent with a message: read it at the message's files/{id}.</summary>
public sealed record AttachmentAnswer(Guid Id, string FileName, string ContentType, long Size, string Sha256);

/// <summary>A message as the API takes it.</summary>
public sealed record MessageRequest(string? Text);
