namespace Pathway.Platform.Outbox;

/// <summary>
/// A consumer that takes the messages of a claimed batch together, in one transaction with their
/// receipts: for a reader that writes a row or two per message (the warehouse), where a transaction,
/// a receipt check and a commit per message would cost more than the message's own work. Should the
/// batch fail, the dispatcher delivers its messages one at a time through
/// <see cref="IOutboxConsumer.HandleAsync"/>, so one bad message stops only itself.
/// </summary>
public interface IOutboxBatchConsumer : IOutboxConsumer
{
    /// <summary>Handles the messages in their order, in the caller's transaction (none has a receipt of this consumer yet).</summary>
    Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);
}
