using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Catalogue;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;

namespace Pathway.Cases.Demo;

/// <summary>Gives the demo tenant the Polish catalogue of application types.</summary>
internal sealed class CatalogueSeeder(PathwayDbContext db) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        // Seeders run again when more persons are added to the demo tenant; each part is seeded once,
        // so a demo database from before the suspensions existed gets them on its next seeding.
        if (!await db.Set<ApplicationType>().AnyAsync(t => t.TenantId == tenant.TenantId, cancellationToken))
        {
            db.AddRange(PolishCatalogue.For(tenant.TenantId));
        }

        if (!await db.Set<StatutorySuspension>().AnyAsync(s => s.TenantId == tenant.TenantId, cancellationToken))
        {
            db.AddRange(PolishCatalogue.Suspensions(tenant.TenantId));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
