using Pathway.Platform.Tenancy;

namespace Pathway.Support.Sealing;

/// <summary>
/// A case opened by break-glass: a member of the organisation's staff who may not open the case
/// (it is sealed, or they are not on its team) needed it now, wrote why, and opened it for a few
/// hours. The organisation's supervisors are alerted and review each such opening; it is audited.
/// </summary>
public sealed class BreakGlassAccess : ITenantOwned
{
    public const int MaxReasonLength = 1000;

    /// <summary>The longest a break-glass opening lasts: a working day's emergency, not a standing access.</summary>
    public const int MaxHours = 8;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>The organisation holding the case.</summary>
    public Guid OrganisationId { get; init; }

    public Guid BeneficiaryId { get; init; }
    public required string CaseNumber { get; init; }
    public Guid UserId { get; init; }
    public required string UserName { get; init; }
    public required string Reason { get; init; }
    public DateTime OpenedAt { get; init; }
    public DateTime ExpiresAt { get; init; }

    /// <summary>When a supervisor looked at the opening and found it right (or noted what was not).</summary>
    public DateTime? ReviewedAt { get; private set; }

    public string? ReviewedBy { get; private set; }
    public string? ReviewNote { get; private set; }

    public bool IsOpen(DateTime now) => ExpiresAt > now;

    internal bool Review(string by, string? note, DateTime at)
    {
        if (ReviewedAt is not null)
        {
            return false;
        }

        ReviewedAt = at;
        ReviewedBy = by;
        ReviewNote = note;
        return true;
    }
}
