using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Catalogue;

internal sealed class CaseCatalogue(PathwayDbContext db, ITenantScopeAccessor scope) : ICaseCatalogue
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

    public async Task<DecisionPeriod?> DecisionPeriodAsync(string applicationType, DateOnly day, CancellationToken cancellationToken = default)
    {
        var tenantId = scope.Current.TenantId;
        var types = db.Set<ApplicationType>().Where(t => t.TenantId == tenantId && t.Code == applicationType);
        var periods = await db.Set<DecisionPeriod>().AsNoTracking()
            .Where(p => types.Any(t => t.Id == p.ApplicationTypeId) && p.SupersededAt == null && p.InForceFrom <= day && (p.InForceUntil == null || p.InForceUntil >= day))
            .ToListAsync(cancellationToken);
        return periods.SingleOrDefault(p => p.InForceOn(day));
    }

    public async Task<IReadOnlyList<StatutorySuspension>> SuspensionsAsync(PermitKind? permit = null, CancellationToken cancellationToken = default)
    {
        var tenantId = scope.Current.TenantId;
        var rows = await db.Set<StatutorySuspension>().AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.SupersededAt == null && (permit == null || s.Permit == permit))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(s => s.From).ThenBy(s => s.Permit)];
    }
}
