using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Appointments;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;

namespace Pathway.Cases.WalkIn;

/// <summary>Gives each demo office an information-point counter, so walk-in tickets of every service have a counter to go to.</summary>
internal sealed class WalkInSeeder(PathwayDbContext db) : IDemoSeeder
{
    public const string CounterName = "4";

    // After the offices and counters of the appointments.
    public int Order => 32;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        var offices = await db.Set<Office>().Where(o => o.TenantId == tenant.TenantId).ToListAsync(cancellationToken);
        foreach (var office in offices)
        {
            var counters = await db.Set<Counter>().Where(c => c.OfficeId == office.Id).ToListAsync(cancellationToken);
            if (!counters.Any(c => c.Serves(AppointmentService.Information)) && counters.All(c => c.Name != CounterName))
            {
                db.Add(new Counter { TenantId = tenant.TenantId, OfficeId = office.Id, Name = CounterName, Services = AppointmentService.Information | AppointmentService.Submission });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
