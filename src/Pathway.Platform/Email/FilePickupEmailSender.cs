using System.Text;
using Microsoft.Extensions.Logging;

namespace Pathway.Platform.Email;

/// <summary>
/// Writes each message as an .eml file into a folder instead of sending it: for local runs
/// and tests, where no mail server exists. Any mail client opens the files.
/// </summary>
public sealed class FilePickupEmailSender(string folder, TimeProvider clock, ILogger<FilePickupEmailSender> logger) : IEmailSender
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var now = clock.GetUtcNow();
        var file = Path.Combine(Folder, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        var message = new StringBuilder()
            .Append("To: ").Append(to).Append("\r\n")
            .Append("From: no-reply@pathway.local\r\n")
            .Append("Subject: =?utf-8?B?").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(subject))).Append("?=\r\n")
            .Append("Date: ").Append(now.ToString("r")).Append("\r\n")
            .Append("MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n")
            .Append(htmlBody);
        await File.WriteAllTextAsync(file, message.ToString(), Encoding.UTF8, cancellationToken);
        logger.LogInformation("E-mail to {Recipient} written to {File}", to, file);
    }
}
