using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;

namespace Pathway.Portal.Services;

/// <summary>Readers' ratings of the directory's services: given anonymously, summed up per service.</summary>
public sealed class ServiceRatings(PathwayDbContext db, ITenantScopeAccessor scope, OrganisationDirectory directory, TimeProvider clock)
{
    /// <summary>Rates a published service; false when there is none by that address.</summary>
    public async Task<bool> RateAsync(string slug, int stars, string language, CancellationToken cancellationToken = default)
    {
        var tenant = scope.Current.TenantId;
        var item = await db.Set<ContentItem>().AsNoTracking().Include(i => i.Texts)
            .FirstOrDefaultAsync(i => i.TenantId == tenant && i.Slug == slug && i.Kind == ContentKind.Service, cancellationToken);
        if (item is null || ContentDesk.ShownLanguage(item, language) is null)
        {
            return false;
        }

        var rating = new ServiceRating { TenantId = tenant, ItemId = item.Id, Stars = stars, Language = language, At = clock.GetUtcNow().UtcDateTime };
        rating.Told(await directory.ZoneOfAsync(tenant, cancellationToken));
        db.Add(rating);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The summary of each listed service's ratings, by item; a service nobody rated is absent.</summary>
    public async Task<IReadOnlyDictionary<Guid, RatingSummary>> SummariesAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken = default)
    {
        var tenant = scope.Current.TenantId;
        var counts = await db.Set<ServiceRating>().AsNoTracking()
            .Where(r => r.TenantId == tenant && itemIds.Contains(r.ItemId))
            .GroupBy(r => new { r.ItemId, r.Stars }).Select(g => new { g.Key.ItemId, g.Key.Stars, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.GroupBy(c => c.ItemId).ToDictionary(g => g.Key, g => RatingSummary.Of(g.SelectMany(c => Enumerable.Repeat(c.Stars, c.Count))));
    }

    public async Task<RatingSummary> SummaryAsync(Guid itemId, CancellationToken cancellationToken = default) =>
        (await SummariesAsync([itemId], cancellationToken)).GetValueOrDefault(itemId) ?? RatingSummary.None;
}
