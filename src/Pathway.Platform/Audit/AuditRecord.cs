namespace Pathway.Platform.Audit;

/// <summary>What happened, before it is placed in the chain.</summary>
public sealed record AuditRecord(
    string Action,
    string EntityType = "",
    string EntityId = "",
    string? Reason = null,
    string? Details = null);
