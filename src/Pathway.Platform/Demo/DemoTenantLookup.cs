using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Platform.Demo;

/// <summary>Finds the demo tenant of a database, its office units listed from the one its demo officer works in.</summary>
public static class DemoTenantLookup
{
    public static async Task<DemoTenant?> FindAsync(PathwayDbContext db, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Slug == DemoAccounts.TenantSlug, cancellationToken);
        if (tenant is null)
        {
            return null;
        }

        var organisations = await db.Organisations.Where(o => o.TenantId == tenant.Id).ToListAsync(cancellationToken);
        var officerEmail = DemoAccounts.EmailOf(Roles.CaseOfficer).ToUpperInvariant();
        var officerUnit = await db.Users.Where(u => u.NormalizedEmail == officerEmail).Select(u => u.OrganisationId).FirstOrDefaultAsync(cancellationToken);
        return new DemoTenant(
            tenant.Id,
            [.. organisations.Where(o => o.Kind == OrganisationKind.OfficeUnit).OrderBy(o => o.Id == officerUnit ? 0 : 1).ThenBy(o => o.Name, StringComparer.Ordinal).Select(o => o.Id)],
            organisations.First(o => o.Kind == OrganisationKind.PartnerNgo).Id);
    }
}
