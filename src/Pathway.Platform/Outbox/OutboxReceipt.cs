namespace Pathway.Platform.Outbox;

/// <summary>Proof that a consumer handled a message, so a redelivery is skipped.</summary>
public sealed class OutboxReceipt
{
    public Guid MessageId { get; set; }
    public required string Consumer { get; set; }
    public DateTime HandledAt { get; set; }
}
