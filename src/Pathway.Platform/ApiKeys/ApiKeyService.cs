using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Identity;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;

namespace Pathway.Platform.ApiKeys;

public sealed record ApiKeyView(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, Guid OrganisationId, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

public sealed record CreatedApiKey(ApiKeyView Key, string Secret);

/// <summary>Issues, lists and revokes API keys of one tenant.</summary>
public sealed class ApiKeyService(PathwayDbContext db, TimeProvider clock, PermissionCatalog permissions)
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    public async Task<IReadOnlyList<ApiKeyView>> ListAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        (await db.ApiKeys.AsNoTracking().Where(k => k.TenantId == tenantId).OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken))
        .Select(ToView).ToList();

    /// <summary>Scopes must be known permissions; the lifetime at most a year, so a forgotten key dies.</summary>
    public async Task<CreatedApiKey> CreateAsync(Guid tenantId, Guid organisationId, string name, IReadOnlyCollection<string> scopes, int validDays, Guid? createdBy, CancellationToken cancellationToken = default)
    {
        var unknown = scopes.Where(s => !permissions.Exists(s)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown scopes: {string.Join(", ", unknown)}", nameof(scopes));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (secret, prefix, hash) = ApiKeySecret.Create();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            OrganisationId = organisationId,
            Name = name.Trim(),
            Prefix = prefix,
            SecretHash = hash,
            Scopes = string.Join(' ', scopes.Distinct(StringComparer.Ordinal)),
            CreatedAt = now,
            CreatedBy = createdBy,
            ExpiresAt = now.AddDays(Math.Clamp(validDays, 1, (int)MaxLifetime.TotalDays)),
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(ToView(key), secret);
    }

    /// <summary>
    /// Replaces the scopes of a key still in use (a partner granted other datasets): the key holds
    /// the new ones from its next call. Scopes must be known permissions; false for no such key.
    /// </summary>
    public async Task<bool> ChangeScopesAsync(Guid tenantId, Guid id, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken = default)
    {
        var unknown = scopes.Where(s => !permissions.Exists(s)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown scopes: {string.Join(", ", unknown)}", nameof(scopes));
        }

        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.TenantId == tenantId, cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.Scopes = string.Join(' ', scopes.Distinct(StringComparer.Ordinal));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> RevokeAsync(Guid tenantId, Guid id, CancellationToken cancellationToken = default)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.TenantId == tenantId, cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static ApiKeyView ToView(ApiKey k) => new(k.Id, k.Name, k.Prefix, k.ScopeList, k.OrganisationId, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt);
}
