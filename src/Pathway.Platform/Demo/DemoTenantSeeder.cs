using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Platform.Demo;

/// <summary>
/// Creates the demo tenant (a voivodeship foreigners' office with one partner NGO), the roles,
/// one account per role, then runs the modules' seeders. Does nothing when a tenant exists.
/// </summary>
public sealed class DemoTenantSeeder(IServiceProvider services, TimeProvider clock)
{
    /// <summary>The demo office is the Masovian voivode's: its units serve mazowieckie (TERYT 14).</summary>
    public const string OfficeVoivodeship = "14";

    public async Task<bool> SeedIfEmptyAsync(DemoSeedOptions options, IProgress<DemoSeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<PathwayDbContext>();
        if (await db.Tenants.AnyAsync(cancellationToken))
        {
            return false;
        }

        await EnsureRolesAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var tenant = new Tenant
        {
            Id = Guid.CreateVersion7(),
            Slug = DemoAccounts.TenantSlug,
            Name = "Mazowiecki Urząd Wojewódzki — Wydział Spraw Cudzoziemców",
            DefaultCulture = "pl",
            CreatedAt = now,
        };
        var residence = new Organisation { Id = Guid.CreateVersion7(), TenantId = tenant.Id, Name = "Oddział Legalizacji Pobytu", Kind = OrganisationKind.OfficeUnit, Voivodeship = OfficeVoivodeship };
        var clients = new Organisation { Id = Guid.CreateVersion7(), TenantId = tenant.Id, Name = "Oddział Obsługi Klienta", Kind = OrganisationKind.OfficeUnit, Voivodeship = OfficeVoivodeship };
        var ngo = new Organisation { Id = Guid.CreateVersion7(), TenantId = tenant.Id, Name = "Fundacja Wspólna Droga", Kind = OrganisationKind.PartnerNgo };
        db.AddRange(tenant, residence, clients, ngo);
        await db.SaveChangesAsync(cancellationToken);

        var users = services.GetRequiredService<UserManager<PathwayUser>>();
        foreach (var (role, email, name, isNgo) in DemoAccounts.All)
        {
            var user = new PathwayUser
            {
                Id = Guid.CreateVersion7(),
                TenantId = tenant.Id,
                OrganisationId = role == Roles.Migrant ? null : isNgo ? ngo.Id : residence.Id,
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                CreatedAt = now,
                LockoutEnabled = true,
            };
            Check(await users.CreateAsync(user, DemoAccounts.Password), email);
            Check(await users.AddToRoleAsync(user, role), email);
        }

        var demo = new DemoTenant(tenant.Id, [residence.Id, clients.Id], ngo.Id);
        await RunModuleSeedersAsync(demo, options, progress, cancellationToken);

        await db.AuditNowAsync(new AuditRecord("seed", nameof(Tenant), tenant.Id.ToString(), Details: string.Create(CultureInfo.InvariantCulture, $"demo tenant with {options.Persons} persons")), cancellationToken);
        services.GetService<OrganisationDirectory>()?.Invalidate();
        return true;
    }

    /// <summary>Adds synthetic records to the existing demo tenant (for load and benchmark data).</summary>
    public async Task AddToDemoTenantAsync(DemoSeedOptions options, IProgress<DemoSeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<PathwayDbContext>();
        var demo = await DemoTenantLookup.FindAsync(db, cancellationToken)
            ?? throw new InvalidOperationException($"There is no demo tenant '{DemoAccounts.TenantSlug}' in this database.");
        // A demo tenant made before organisations had a voivodeship gets its units' now; one set by hand stays.
        var unplaced = await db.Organisations.Where(o => o.TenantId == demo.TenantId && o.Kind == OrganisationKind.OfficeUnit && o.Voivodeship == null).ToListAsync(cancellationToken);
        if (unplaced.Count > 0)
        {
            unplaced.ForEach(o => o.Voivodeship = OfficeVoivodeship);
            await db.SaveChangesAsync(cancellationToken);
            services.GetService<OrganisationDirectory>()?.Invalidate();
        }

        await RunModuleSeedersAsync(demo, options, progress, cancellationToken);

        await db.AuditNowAsync(new AuditRecord("seed", nameof(Tenant), demo.TenantId.ToString(), Details: string.Create(CultureInfo.InvariantCulture, $"added {options.Persons} synthetic persons")), cancellationToken);
    }

    private async Task RunModuleSeedersAsync(DemoTenant demo, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        foreach (var seeder in services.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(demo, options, progress, cancellationToken);
        }
    }

    public async Task EnsureRolesAsync(CancellationToken cancellationToken)
    {
        var roles = services.GetRequiredService<RoleManager<PathwayRole>>();
        foreach (var role in Roles.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new PathwayRole(role) { Id = Guid.CreateVersion7() }), role);
            }
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
