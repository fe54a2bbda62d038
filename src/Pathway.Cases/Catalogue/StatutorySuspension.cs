using Pathway.Cases.TimeLimits;

namespace Pathway.Cases.Catalogue;

/// <summary>
/// A period in which an act suspended the time limits for deciding one kind of permit (KPA art.
/// 35 §5 lets such periods not count). One row per permit kind, because acts name them one by one
/// and their ends have moved separately.
/// </summary>
public sealed class StatutorySuspension
{
    public const int MaxNameLength = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public PermitKind Permit { get; init; }
    public DateOnly From { get; init; }
    public DateOnly Until { get; init; }

    /// <summary>The English description, also the key of its translations.</summary>
    public string Name { get; init; } = "";
    public string LegalSource { get; init; } = "";
    public bool Verified { get; init; }

    /// <summary>When an act moved the end and a row with the new end replaced this one (kept for the deadlines computed with it).</summary>
    public DateTime? SupersededAt { get; internal set; }

    public ExcludedPeriod AsExcluded(string reason) => new(From, Until, reason);
}
