namespace Pathway.Platform.Outbox;

/// <summary>Something that happened in a module that other modules may react to.</summary>
public interface IDomainEvent;

/// <summary>An entity that records domain events; the platform moves them to the outbox when it saves.</summary>
public interface IHasDomainEvents
{
    IReadOnlyList<IDomainEvent> DomainEvents { get; }
    void ClearDomainEvents();
}
