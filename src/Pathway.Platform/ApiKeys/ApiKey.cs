namespace Pathway.Platform.ApiKeys;

/// <summary>
/// A machine client's credential (RFID reader, partner system, script). Only a hash of the
/// secret is stored; the secret is shown once, when the key is created.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    /// <summary>The first characters of the key, shown in lists so people can tell keys apart.</summary>
    public required string Prefix { get; set; }
    public required string SecretHash { get; set; }
    /// <summary>Space-separated permissions the key grants (a subset of <see cref="Identity.Permissions"/>).</summary>
    public required string Scopes { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActive(DateTime now) => RevokedAt is null && ExpiresAt > now;
}
