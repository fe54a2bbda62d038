using System.Globalization;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Pathway.Platform.Email;

/// <summary>
/// Writes each message as an .eml file into a folder instead of sending it: for local runs
/// and tests, where no mail server exists. Any mail client opens the files.
/// </summary>
public sealed class FilePickupEmailSender(string folder, TimeProvider clock, ILogger<FilePickupEmailSender> logger) : IEmailSender
{
    private static readonly FormatOptions Format = new() { NewLineFormat = NewLineFormat.Dos };

    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var now = clock.GetUtcNow();
        var mime = MimeMessageBuilder.Build(message, now);
        var name = string.Create(CultureInfo.InvariantCulture, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}");
        var partial = Path.Combine(Folder, name + ".tmp");
        var file = Path.Combine(Folder, name + ".eml");
        // Written aside and renamed, so a mail client or a test never reads half a message.
        await using (var stream = File.Create(partial))
        {
            await mime.WriteToAsync(Format, stream, cancellationToken);
        }

        File.Move(partial, file);
        logger.LogInformation("E-mail to {Recipient} written to {File}", message.To, file);
    }
}
