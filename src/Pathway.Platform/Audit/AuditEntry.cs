namespace Pathway.Platform.Audit;

/// <summary>
/// One link of the append-only audit chain. Rows are never updated or deleted (the database
/// refuses it); each row's hash covers its content and the previous row's hash.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, from 1, without gaps.</summary>
    public long Sequence { get; set; }
    public DateTime At { get; set; }
    public Guid? TenantId { get; set; }
    public Guid? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public required string Action { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string? Reason { get; set; }
    public string? Details { get; set; }
    public string? ClientAddress { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
