namespace Pathway.Platform.Outbox;

public static class OutboxEventNames
{
    /// <summary>The stored type name of an event: stable across assembly versions.</summary>
    public static string Of(Type eventType) => eventType.FullName ?? eventType.Name;

    public static string Of<TEvent>() where TEvent : IDomainEvent => Of(typeof(TEvent));
}
