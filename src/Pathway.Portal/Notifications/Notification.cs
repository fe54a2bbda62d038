using System.Text.Json.Serialization;
using Pathway.Platform.Outbox;

namespace Pathway.Portal.Notifications;

/// <summary>
/// Something the platform tells one person (a document of theirs ends soon, an organisation
/// answered). Kept as its kind and arguments, not as words: it is put into words when read, so it
/// is always in the language the person reads in now, dates written the way that language writes them.
/// </summary>
public sealed class Notification : IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

    public const int MaxArgumentLength = 200;
    public const int MaxLinkLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid UserId { get; init; }
    public NotificationKind Kind { get; init; }

    /// <summary>What the message names, in order (a document's name, a date as yyyy-MM-dd, an organisation).</summary>
    public string First { get; init; } = "";

    public string? Second { get; init; }

    /// <summary>Where the person acts on it, within the site (e.g. my/documents).</summary>
    public string Link { get; init; } = "";

    public DateTime CreatedAt { get; init; }
    public DateTime? ReadAt { get; set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    /// <summary>Told: the person is sent it by e-mail too, once it is saved (the outbox carries it).</summary>
    internal void Told() => domainEvents.Add(new NotificationCreated(Id, TenantId, UserId));
}

/// <summary>A notification was saved for a person: the e-mail of it follows.</summary>
public sealed record NotificationCreated(Guid NotificationId, Guid TenantId, Guid UserId) : IDomainEvent;

[JsonConverter(typeof(JsonStringEnumConverter<NotificationKind>))]
public enum NotificationKind
{
    /// <summary>A wallet document ends within a month or a week: First its name, Second its end (yyyy-MM-dd).</summary>
    DocumentEndsSoon,

    /// <summary>A wallet document has ended (or ends today): First its name, Second its end.</summary>
    DocumentEnded,

    /// <summary>An organisation confirmed a document: First the document's name, Second the organisation.</summary>
    DocumentConfirmed,

    /// <summary>An organisation declined to confirm a document: First the document's name, Second the organisation.</summary>
    DocumentDeclined,
}
