namespace Pathway.Platform.Email;

/// <summary>Sends e-mail to people (confirmation links, notices).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
