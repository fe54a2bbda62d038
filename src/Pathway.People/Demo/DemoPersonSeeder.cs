using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;

namespace Pathway.People.Demo;

internal sealed class DemoPersonSeeder(PathwayDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 10;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        var generator = new DemoPersonGenerator(options.RandomSeed, tenant.TenantId, tenant.OfficeUnitIds, tenant.NgoId, clock.GetUtcNow().UtcDateTime, options.DuplicateShare);
        var written = new Progress<long>(done => progress?.Report(new DemoSeedProgress("persons", done, options.Persons)));
        await PersonBulkWriter.WriteAsync(db, generator.Generate(options.Persons), options.Persons, written, cancellationToken);
    }
}
