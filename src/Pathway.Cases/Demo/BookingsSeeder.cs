using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pathway.Cases.Appointments;
using Pathway.Cases.Workflow;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Demo;

/// <summary>
/// Books some of the demo office's slots for the demo cases waiting for a visit, as migrants and
/// officers did over the past three weeks: online and at the office, in the migrants' languages,
/// some moved to another slot and some cancelled. Each step goes through <see cref="AppointmentRules"/>
/// and is stored on its own, as the appointment book stores it, so statistics are told of every one.
/// Drawn from the demo's seed: the same bookings on every fresh start, and none added to a tenant that has some.
/// </summary>
internal sealed class BookingsSeeder(PathwayDbContext db, TimeProvider clock, IOptions<AppointmentOptions> options) : IDemoSeeder
{
    public const int Bookings = 40;
    private const int Moved = 6;
    private const int Cancelled = 4;
    private const int MovedThenCancelled = 2;
    private const int DaysBack = 21;

    // The languages migrants booked in, the frequent ones repeated.
    private static readonly string[] Languages = ["uk", "uk", "uk", "uk", "ru", "ru", "pl", "pl", "en", "en", "ar", "prs", "ur", "zh-Hans", "es"];

    // The cases that come to the counter for each service, by the state they are in.
    private static readonly Dictionary<AppointmentService, CaseState[]> Waiting = new()
    {
        [AppointmentService.Submission] = [CaseState.Submitted, CaseState.FormalDeficiency],
        [AppointmentService.Fingerprints] = [CaseState.FormalCheck, CaseState.Examination, CaseState.EvidenceRequested],
        [AppointmentService.Collection] = [CaseState.CardOrdered, CaseState.CardReady],
    };

    private enum Fate
    {
        Kept,
        Moved,
        Cancelled,
        MovedThenCancelled,
    }

    // After the cases (31), the office with its slots (31) and the walk-in counters (32).
    public int Order => 33;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions seedOptions, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        var office = await db.Set<Office>().AsNoTracking().FirstOrDefaultAsync(o => o.TenantId == tenant.TenantId && o.Code == AppointmentsSeeder.OfficeCode, cancellationToken);
        if (office is null || await db.TenantRowsOf<Booking>(tenant.TenantId).AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var zone = office.Zone;
        var rules = new AppointmentRules(options.Value);
        var random = new Random(seedOptions.RandomSeed);
        var free = (await db.Set<Slot>().AsNoTracking().Where(s => s.OfficeId == office.Id && s.StartsAt > now).OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync(cancellationToken))
            .GroupBy(s => s.Service).ToDictionary(g => g.Key, g => g.ToList());
        // The migrant's own demo cases are left to them, so the portal shows booking a visit from the start.
        var cases = await db.TenantRowsOf<ResidenceCase>(tenant.TenantId).AsNoTracking()
            .Where(c => c.OrganisationId == office.OrganisationId && c.ApplicantUserId == null)
            .OrderBy(c => c.Number).Select(c => new { c.Number, c.State }).ToListAsync(cancellationToken);
        var waiting = Waiting.ToDictionary(
            w => w.Key, w => new Queue<string>(Shuffled(cases.Where(c => w.Value.Contains(c.State)).Select(c => c.Number), random)));
        var fates = Shuffled(
            Enumerable.Repeat(Fate.Moved, Moved).Concat(Enumerable.Repeat(Fate.Cancelled, Cancelled)).Concat(Enumerable.Repeat(Fate.MovedThenCancelled, MovedThenCancelled))
                .Concat(Enumerable.Repeat(Fate.Kept, Bookings - Moved - Cancelled - MovedThenCancelled)),
            random);

        foreach (var fate in fates)
        {
            var service = Service(random);
            if (!waiting[service].TryDequeue(out var caseNumber) || free.GetValueOrDefault(service) is not { Count: > 1 } slots)
            {
                continue;
            }

            var channel = random.Next(10) < 7 ? BookingChannel.Online : BookingChannel.Officer;
            var bookedAt = now.AddDays(-random.Next(1, DaysBack + 1)).AddMinutes(-random.Next(0, 12 * 60));
            var slot = Take(slots, random);
            var booking = rules.Book(slot, slotTaken: false, caseHasActive: false, 0, caseNumber, channel, Languages[random.Next(Languages.Length)], office.OrganisationId, bookedAt).Booking
                ?? throw new InvalidOperationException($"The demo booking of case {caseNumber} was refused.");
            booking.Told(slot, zone);
            db.Add(booking);
            await db.SaveChangesAsync(cancellationToken);

            var changedAt = bookedAt;
            if (fate is Fate.Moved or Fate.MovedThenCancelled)
            {
                changedAt = Between(changedAt, now, random);
                var target = Take(slots, random);
                Done(rules.Reschedule(booking, slot, target, targetTaken: false, changedAt), caseNumber);
                slots.Add(slot);
                slot = target;
                booking.Told(slot, zone);
                await db.SaveChangesAsync(cancellationToken);
            }

            if (fate is Fate.Cancelled or Fate.MovedThenCancelled)
            {
                Done(rules.Cancel(booking, slot, Between(changedAt, now, random)), caseNumber);
                slots.Add(slot);
                booking.Told(slot, zone);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    // Fingerprints are what most visits are for, then filing, then collecting the card.
    private static AppointmentService Service(Random random) => random.Next(10) switch
    {
        < 5 => AppointmentService.Fingerprints,
        < 8 => AppointmentService.Submission,
        _ => AppointmentService.Collection,
    };

    // The nearer days fill first: the earlier of two draws.
    private static Slot Take(List<Slot> slots, Random random)
    {
        slots.Sort((a, b) => a.StartsAt != b.StartsAt ? a.StartsAt.CompareTo(b.StartsAt) : a.Id.CompareTo(b.Id));
        var index = Math.Min(random.Next(slots.Count), random.Next(slots.Count));
        var slot = slots[index];
        slots.RemoveAt(index);
        return slot;
    }

    private static DateTime Between(DateTime from, DateTime to, Random random) => from.AddMinutes(random.Next(1, Math.Max(2, (int)(to - from).TotalMinutes)));

    private static void Done(AppointmentOutcome outcome, string caseNumber)
    {
        if (outcome.Booking is null)
        {
            throw new InvalidOperationException($"A change of the demo booking of case {caseNumber} was refused: {outcome.Problem}.");
        }
    }

    private static List<T> Shuffled<T>(IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }
}
