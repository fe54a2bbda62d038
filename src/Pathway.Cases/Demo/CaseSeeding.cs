using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Workflow;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Demo;

/// <summary>Gives the demo tenant's first office unit cases in every state, worked by its demo officer and signed by its supervisor.</summary>
internal sealed class CaseDemoSeeder(PathwayDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const int DemoCases = 120;

    public int Order => 31;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        if (await db.TenantRowsOf<ResidenceCase>(tenant.TenantId).AnyAsync(cancellationToken))
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        await CaseSeeding.SeedAsync(db, tenant, DemoCases, options.RandomSeed, syntheticOfficers: 0, today: today, progress: null, cancellationToken);
        await ApplicantDemoCases.SeedAsync(db, tenant, today, cancellationToken);
    }
}

/// <summary>Writes generated cases in chunks, cases before their timelines, and moves the number sequences past them.</summary>
internal static class CaseSeeding
{
    private const int Chunk = 20_000;

    public static async Task<long> SeedAsync(
        PathwayDbContext db, DemoTenant tenant, int count, int seed, int syntheticOfficers, DateOnly today, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var staff = await CaseOfficers.ListAsync(db, tenant.TenantId, cancellationToken);
        var supervisorEmail = DemoAccounts.EmailOf(Roles.Supervisor).ToUpperInvariant();
        var supervisor = await db.Users.Where(u => u.NormalizedEmail == supervisorEmail).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        // A benchmark's office has many officers, so one officer's queue is the size a real one is.
        List<Guid> officers = [.. staff.Select(o => o.Id), .. Enumerable.Range(0, syntheticOfficers).Select(i => new Guid(i + 1, 0, 0, new byte[8]))];
        var generator = new CaseHistoryGenerator(tenant.TenantId, tenant.OfficeUnitIds[0], officers, supervisor, today, seed);
        var unitMark = await UnitMarkAsync(db, tenant.TenantId, cancellationToken);
        long written = 0;
        foreach (var chunk in generator.Generate(count, unitMark).Chunk(Chunk))
        {
            await BulkInsert.WriteAsync(db, chunk, cancellationToken);
            await BulkInsert.WriteAsync(db, chunk.SelectMany(c => c.Events), cancellationToken);
            await BulkInsert.WriteAsync(db, chunk.SelectMany(c => c.NameWords), cancellationToken);
            await BulkInsert.WriteAsync(db, chunk.SelectMany(c => c.Suspensions), cancellationToken);
            written += chunk.Length;
            progress?.Report(written);
        }

        if (unitMark == CaseNumbers.DefaultUnitMark)
        {
            foreach (var (year, last) in generator.LastNumbers)
            {
                await CaseNumbers.AtLeastAsync(db, tenant.TenantId, year, last, cancellationToken);
            }
        }

        return written;
    }

    // A second seeding of the same tenant gets its own unit mark, so its numbers cannot meet the first's.
    private static async Task<string> UnitMarkAsync(PathwayDbContext db, Guid tenantId, CancellationToken cancellationToken)
    {
        var seeded = await db.TenantRowsOf<ResidenceCase>(tenantId).CountAsync(cancellationToken);
        return seeded == 0 ? CaseNumbers.DefaultUnitMark : CaseNumbers.DefaultUnitMark + "-B" + seeded.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
