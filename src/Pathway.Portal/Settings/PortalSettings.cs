using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Caching;
using Pathway.Platform.Identity;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Pictures;

namespace Pathway.Portal.Settings;

/// <summary>What became of a change of the settings, and the version they stand at now.</summary>
public enum SettingsOutcome
{
    Saved,

    /// <summary>Someone saved a change since the editor's version was read: nothing of this one is kept.</summary>
    Conflict,

    NotFound,
}

/// <summary>What became of a change, the version the settings stand at, and (when saved) the office as saved.</summary>
public sealed record SettingsResult(SettingsOutcome Outcome, int Version, Tenant? Saved = null);

/// <summary>
/// An office's portal settings (name, colour, logo, features), changed by its editors without
/// redeploying. A change evicts the cached public pages at once and makes the directory read the
/// office again, so the next page shows it; other nodes follow within seconds (<c>PortalChangeWatcher</c>).
/// </summary>
public sealed class PortalSettings(
    PathwayDbContext db, ITenantScopeAccessor scope, OrganisationDirectory directory, PublicPageCache pages, IEnumerable<FeatureSwitch> features, TimeProvider clock)
{
    public IReadOnlyList<FeatureSwitch> Features { get; } = [.. features.OrderBy(f => f.Order)];

    public Task<Tenant?> ReadAsync(CancellationToken cancellationToken = default) =>
        db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == scope.Current.TenantId, cancellationToken);

    public Task<SettingsResult> SaveAsync(SettingsChange change, int version, ClaimsPrincipal by, CancellationToken cancellationToken = default) =>
        ChangeAsync(version, by, "portal settings", tenant =>
        {
            tenant.DisplayName = change.DisplayName;
            tenant.BrandColour = change.BrandColour;
            tenant.SwitchedOffFeatures = string.Join(',', change.SwitchedOff);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Sets the logo, or removes it (null).</summary>
    public Task<SettingsResult> SetLogoAsync(PreparedPicture? logo, int version, ClaimsPrincipal by, CancellationToken cancellationToken = default) =>
        ChangeAsync(version, by, logo is null ? "portal logo removed" : "portal logo", async tenant =>
        {
            var kept = await db.Set<PortalLogo>().FirstOrDefaultAsync(l => l.TenantId == tenant.Id, cancellationToken);
            if (logo is null)
            {
                if (kept is not null)
                {
                    db.Remove(kept);
                }
            }
            else
            {
                if (kept is null)
                {
                    kept = new PortalLogo { TenantId = tenant.Id };
                    db.Add(kept);
                }

                (kept.Image, kept.Hash, kept.Width, kept.Height) = (logo.Image, logo.Hash, logo.Width, logo.Height);
            }

            tenant.LogoHash = logo?.Hash;
        }, cancellationToken);

    /// <summary>The office's logo by its address; null when the address names no logo (or an old one).</summary>
    public Task<byte[]?> LogoAsync(string hash, CancellationToken cancellationToken = default)
    {
        var tenant = scope.Current.TenantId;
        return db.Set<PortalLogo>().AsNoTracking().Where(l => l.TenantId == tenant && l.Hash == hash).Select(l => l.Image).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<SettingsResult> ChangeAsync(int version, ClaimsPrincipal by, string what, Func<Tenant, Task> change, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Id == scope.Current.TenantId, cancellationToken);
        if (tenant is null)
        {
            return new SettingsResult(SettingsOutcome.NotFound, 0);
        }

        if (tenant.Version != version)
        {
            return new SettingsResult(SettingsOutcome.Conflict, tenant.Version);
        }

        await change(tenant);
        tenant.Version++;
        tenant.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        tenant.UpdatedBy = by.Identity?.Name ?? by.GetUserId()?.ToString() ?? "";
        db.Audit(new AuditRecord(AuditAction.Update, nameof(Tenant), tenant.Id.ToString(), Details: what));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone else between the read and this write (the version is the row's concurrency token).
            db.ChangeTracker.Clear();
            return new SettingsResult(SettingsOutcome.Conflict, await db.Tenants.Where(t => t.Id == tenant.Id).Select(t => t.Version).FirstAsync(cancellationToken));
        }

        directory.Invalidate();
        await pages.EvictAsync(PublicPages.PortalTag, cancellationToken);
        return new SettingsResult(SettingsOutcome.Saved, tenant.Version, tenant);
    }
}
