using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;
using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Retention;

/// <summary>A legal hold the demo NGO's supervisor placed on a closed case, so the retention page shows one.</summary>
internal sealed class RetentionDemoSeeder(PathwayDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 60;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        // Seeding runs again when more synthetic persons are added to the demo tenant: the hold is placed once.
        var held = await db.Set<Beneficiary>().FirstOrDefaultAsync(b => b.OrganisationId == tenant.NgoId && b.Surname == "Tkachuk", cancellationToken);
        if (held is null || await db.Set<LegalHold>().AnyAsync(h => h.OrganisationId == tenant.NgoId, cancellationToken))
        {
            return;
        }

        db.Add(new LegalHold
        {
            TenantId = tenant.TenantId, OrganisationId = tenant.NgoId, BeneficiaryId = held.Id, CaseNumber = held.Number,
            Reason = "Skarga do wojewody na odmowę pomocy społecznej w toku: akta sprawy mogą być potrzebne jako dowód.",
            PlacedAt = clock.GetUtcNow().UtcDateTime.AddDays(-20), PlacedBy = DemoAccounts.NgoSupervisor,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
