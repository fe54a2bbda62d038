namespace Pathway.Cases.Portal;

/// <summary>
/// A message of a case. <see cref="ReceivedOn"/> is the day the office received the applicant's message;
/// <see cref="InTimeFor"/> the end of the notice's term it was posted within.
/// </summary>
public sealed record MessageAnswer(Guid Id, string Direction, string Text, DateTime At, DateOnly ReceivedOn, DateOnly? InTimeFor, DateTime? ReadAt, Guid? AuthorId)
{
    /// <summary>For the applicant: the office's messages carry no officer's id.</summary>
    public static MessageAnswer ForApplicant(CaseMessage m) => Of(m) with { AuthorId = null };

    public static MessageAnswer Of(CaseMessage m) => new(
        m.Id, m.Direction == MessageDirection.FromApplicant ? "applicant" : "office", m.Text, m.At, m.PostedOn, m.InTimeFor, m.ReadAt, m.AuthorUserId);
}

/// <summary>A message as the API takes it.</summary>
public sealed record MessageRequest(string? Text);
