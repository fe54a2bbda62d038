namespace Pathway.Platform.Outbox;

/// <summary>A domain event stored in the same transaction as the change that raised it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public required string Type { get; set; }
    public required string Payload { get; set; }
    public DateTime OccurredAt { get; set; }
    public DateTime? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    /// <summary>A dispatcher that claimed the message holds it until then; after that another node may take it.</summary>
    public DateTime? LockedUntil { get; set; }
    public string? LockedBy { get; set; }
}
