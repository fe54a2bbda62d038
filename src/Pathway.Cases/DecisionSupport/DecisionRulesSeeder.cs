using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Catalogue;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;

namespace Pathway.Cases.DecisionSupport;

/// <summary>Gives each of the demo tenant's application types the default decision rules, once.</summary>
internal sealed class DecisionRulesSeeder(PathwayDbContext db, TimeProvider clock) : IDemoSeeder
{
    // After the catalogue (30), whose types it names.
    public int Order => 31;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        var types = await db.Set<ApplicationType>().Where(t => t.TenantId == tenant.TenantId).Select(t => t.Code).ToListAsync(cancellationToken);
        var present = await db.Set<DecisionRuleSet>().Where(r => r.TenantId == tenant.TenantId).Select(r => r.ApplicationType).ToListAsync(cancellationToken);
        db.AddRange(types.Except(present, StringComparer.Ordinal).Select(code => new DecisionRuleSet
        {
            TenantId = tenant.TenantId, ApplicationType = code, Yaml = DecisionRules.Default, UpdatedAt = clock.GetUtcNow().UtcDateTime,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
