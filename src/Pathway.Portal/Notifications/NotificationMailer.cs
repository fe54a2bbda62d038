using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Email;
using Pathway.Platform.Localization;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Localization;

namespace Pathway.Portal.Notifications;

/// <summary>
/// Sends each notification by e-mail as well, in the language its person chose, so that a reminder
/// reaches someone who does not open the portal. It runs from the outbox after the notification is
/// saved: a notification is never mailed for a change that was not kept, and a message the outbox
/// delivers again is not mailed twice (its receipt). Only a confirmed address is written to; the
/// mail says what the notification says and links to where the person acts on it.
/// </summary>
internal sealed class NotificationMailer(
    PathwayDbContext db, NotificationDesk desk, IEmailSender sender, OrganisationDirectory directory, IConfiguration configuration, IStringLocalizer<PortalText> text)
    : IOutboxConsumer
{
    public string Name => "portal.notification-mail";

    public bool Handles(string eventType) => eventType == OutboxEventNames.Of<NotificationCreated>();

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var told = JsonSerializer.Deserialize<NotificationCreated>(message.Payload)!;
        var notification = await db.Set<Notification>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == told.NotificationId, cancellationToken);
        var person = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == told.UserId && u.TenantId == told.TenantId, cancellationToken);
        if (notification is null || person is not { EmailConfirmed: true, Email: { } address })
        {
            return; // nothing to say, or nowhere confirmed to say it
        }

        if (!await desk.MailedAsync(told.TenantId, told.UserId, notification.Kind, cancellationToken))
        {
            return; // the person chose to read this kind in the portal only
        }

        var tenant = (await directory.GetAsync(cancellationToken)).Tenants.FirstOrDefault(t => t.Id == told.TenantId);
        var language = SupportedCultures.ForReader(person.PreferredCulture, tenant?.DefaultCulture);
        // The words are put together as the portal puts them for a reader in that language.
        using var inTheirLanguage = InLanguage.Of(language.Culture);
        var portal = tenant?.ShownName ?? Tenant.DefaultDisplayName;
        var words = desk.Words(notification);
        var site = configuration["Email:PublicUrl"]?.TrimEnd('/');
        EmailBlock where = site is null
            ? new EmailBlock.Paragraph(text["Sign in to {0} to see it.", portal])
            : new EmailBlock.Link(text["See it here:"], $"{site}/{language.Code}/{notification.Link}");
        await sender.SendAsync(new EmailMessage(address, person.DisplayName, text["A message from {0}", portal], language.Culture,
        [
            new EmailBlock.Paragraph(text["Hello {0},", person.DisplayName ?? ""]),
            new EmailBlock.Paragraph(words),
            where,
            new EmailBlock.Paragraph(text["You get this e-mail because you have an account at {0}.", portal]),
        ]), cancellationToken);
    }
}
