using System.Globalization;
using AngleSharp.Html.Parser;
using MimeKit;

namespace Pathway.Testing;

/// <summary>The .eml files the platform wrote to its pickup folder, read as a mail client would.</summary>
public sealed class Mailbox(string folder)
{
    private static readonly HtmlParser Parser = new();

    public string Folder { get; } = folder;

    /// <summary>The messages to <paramref name="to"/>, oldest first.</summary>
    public IReadOnlyList<MimeMessage> To(string to) =>
        (Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.eml") : [])
            .Order(StringComparer.Ordinal)
            .Select(file => MimeMessage.Load(file))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    /// <summary>Waits until <paramref name="count"/> messages to <paramref name="to"/> are there; the platform sends them after it has answered.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string to, int count = 1)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var messages = To(to);
            if (messages.Count >= count)
            {
                return messages;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"Fewer than {count} e-mails to {to} in {Folder}."));
    }

    /// <summary>The address of the first link in the HTML part whose address contains <paramref name="path"/>.</summary>
    public static string Link(MimeMessage message, string path) =>
        Parser.ParseDocument(message.HtmlBody ?? "").QuerySelectorAll("a[href]")
            .Select(a => a.GetAttribute("href")!)
            .FirstOrDefault(href => href.Contains(path, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No link to {path} in the e-mail '{message.Subject}'.");
}
