namespace Pathway.Platform.Email;

/// <summary>Sends e-mail to people (confirmation links, notices).</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default);
}
