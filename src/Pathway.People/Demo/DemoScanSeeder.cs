using Microsoft.Extensions.Options;
using Pathway.Matching;
using Pathway.People.Duplicates;
using Pathway.Platform.Demo;

namespace Pathway.People.Demo;

/// <summary>
/// Scans the freshly seeded registry, so that the demo's second records are in the review queue
/// from the start rather than after the first night. <c>Registry:ScanAtSeed</c> (default true)
/// turns it off, for hosts that seed often and do not look at the queue.
/// </summary>
internal sealed class DemoScanSeeder(IRegistryScan scan, IOptions<RegistryOptions> registry) : IDemoSeeder
{
    // After every seeder that adds persons.
    public int Order => 1_000;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        if (!registry.Value.ScanWhenSeeding || options.Persons == 0)
        {
            return;
        }

        var scanned = progress is null ? null : new Progress<LinkageProgress>(p => progress.Report(new DemoSeedProgress("duplicate scan", p.Done, p.Total)));
        await scan.RunAsync(tenant.TenantId, "seed", scanned, cancellationToken);
    }
}
