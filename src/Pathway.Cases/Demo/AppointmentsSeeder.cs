using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Appointments;
using Pathway.Cases.TimeLimits;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;

namespace Pathway.Cases.Demo;

/// <summary>
/// Gives the demo tenant one office in Warsaw with three counters and 20-minute slots from 8:00 to
/// 15:00 on the next 10 working days (no weekends, no Polish days free from work).
/// </summary>
internal sealed class AppointmentsSeeder(PathwayDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string OfficeCode = "waw-marszalkowska";
    public const int WorkingDays = 10;
    private const int SlotMinutes = 20;
    private static readonly TimeOnly Opens = new(8, 0);
    private static readonly TimeOnly Closes = new(15, 0);

    public int Order => 31;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        if (await db.Set<Office>().AnyAsync(o => o.TenantId == tenant.TenantId, cancellationToken))
        {
            return;
        }

        var office = new Office
        {
            TenantId = tenant.TenantId,
            OrganisationId = tenant.OfficeUnitIds[0],
            Code = OfficeCode,
            Name = "Mazowiecki Urząd Wojewódzki, Wydział Spraw Cudzoziemców",
            Address = "ul. Marszałkowska 3/5, 00-624 Warszawa",
        };
        Counter[] counters =
        [
            new() { TenantId = tenant.TenantId, OfficeId = office.Id, Name = "1", Services = AppointmentService.Fingerprints | AppointmentService.Submission },
            new() { TenantId = tenant.TenantId, OfficeId = office.Id, Name = "2", Services = AppointmentService.Fingerprints },
            new() { TenantId = tenant.TenantId, OfficeId = office.Id, Name = "3", Services = AppointmentService.Collection },
        ];
        db.Add(office);
        db.AddRange(counters);
        db.AddRange(Slots(office, counters, AppointmentBook.Today(office, clock)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The slots of the working days after <paramref name="today"/>; a counter serving several services alternates them.</summary>
    internal static IEnumerable<Slot> Slots(Office office, IReadOnlyList<Counter> counters, DateOnly today)
    {
        var zone = office.Zone;
        foreach (var day in WorkingDaysAfter(today).Take(WorkingDays))
        {
            foreach (var counter in counters)
            {
                var services = AppointmentServices.All.Where(counter.Serves).ToList();
                var index = 0;
                for (var time = Opens; time < Closes; time = time.AddMinutes(SlotMinutes), index++)
                {
                    yield return new Slot
                    {
                        TenantId = office.TenantId,
                        OfficeId = office.Id,
                        CounterId = counter.Id,
                        Service = services[index % services.Count],
                        StartsAt = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time), zone),
                        Minutes = SlotMinutes,
                    };
                }
            }
        }
    }

    internal static IEnumerable<DateOnly> WorkingDaysAfter(DateOnly today)
    {
        for (var day = today.AddDays(1); ; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && PolishHolidays.On(day) is null)
            {
                yield return day;
            }
        }
    }
}
