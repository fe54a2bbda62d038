namespace Pathway.Analytics.Warehouse;

/// <summary>
/// How many case steps a tenant's warehouse holds, kept as they are written: counting twenty million
/// rows took the warehouse page seconds on every visit. Every writer of a step adds what it inserted in
/// the same transaction (a step is written once, never changed, and removed only by a rebuild, which
/// removes its tenant's tally with the facts), so the tally and the facts cannot part.
/// </summary>
public sealed class CaseStepTally
{
    public Guid TenantId { get; init; }
    public long Steps { get; init; }
}
