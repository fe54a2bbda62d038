namespace Pathway.Platform.Outbox;

/// <summary>Something that happened in a module that other modules may react to.</summary>
public interface IDomainEvent;

/// <summary>
/// An event that names its tenant: the outbox keeps it with that tenant when the entity that raised it is
/// not tenant-owned itself (a support service, a helpline import).
/// </summary>
public interface ITenantEvent : IDomainEvent
{
    Guid TenantId { get; }
}

/// <summary>An entity that records domain events; the platform moves them to the outbox when it saves.</summary>
public interface IHasDomainEvents
{
    IReadOnlyList<IDomainEvent> DomainEvents { get; }
    void ClearDomainEvents();
}
