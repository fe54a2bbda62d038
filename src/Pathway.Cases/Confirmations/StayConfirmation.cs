using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Confirmations;

/// <summary>
/// The office's confirmation that the applicant's stay is legal while the case runs (act on foreigners
/// art. 108 ust. 1 pkt 1): issued once the application is formally complete. Its validity is not stored:
/// it is read from the case each time (<see cref="StayValidity"/>), so it ends by itself with the case.
/// </summary>
public sealed class StayConfirmation : ITenantOwned
{
    public const int MaxNumberLength = 20;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid CaseId { get; init; }
    /// <summary>The confirmation's own number, e.g. <c>LS/2026/00042</c>; the only thing besides validity the public check shows.</summary>
    public string Number { get; init; } = "";
    /// <summary>128 random bits in base32 without the grouping dashes: unguessable, so the public check reveals nothing to a guesser.</summary>
    public string Code { get; init; } = "";
    public DateOnly IssuedOn { get; init; }
    public DateTime IssuedAt { get; init; }
    public Guid IssuedBy { get; init; }
}
