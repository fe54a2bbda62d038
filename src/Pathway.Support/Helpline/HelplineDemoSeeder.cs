using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Helpline;

/// <summary>The demo office's helpline: the last two weeks of telephony files, imported as a supervisor would.</summary>
internal sealed class HelplineDemoSeeder(HelplineImporter importer, OrganisationDirectory directory, PathwayDbContext db) : IDemoSeeder
{
    public int Order => 50;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        // Seeding runs again when more synthetic persons are added to the demo tenant: the calls are imported once.
        if (await db.Set<CallImport>().AnyAsync(i => i.TenantId == tenant.TenantId, cancellationToken))
        {
            return;
        }

        var zone = await directory.ZoneOfAsync(tenant.TenantId, cancellationToken);
        var today = await directory.TodayOfAsync(tenant.TenantId, cancellationToken);
        var files = DemoTelephony.Generate(today.AddDays(-14), 14, 40, zone, options.RandomSeed);
        await importer.ImportAsync(tenant.TenantId, new HelplineFiles("Master.csv", files.Cdr, "queue_log", files.QueueLog), skipInvalid: false, "demo", cancellationToken);
    }
}
