using Pathway.Platform.Tenancy;

namespace Pathway.Support.Retention;

/// <summary>
/// A legal hold on a support case (proceedings, a complaint, an authority's request): while it
/// stands the case is not anonymised and none of its records is deleted, whatever the retention
/// rules say. Placed and lifted by a supervisor of the case's organisation, each with the reason.
/// </summary>
public sealed class LegalHold : ITenantOwned
{
    public const int MaxReasonLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid BeneficiaryId { get; init; }
    public required string CaseNumber { get; init; }
    public required string Reason { get; init; }

    /// <summary>The last day the hold stands (the office's day), when it was placed for a time; null until lifted.</summary>
    public DateOnly? Until { get; init; }

    public DateTime PlacedAt { get; init; }
    public required string PlacedBy { get; init; }
    public DateTime? LiftedAt { get; private set; }
    public string? LiftedBy { get; private set; }
    public string? LiftReason { get; private set; }

    /// <summary>Whether the hold stands on <paramref name="today"/>: not lifted, and not past its last day.</summary>
    public bool StandsOn(DateOnly today) => LiftedAt is null && (Until is null || Until >= today);

    internal bool Lift(string reason, string by, DateTime at)
    {
        if (LiftedAt is not null)
        {
            return false;
        }

        (LiftedAt, LiftedBy, LiftReason) = (at, by, reason);
        return true;
    }
}
