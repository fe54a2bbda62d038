namespace Pathway.Portal.Notifications;

/// <summary>
/// A kind of notification a person chose not to be sent by e-mail. They still find it under their
/// notifications in the portal; only the e-mail stops. Mailing is what everyone gets until they
/// say otherwise, so only the kinds switched off are kept, one row each.
/// </summary>
public sealed class MailOptOut
{
    public Guid TenantId { get; init; }
    public Guid UserId { get; init; }
    public NotificationKind Kind { get; init; }
    public DateTime At { get; init; }
}
