using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;

namespace Pathway.Platform.Tenancy;

/// <summary>
/// A tenant's rows of one kind, read past the office-unit filter. The scope filter gives a person the
/// rows of the units they work in; some reads are not a unit's: a migrant's own application, case
/// and bookings (the migrant belongs to no unit), a public check by code, a background job or a
/// tenant-wide count. They still never leave the tenant: this is the one place that widens the filter,
/// and it narrows to the tenant in the same breath.
/// </summary>
public static class TenantRows
{
    public static IQueryable<T> TenantRowsOf<T>(this PathwayDbContext db, Guid tenantId)
        where T : class, ITenantOwned =>
        db.Set<T>().IgnoreQueryFilters().Where(row => row.TenantId == tenantId);
}
