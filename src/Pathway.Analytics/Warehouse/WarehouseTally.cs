namespace Pathway.Analytics.Warehouse;

/// <summary>
/// What a tenant's warehouse holds and when it last changed, kept as its facts are written: counting
/// twenty million case steps took the warehouse page seconds, and finding the newest of them took the
/// open-data page half a minute, on every visit. Every writer of facts adds what it wrote in the same
/// transaction, and a rebuild removes the tenant's tally with its facts, so the tally and the facts
/// cannot part.
/// </summary>
public sealed class WarehouseTally
{
    public Guid TenantId { get; init; }

    /// <summary>The case steps held (a step is written once and never changed).</summary>
    public long Steps { get; init; }

    /// <summary>Fact rows written or changed since the tally began (with the last rebuild): it only rises, so it tells one state of the facts from another.</summary>
    public long Changes { get; init; }

    /// <summary>When a writer last changed a fact.</summary>
    public DateTime ChangedAt { get; init; }
}
