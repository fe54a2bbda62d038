using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.ApiKeys;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.DataExchange;

/// <summary>
/// The partners of the caller's office and their keys, for the administrators' page and API, and the
/// partner behind a key, for the partner API. Keys are the platform's (<see cref="ApiKeyService"/>):
/// issued with the datasets granted as scopes, and given the new scopes whenever the grants change.
/// </summary>
public sealed class PartnerDesk(PathwayDbContext db, ApiKeyService keys, ITenantScopeAccessor scope, TimeProvider clock)
{
    private Guid Tenant => scope.Current.TenantId;

    public async Task<IReadOnlyList<PartnerView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var partners = await db.Set<Partner>().AsNoTracking().Where(p => p.TenantId == Tenant).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return await ViewsAsync(partners, cancellationToken);
    }

    public async Task<PartnerView?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Set<Partner>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.TenantId == Tenant, cancellationToken) is { } partner
            ? (await ViewsAsync([partner], cancellationToken))[0]
            : null;

    /// <summary>Records a partner; null with the errors when a field is wrong or the name is taken.</summary>
    public async Task<PartnerView?> RecordAsync(PartnerRequest request, ClaimsPrincipal by, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        if (PartnerTermsCheck.Read(request, errors) is not { } terms || !await NameFreeAsync(terms.Name, null, errors, cancellationToken))
        {
            return null;
        }

        var partner = Partner.Record(Tenant, by.GetOrganisationId() ?? Guid.Empty, terms, clock.GetUtcNow().UtcDateTime, by.GetUserId());
        db.Add(partner);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(partner.Id, cancellationToken);
    }

    /// <summary>Changes a partner's name, contact, datasets and rate limit; its keys get the datasets as scopes at once. Null with the errors, or for no such partner.</summary>
    public async Task<PartnerView?> ChangeAsync(Guid id, PartnerRequest request, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        var partner = await db.Set<Partner>().FirstOrDefaultAsync(p => p.Id == id && p.TenantId == Tenant, cancellationToken);
        if (partner is null || PartnerTermsCheck.Read(request, errors) is not { } terms || !await NameFreeAsync(terms.Name, id, errors, cancellationToken))
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        partner.Change(terms);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var keyId in await KeyIdsAsync(id, cancellationToken))
        {
            await keys.ChangeScopesAsync(Tenant, keyId, Scopes(partner), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Suspends (every call of its keys refused) or resumes a partner; null for no such partner.</summary>
    public async Task<PartnerView?> SuspendAsync(Guid id, bool suspended, CancellationToken cancellationToken = default)
    {
        var partner = await db.Set<Partner>().FirstOrDefaultAsync(p => p.Id == id && p.TenantId == Tenant, cancellationToken);
        if (partner is null)
        {
            return null;
        }

        if (suspended)
        {
            partner.Suspend(clock.GetUtcNow().UtcDateTime);
        }
        else
        {
            partner.Resume();
        }

        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>
    /// Issues a key to a partner, its scopes the datasets granted: the secret is in the answer only.
    /// Null for no such partner, or with the errors (a partner granted nothing has nothing to read).
    /// </summary>
    public async Task<IssuedPartnerKey?> IssueKeyAsync(Guid id, PartnerKeyRequest request, ClaimsPrincipal by, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        var partner = await db.Set<Partner>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.TenantId == Tenant, cancellationToken);
        if (partner is null || PartnerTermsCheck.Read(request, partner.Name, errors) is not { } key)
        {
            return null;
        }

        if (partner.DatasetList.Count == 0)
        {
            errors.Add("datasets", "Grant the partner at least one dataset before issuing a key.");
            return null;
        }

        // The key and its link to the partner are kept together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await keys.CreateAsync(Tenant, partner.OrganisationId, key.Name, Scopes(partner), key.ValidDays, by.GetUserId(), cancellationToken);
        db.Add(new PartnerKey { ApiKeyId = created.Key.Id, PartnerId = partner.Id });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new IssuedPartnerKey(partner.Id, created.Key, created.Secret);
    }

    /// <summary>Revokes one of a partner's keys at once; false when the partner has no such key.</summary>
    public async Task<bool> RevokeKeyAsync(Guid id, Guid keyId, CancellationToken cancellationToken = default)
    {
        var linked = await db.Set<PartnerKey>().AnyAsync(k => k.ApiKeyId == keyId && k.PartnerId == id, cancellationToken)
            && await db.Set<Partner>().AnyAsync(p => p.Id == id && p.TenantId == Tenant, cancellationToken);
        return linked && await keys.RevokeAsync(Tenant, keyId, cancellationToken);
    }

    /// <summary>The partner a key-authenticated caller speaks for; null for a person, or for a key issued to no partner.</summary>
    public async Task<Partner?> CallerAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(user.FindFirstValue(PathwayClaims.ApiKeyId), out var keyId))
        {
            return null;
        }

        var partnerId = await db.Set<PartnerKey>().AsNoTracking().Where(k => k.ApiKeyId == keyId).Select(k => (Guid?)k.PartnerId).FirstOrDefaultAsync(cancellationToken);
        return partnerId is null ? null : await db.Set<Partner>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId && p.TenantId == Tenant, cancellationToken);
    }

    private static List<string> Scopes(Partner partner) => [.. partner.DatasetList.Select(d => DatasetCatalogue.ScopePrefix + d)];

    private async Task<List<Guid>> KeyIdsAsync(Guid partner, CancellationToken cancellationToken) =>
        await db.Set<PartnerKey>().Where(k => k.PartnerId == partner).Select(k => k.ApiKeyId).ToListAsync(cancellationToken);

    private async Task<bool> NameFreeAsync(string name, Guid? self, FieldErrors errors, CancellationToken cancellationToken)
    {
        // Compared in memory: SQLite's and PostgreSQL's text comparisons differ in letter case.
        var names = await db.Set<Partner>().AsNoTracking().Where(p => p.TenantId == Tenant && p.Id != self).Select(p => p.Name).ToListAsync(cancellationToken);
        if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add("name", "A partner named {0} is already recorded.", name);
            return false;
        }

        return true;
    }

    private async Task<IReadOnlyList<PartnerView>> ViewsAsync(IReadOnlyList<Partner> partners, CancellationToken cancellationToken)
    {
        var ids = partners.Select(p => p.Id).ToList();
        var links = await db.Set<PartnerKey>().AsNoTracking().Where(k => ids.Contains(k.PartnerId)).ToListAsync(cancellationToken);
        var all = links.Count == 0 ? [] : await keys.ListAsync(Tenant, cancellationToken);
        return
        [
            .. partners.Select(p => new PartnerView(
                p.Id, p.Name, p.ContactEmail, p.DatasetList, p.RateLimitPerMinute, p.Suspended, p.SuspendedAt, p.CreatedAt,
                [.. all.Where(k => links.Any(l => l.ApiKeyId == k.Id && l.PartnerId == p.Id))])),
        ];
    }
}
