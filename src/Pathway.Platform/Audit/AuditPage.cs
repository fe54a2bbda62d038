namespace Pathway.Platform.Audit;

/// <summary>One page of entries, newest first; <see cref="OlderBefore"/> is the cursor of the next page, null on the last.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? OlderBefore);
