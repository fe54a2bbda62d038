namespace Pathway.Platform.Outbox;

/// <summary>
/// Reacts to outbox messages. Each consumer has a stable name: a receipt under that name is
/// written in the same transaction as the consumer's own changes, so a message is handled once.
/// </summary>
public interface IOutboxConsumer
{
    string Name { get; }
    bool Handles(string eventType);
    Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
