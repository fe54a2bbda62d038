namespace Pathway.Platform.Audit;

/// <summary>What happened, before it is placed in the chain. <paramref name="Actor"/> overrides the current caller (a sign-in names the user it signs in).</summary>
public sealed record AuditRecord(
    string Action,
    string EntityType = "",
    string EntityId = "",
    string? Reason = null,
    string? Details = null,
    AuditActor? Actor = null);
