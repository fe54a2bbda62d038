using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.Series;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.Demo;

internal sealed class DemoSeriesSeeder(PathwayDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 20;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        // Seeders run again when more persons are added to the demo tenant; the series are seeded once.
        if (await db.Set<StoredSeries>().IgnoreQueryFilters().AnyAsync(s => s.TenantId == tenant.TenantId && s.Source == SeriesSource.Demo, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var generator = new DemoSeriesGenerator(options.RandomSeed, tenant.OfficeUnitIds[0], tenant.OfficeUnitIds[^1]);
        var series = generator.Generate(DateOnly.FromDateTime(now));
        foreach (var demo in series)
        {
            db.Add(StoredSeries.From(demo.Series, demo.Description, tenant.TenantId, demo.OwnerId, SeriesSource.Demo, now, createdBy: null));
        }

        // A handful of series, saved at once: no progress worth reporting.
        await db.SaveChangesAsync(cancellationToken);
    }
}
