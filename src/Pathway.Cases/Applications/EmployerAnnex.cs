using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Applications;

/// <summary>
/// The employer's annex to a work application, as the employer filed it through its one-time link:
/// the content as canonical JSON and its SHA-256, which the receipt names among what was filed.
/// </summary>
public sealed class EmployerAnnex : ITenantOwned
{
    public const int MaxContentLength = 8000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid ApplicationId { get; init; }
    public Guid RequestId { get; init; }

    /// <summary>The annex's fields as canonical JSON (fixed order, invariant formats).</summary>
    public string Content { get; init; } = "";
    public string Sha256 { get; init; } = "";
    public DateTime FiledAt { get; init; }
}
