using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Pathway.Cases.Localization;
using Pathway.Platform.Audit;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Appointments;

/// <summary>
/// The appointment book of the tenant's offices: what the API and the officer's day page call.
/// The rules live in <see cref="AppointmentRules"/>; this class looks up the facts, stores the
/// outcome, and lets the unique indexes settle a race between two officers. Every booking it stores
/// tells statistics of itself (<see cref="Booking.Told"/>) in the same save.
/// </summary>
internal sealed class AppointmentBook(
    PathwayDbContext db, ITenantScopeAccessor scope, TimeProvider clock, IOptions<AppointmentOptions> options, IStringLocalizer<CasesText> text)
{
    private readonly AppointmentRules rules = new(options.Value);

    private Guid TenantId => scope.Current.TenantId;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // Offices, counters and slots are reference data: no tenancy filter, so the tenant is named here.
    public async Task<IReadOnlyList<Office>> OfficesAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Office>().AsNoTracking().Where(o => o.TenantId == TenantId).OrderBy(o => o.Code).ToListAsync(cancellationToken);

    public Task<Office?> OfficeAsync(string code, CancellationToken cancellationToken = default) =>
        db.Set<Office>().AsNoTracking().FirstOrDefaultAsync(o => o.TenantId == TenantId && o.Code == code, cancellationToken);

    public async Task<IReadOnlyList<FreeSlot>> FreeSlotsAsync(Office office, AppointmentService service, DateTime from, DateTime to, CancellationToken cancellationToken = default)
    {
        var start = from < Now ? Now : from;
        var slots = await db.Set<Slot>().AsNoTracking()
            .Where(s => s.TenantId == TenantId && s.OfficeId == office.Id && s.Service == service && s.StartsAt > start && s.StartsAt < to)
            .Where(s => !Holding().Any(b => b.SlotId == s.Id))
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id) // slots at one time at several counters: the same order on every read
            .Take(500)
            .ToListAsync(cancellationToken);
        var counters = await CountersAsync(office, cancellationToken);
        return [.. slots.Select(s => new FreeSlot(
            s.Id, office.Code, s.Service.ToString(), s.CounterId, counters[s.CounterId].Name, Utc(s.StartsAt), Utc(s.EndsAt), Local(office, s.StartsAt)))];
    }

    public async Task<AppointmentOutcome> BookAsync(Guid slotId, string caseNumber, BookingChannel channel, string language, CancellationToken cancellationToken = default)
    {
        var slot = await SlotAsync(slotId, cancellationToken);
        if (slot is null)
        {
            return AppointmentOutcome.Refused(AppointmentProblem.SlotNotFound);
        }

        var office = await db.Set<Office>().AsNoTracking().FirstAsync(o => o.Id == slot.OfficeId, cancellationToken);
        var now = Now;
        var countFrom = rules.NoShowsCountFrom(now);
        var taken = await Holding().AnyAsync(b => b.SlotId == slot.Id, cancellationToken);
        var active = await Tenant().FirstOrDefaultAsync(b => b.CaseNumber == caseNumber && b.Status == BookingStatus.Active, cancellationToken);
        var noShows = await Tenant().Where(b => b.CaseNumber == caseNumber && b.Status == BookingStatus.NoShow)
            .Join(db.Set<Slot>(), b => b.SlotId, s => s.Id, (b, s) => s.StartsAt)
            .CountAsync(start => start >= countFrom, cancellationToken);
        var outcome = rules.Book(slot, taken, active, noShows, caseNumber, channel, language, office.OrganisationId, now);
        if (outcome.Booking is not null && channel == BookingChannel.Online && !await ReleasedAsync(slot, office, cancellationToken))
        {
            return AppointmentOutcome.Refused(AppointmentProblem.SlotNotReleased);
        }

        if (outcome.Booking is { } booking)
        {
            booking.Told(slot, office.Zone);
            db.Add(booking);
            return await SaveAsync(outcome, caseNumber, cancellationToken);
        }

        return outcome;
    }

    /// <param name="byMigrant">The migrant moves their own booking: the booking is looked up across the office units, and the new slot must be released.</param>
    public async Task<AppointmentOutcome> RescheduleAsync(Guid bookingId, Guid slotId, CancellationToken cancellationToken = default, bool byMigrant = false)
    {
        var booking = await Bookings(byMigrant).FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null)
        {
            return AppointmentOutcome.Refused(AppointmentProblem.BookingNotFound);
        }

        var target = await SlotAsync(slotId, cancellationToken);
        if (target is null)
        {
            return AppointmentOutcome.Refused(AppointmentProblem.SlotNotFound);
        }

        var current = await db.Set<Slot>().AsNoTracking().FirstAsync(s => s.Id == booking.SlotId, cancellationToken);
        var taken = await Holding().AnyAsync(b => b.SlotId == target.Id, cancellationToken);
        var outcome = rules.Reschedule(booking, current, target, taken, Now);
        if (outcome.Booking is not null && byMigrant
            && !await ReleasedAsync(target, await db.Set<Office>().AsNoTracking().FirstAsync(o => o.Id == target.OfficeId, cancellationToken), cancellationToken))
        {
            db.ChangeTracker.Clear();
            return AppointmentOutcome.Refused(AppointmentProblem.SlotNotReleased);
        }

        if (outcome.Booking is null)
        {
            return outcome;
        }

        booking.Told(target, await ZoneOfAsync(target.OfficeId, cancellationToken));
        return await SaveAsync(outcome, booking.CaseNumber, cancellationToken);
    }

    public Task<AppointmentOutcome> CancelAsync(Guid bookingId, CancellationToken cancellationToken = default, bool byMigrant = false) =>
        ChangeAsync(bookingId, (booking, slot) => rules.Cancel(booking, slot, Now), cancellationToken, byMigrant);

    public Task<AppointmentOutcome> CloseAsync(Guid bookingId, BookingStatus outcome, CancellationToken cancellationToken = default) =>
        ChangeAsync(bookingId, (booking, slot) => rules.Close(booking, slot, outcome, Now), cancellationToken);

    /// <summary>One booking with its slot, office and counter; reading it is recorded in the audit trail.</summary>
    public async Task<BookingDetails?> GetAsync(Guid bookingId, CancellationToken cancellationToken = default)
    {
        var booking = await db.Set<Booking>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null)
        {
            return null;
        }

        var slot = await db.Set<Slot>().AsNoTracking().FirstAsync(s => s.Id == booking.SlotId, cancellationToken);
        var office = await db.Set<Office>().AsNoTracking().FirstAsync(o => o.Id == slot.OfficeId, cancellationToken);
        var counter = await db.Set<Counter>().AsNoTracking().FirstAsync(c => c.Id == slot.CounterId, cancellationToken);
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(Booking), booking.Id.ToString(), Details: $"case={booking.CaseNumber}"), cancellationToken);
        return new BookingDetails(booking, slot, office, counter);
    }

    /// <summary>The booking's calendar file, its texts in the migrant's language.</summary>
    public string CalendarFile(BookingDetails details)
    {
        using var inTheirLanguage = InLanguage.Of(SupportedCultures.ByCode(details.Booking.Language)?.Culture ?? CultureInfo.InvariantCulture);
        var service = AppointmentServices.Describe(details.Slot.Service, text);
        var texts = new AppointmentTexts(
            text["Foreigners' office appointment: {0}", service],
            $"{details.Office.Name}, {details.Office.Address}",
            text["Case {0}, counter {1}. Bring your passport.", details.Booking.CaseNumber, details.Counter.Name]);
        return AppointmentCalendar.Write(details.Booking, details.Slot, texts, Now);
    }

    /// <summary>An office's day in its own time zone, each counter with its slots and their bookings; audited, as it names cases.</summary>
    public async Task<OfficeDay> DayAsync(Office office, DateOnly day, CancellationToken cancellationToken = default)
    {
        var zone = office.Zone;
        var from = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
        var to = TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        var slots = await db.Set<Slot>().AsNoTracking()
            .Where(s => s.TenantId == TenantId && s.OfficeId == office.Id && s.StartsAt >= from && s.StartsAt < to)
            .OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        var ids = slots.Select(s => s.Id).ToList();
        var bookings = (await db.Set<Booking>().AsNoTracking().Where(b => ids.Contains(b.SlotId) && b.Status != BookingStatus.Cancelled).ToListAsync(cancellationToken))
            .ToDictionary(b => b.SlotId);
        var counters = await db.Set<Counter>().AsNoTracking().Where(c => c.OfficeId == office.Id).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        if (bookings.Count > 0)
        {
            await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(Booking), "", Details: string.Create(CultureInfo.InvariantCulture, $"office={office.Code}; day={day:yyyy-MM-dd}; bookings={bookings.Count}")), cancellationToken);
        }

        return new OfficeDay(office, day, [.. counters.Select(c => new CounterDay(c, [.. slots.Where(s => s.CounterId == c.Id)
            .Select(s => new SlotOfDay(s, Local(office, s.StartsAt), bookings.GetValueOrDefault(s.Id)))]))]);
    }

    /// <summary>The office's local date today.</summary>
    public static DateOnly Today(Office office, TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, office.Zone));

    private async Task<AppointmentOutcome> ChangeAsync(Guid bookingId, Func<Booking, Slot, AppointmentOutcome> change, CancellationToken cancellationToken, bool byMigrant = false)
    {
        var booking = await Bookings(byMigrant).FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null)
        {
            return AppointmentOutcome.Refused(AppointmentProblem.BookingNotFound);
        }

        var slot = await db.Set<Slot>().AsNoTracking().FirstAsync(s => s.Id == booking.SlotId, cancellationToken);
        var outcome = change(booking, slot);
        if (outcome.Booking is null)
        {
            return outcome;
        }

        booking.Told(slot, await ZoneOfAsync(slot.OfficeId, cancellationToken));
        return await SaveAsync(outcome, booking.CaseNumber, cancellationToken);
    }

    // The office's clock, on which statistics read a booking's days and hour.
    private async Task<TimeZoneInfo> ZoneOfAsync(Guid officeId, CancellationToken cancellationToken) =>
        TimeZoneInfo.FindSystemTimeZoneById(await db.Set<Office>().Where(o => o.Id == officeId).Select(o => o.TimeZone).FirstAsync(cancellationToken));

    private async Task<AppointmentOutcome> SaveAsync(AppointmentOutcome outcome, string caseNumber, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return outcome;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else changed the booking between our read and our write.
            db.ChangeTracker.Clear();
            return AppointmentOutcome.Refused(AppointmentProblem.BookingNotActive);
        }
        catch (DbUpdateException)
        {
            // A unique index refused it: another booking took the slot, or the case got one, in the meantime.
            db.ChangeTracker.Clear();
            var hasActive = await Tenant().AnyAsync(b => b.CaseNumber == caseNumber && b.Status == BookingStatus.Active && b.Id != outcome.Booking!.Id, cancellationToken);
            return AppointmentOutcome.Refused(hasActive ? AppointmentProblem.CaseAlreadyBooked : AppointmentProblem.SlotTaken);
        }
    }

    // A migrant belongs to no office unit, so the tenancy filter shows them no booking; their own
    // case was checked by the caller, and the booking is looked up within the tenant.
    private IQueryable<Booking> Bookings(bool acrossUnits) => acrossUnits ? Tenant() : db.Set<Booking>();

    /// <summary>Whether the slot may be booked directly online now (see <see cref="SlotRelease"/>).</summary>
    private Task<bool> ReleasedAsync(Slot slot, Office office, CancellationToken cancellationToken) =>
        SlotRelease.IsReleasedAsync(slot, db.Set<Slot>(), db.TenantRowsOf<ReleaseWindow>(TenantId), SlotRelease.Horizon(office, clock, options.Value), cancellationToken);

    private Task<Slot?> SlotAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Slot>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.TenantId == TenantId, cancellationToken);

    private async Task<Dictionary<Guid, Counter>> CountersAsync(Office office, CancellationToken cancellationToken) =>
        await db.Set<Counter>().AsNoTracking().Where(c => c.OfficeId == office.Id).ToDictionaryAsync(c => c.Id, cancellationToken);

    // Whether a slot is taken, or a case already booked, is decided across the tenant's office units:
    // the answer is yes or no and shows no one's data, while the tenancy filter would hide other units' bookings.
    private IQueryable<Booking> Tenant() => db.TenantRowsOf<Booking>(TenantId);

    private IQueryable<Booking> Holding() => Tenant().Where(b => b.Status != BookingStatus.Cancelled);

    private static DateTime Utc(DateTime moment) => DateTime.SpecifyKind(moment, DateTimeKind.Utc);

    private static DateTimeOffset Local(Office office, DateTime utc)
    {
        var moment = Utc(utc);
        return new DateTimeOffset(moment).ToOffset(office.Zone.GetUtcOffset(moment));
    }
}
