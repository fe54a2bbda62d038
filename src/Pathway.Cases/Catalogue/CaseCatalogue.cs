using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Catalogue;

internal sealed class CaseCatalogue(PathwayDbContext db, ITenantScopeAccessor scope, IMemoryCache cache) : ICaseCatalogue
{
    public async Task<IReadOnlyList<CatalogueEntry>> InForceAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        // Reference data, not personal data: no tenancy filter on the table, so the tenant is named here.
        var tenantId = scope.Current.TenantId;
        var types = await db.Set<ApplicationType>().AsNoTracking()
            .Where(t => t.TenantId == tenantId)
            .Include(t => t.DecisionPeriods)
            .Include(t => t.StampDuties)
            .Include(t => t.Documents)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. types.OrderBy(t => t.Permit).ThenBy(t => t.Code, StringComparer.Ordinal).Select(t => CatalogueEntry.On(t, day))];
    }

    public async Task<DecisionPeriod?> DecisionPeriodAsync(string applicationType, DateOnly day, CancellationToken cancellationToken = default) =>
        (await ClockRulesAsync(cancellationToken)).Periods
            .Where(p => p.ApplicationType == applicationType && p.Period.InForceOn(day)).Select(p => p.Period).SingleOrDefault();

    public async Task<IReadOnlyList<StatutorySuspension>> SuspensionsAsync(PermitKind? permit = null, CancellationToken cancellationToken = default) =>
        [.. (await ClockRulesAsync(cancellationToken)).Suspensions.Where(s => permit == null || s.Permit == permit)];

    /// <summary>
    /// What every case's clock is read with, kept for a short while: a transition reads it each
    /// time, and it changes only with the law. A change on this node forgets it at once
    /// (<see cref="CatalogueCache.Forget"/>); other nodes see it within <see cref="CatalogueCache.KeptFor"/>.
    /// </summary>
    private async Task<CatalogueCache.ClockRules> ClockRulesAsync(CancellationToken cancellationToken)
    {
        // Reference data, not personal data: no tenancy filter on the tables, so the tenant is named here.
        var tenantId = scope.Current.TenantId;
        return (await cache.GetOrCreateAsync(CatalogueCache.KeyOf(tenantId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CatalogueCache.KeptFor;
            var types = db.Set<ApplicationType>().Where(t => t.TenantId == tenantId);
            var periods = await db.Set<DecisionPeriod>().AsNoTracking()
                .Where(p => p.SupersededAt == null)
                .Join(types, p => p.ApplicationTypeId, t => t.Id, (p, t) => new { t.Code, Period = p })
                .ToListAsync(cancellationToken);
            var suspensions = await db.Set<StatutorySuspension>().AsNoTracking()
                .Where(s => s.TenantId == tenantId && s.SupersededAt == null)
                .ToListAsync(cancellationToken);
            return new CatalogueCache.ClockRules(
                [.. periods.Select(p => (p.Code, p.Period))],
                [.. suspensions.OrderBy(s => s.From).ThenBy(s => s.Permit)]);
        }))!;
    }
}

/// <summary>The cached part of a tenant's catalogue that case clocks are read with.</summary>
internal static class CatalogueCache
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(30);

    public sealed record ClockRules(IReadOnlyList<(string ApplicationType, DecisionPeriod Period)> Periods, IReadOnlyList<StatutorySuspension> Suspensions);

    public static object KeyOf(Guid tenantId) => (nameof(CatalogueCache), tenantId);

    /// <summary>Called by every change of the catalogue, after it is saved.</summary>
    public static void Forget(IMemoryCache cache, Guid tenantId) => cache.Remove(KeyOf(tenantId));
}
