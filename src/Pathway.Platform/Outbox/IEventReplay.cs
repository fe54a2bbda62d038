namespace Pathway.Platform.Outbox;

/// <summary>
/// The events a module would raise for everything it holds now, in a tenant, as if each record had
/// just been written: what a reader of the outbox rebuilds from when its copy is lost, new, or was
/// filled before the events existed. A module implements it for the events it publishes; the events
/// are the same records it raises to the outbox, so a reader handles both alike.
/// </summary>
public interface IEventReplay
{
    /// <summary>The records it replays, in words for progress lines, e.g. "cases".</summary>
    string Name { get; }

    /// <summary>How many records <see cref="ReplayAsync"/> will go through, for progress.</summary>
    Task<long> CountAsync(Guid tenantId, CancellationToken cancellationToken);

    IAsyncEnumerable<IDomainEvent> ReplayAsync(Guid tenantId, CancellationToken cancellationToken);
}
