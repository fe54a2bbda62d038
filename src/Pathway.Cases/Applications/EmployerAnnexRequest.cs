using System.Security.Cryptography;
using System.Text;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Applications;

/// <summary>
/// A one-time link sent to the employer to fill in its annex to a work application. Only the SHA-256
/// of the token is kept: the link itself exists only in the e-mail. A new link for the same
/// application removes the old one, so the old link stops working.
/// </summary>
public sealed class EmployerAnnexRequest : ITenantOwned
{
    public const int MaxEmailLength = 254;
    public const int HashLength = 64;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid ApplicationId { get; init; }
    public string Email { get; init; } = "";

    /// <summary>Lower-case hex SHA-256 of the token's text.</summary>
    public string TokenHash { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
    public DateTime? UsedAt { get; internal set; }

    public bool IsExpired(DateTime now) => now >= ExpiresAt;

    /// <summary>A fresh token: 256 random bits, base64url without padding.</summary>
    public static string NewToken() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
