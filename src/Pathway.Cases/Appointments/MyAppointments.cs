using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pathway.Cases.Workflow;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Appointments;

/// <summary>The migrant's own case, as far as appointments need it.</summary>
public sealed record MyCase(Guid Id, string Number, Guid UserId);

/// <summary>An open booking window with its free slots, as the migrant ranks them.</summary>
public sealed record OpenWindow(ReleaseWindow Window, Office Office, IReadOnlyList<FreeSlot> Slots);

/// <summary>Everything the migrant's appointment page shows: their booking, their request, the open windows, and the slots left to book directly.</summary>
public sealed record MyAppointmentView(
    MyCase Case, BookingDetails? Booking, WindowRequest? Request, ReleaseWindow? RequestWindow, IReadOnlyList<OpenWindow> Windows, IReadOnlyList<FreeSlot> Leftovers);

/// <summary>What sending a request did: the request (new, or the one the case already sent), or why there is none.</summary>
public sealed record RequestOutcome(WindowRequest? Request, bool Created, AppointmentProblem? Problem, Dictionary<string, string[]>? Errors = null);

/// <summary>
/// The migrant's side of appointments: only the case whose applicant account is theirs. A
/// migrant belongs to no office unit, so the tenancy filter would show them nothing; each read
/// here names the tenant and the case, and the case read is audited.
/// </summary>
internal sealed class MyAppointments(
    PathwayDbContext db, ITenantScopeAccessor scope, TimeProvider clock, IOptions<AppointmentOptions> options, AppointmentBook book)
{
    private const int MaxLeftovers = 60;

    private Guid TenantId => scope.Current.TenantId;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public AppointmentOptions Options => options.Value;

    /// <summary>The signed-in migrant's case with this number; null for anyone else's (the caller answers 404).</summary>
    public async Task<MyCase?> CaseAsync(string number, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.GetUserId() is not { } userId || string.IsNullOrWhiteSpace(number) || number.Length > ResidenceCase.MaxNumberLength)
        {
            return null;
        }

        var found = await db.Set<ResidenceCase>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.TenantId == TenantId && c.Number == number && c.ApplicantUserId == userId)
            .Select(c => new MyCase(c.Id, c.Number, userId)).FirstOrDefaultAsync(cancellationToken);
        if (found is not null)
        {
            await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(ResidenceCase), found.Number, Reason: "appointment"), cancellationToken);
        }

        return found;
    }

    /// <param name="leftoversFrom">The first day (office time) of the slots left to book directly; today when not given.</param>
    public async Task<MyAppointmentView> ViewAsync(MyCase mine, DateOnly? leftoversFrom = null, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var active = await Bookings(mine).Where(b => b.Status == BookingStatus.Active).OrderByDescending(b => b.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var request = await db.Set<WindowRequest>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TenantId == TenantId && r.CaseNumber == mine.Number).OrderByDescending(r => r.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var requestWindow = request is null ? null : await Windows().FirstAsync(w => w.Id == request.WindowId, cancellationToken);
        var offices = await db.Set<Office>().AsNoTracking().Where(o => o.TenantId == TenantId).OrderBy(o => o.Code).ToListAsync(cancellationToken);
        var open = await Windows().Where(w => w.Status == ReleaseWindowStatus.Open && w.OpensAt <= now && now < w.ClosesAt)
            .OrderBy(w => w.SlotsFrom).ThenBy(w => w.Service).ToListAsync(cancellationToken);
        var windows = new List<OpenWindow>();
        foreach (var window in open)
        {
            var office = offices.First(o => o.Id == window.OfficeId);
            var slots = Free().Where(s => s.OfficeId == window.OfficeId && s.Service == window.Service && s.StartsAt >= window.SlotsFrom && s.StartsAt < window.SlotsTo);
            windows.Add(new OpenWindow(window, office, await ListAsync(office, slots, cancellationToken)));
        }

        var leftovers = new List<FreeSlot>();
        foreach (var office in offices)
        {
            var start = leftoversFrom is { } day ? TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), office.Zone) : DateTime.MinValue;
            var released = SlotRelease.Released(Free().Where(s => s.OfficeId == office.Id && s.StartsAt >= start), Windows(), SlotRelease.Horizon(office, clock, options.Value));
            leftovers.AddRange(await ListAsync(office, released, cancellationToken));
        }

        return new MyAppointmentView(mine, active is null ? null : await DetailsAsync(active, cancellationToken), request, requestWindow, windows, [.. leftovers.OrderBy(s => s.StartsAt).Take(MaxLeftovers)]);
    }

    /// <summary>
    /// Sends the case's one request in an open window. A second request, in this window or while
    /// another waits, gives back the first unchanged: more requests buy no more chances.
    /// </summary>
    public async Task<RequestOutcome> RequestAsync(
        MyCase mine, Guid windowId, IReadOnlyList<Guid> slots, IReadOnlyList<DateOnly> days, string language, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        if (await ExistingAsync(mine, windowId, cancellationToken) is { } existing)
        {
            return new RequestOutcome(existing, false, null);
        }

        var window = await Windows().FirstOrDefaultAsync(w => w.Id == windowId, cancellationToken);
        if (window is null)
        {
            return new RequestOutcome(null, false, AppointmentProblem.WindowNotFound);
        }

        if (!window.IsOpenAt(Now))
        {
            return new RequestOutcome(null, false, window.Status == ReleaseWindowStatus.Closed ? AppointmentProblem.WindowClosed : AppointmentProblem.WindowNotOpen);
        }

        var office = await db.Set<Office>().AsNoTracking().FirstAsync(o => o.Id == window.OfficeId, cancellationToken);
        var inWindow = await db.Set<Slot>().AsNoTracking()
            .Where(s => s.OfficeId == window.OfficeId && s.Service == window.Service && s.StartsAt >= window.SlotsFrom && s.StartsAt < window.SlotsTo)
            .Select(s => new { s.Id, s.StartsAt }).ToListAsync(cancellationToken);
        var ids = inWindow.Select(s => s.Id).ToHashSet();
        if (slots.Any(s => !ids.Contains(s)))
        {
            errors.Add("slotIds", "Choose only slots this window releases.");
        }

        var windowDays = inWindow.Select(s => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(s.StartsAt, DateTimeKind.Utc), office.Zone))).ToHashSet();
        if (days.Any(d => !windowDays.Contains(d)))
        {
            errors.Add("days", "Choose only days on which this window releases slots.");
        }

        if (errors.Any)
        {
            return new RequestOutcome(null, false, null, errors.ToDictionary());
        }

        var caseOrganisation = await db.Set<ResidenceCase>().IgnoreQueryFilters().Where(c => c.Id == mine.Id).Select(c => c.OrganisationId).FirstAsync(cancellationToken);
        var request = WindowRequest.Create(window, mine.Number, caseOrganisation, mine.UserId, language, slots, days, Now);
        db.Add(request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new RequestOutcome(request, true, null);
        }
        catch (DbUpdateException)
        {
            // The same case sent twice at the same moment: the unique index kept the first.
            db.ChangeTracker.Clear();
            return await ExistingAsync(mine, windowId, cancellationToken) is { } first
                ? new RequestOutcome(first, false, null)
                : new RequestOutcome(null, false, AppointmentProblem.WindowNotOpen);
        }
    }

    /// <summary>Books a slot left free outside any open window, first come first served.</summary>
    public Task<AppointmentOutcome> BookAsync(MyCase mine, Guid slotId, string language, CancellationToken cancellationToken = default) =>
        book.BookAsync(slotId, mine.Number, BookingChannel.Online, language, cancellationToken);

    public async Task<AppointmentOutcome> RescheduleAsync(MyCase mine, Guid slotId, CancellationToken cancellationToken = default) =>
        await ActiveIdAsync(mine, cancellationToken) is { } id
            ? await book.RescheduleAsync(id, slotId, cancellationToken, byMigrant: true)
            : AppointmentOutcome.Refused(AppointmentProblem.BookingNotFound);

    public async Task<AppointmentOutcome> CancelAsync(MyCase mine, CancellationToken cancellationToken = default) =>
        await ActiveIdAsync(mine, cancellationToken) is { } id
            ? await book.CancelAsync(id, cancellationToken, byMigrant: true)
            : AppointmentOutcome.Refused(AppointmentProblem.BookingNotFound);

    /// <summary>The case's booking as its calendar file: the active one, else the last changed (so a cancellation reaches the calendar too).</summary>
    public async Task<string?> CalendarAsync(MyCase mine, CancellationToken cancellationToken = default)
    {
        var latest = await Bookings(mine).OrderByDescending(b => b.Status == BookingStatus.Active).ThenByDescending(b => b.ChangedAt).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? null : book.CalendarFile(await DetailsAsync(latest, cancellationToken));
    }

    public async Task<BookingDetails?> BookingAsync(Guid bookingId, CancellationToken cancellationToken = default)
    {
        var booking = await db.TenantRowsOf<Booking>(TenantId).AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        return booking is null ? null : await DetailsAsync(booking, cancellationToken);
    }

    private async Task<WindowRequest?> ExistingAsync(MyCase mine, Guid windowId, CancellationToken cancellationToken) =>
        await db.Set<WindowRequest>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TenantId == TenantId && r.CaseNumber == mine.Number && (r.WindowId == windowId || r.Status == WindowRequestStatus.Pending))
            .OrderByDescending(r => r.CreatedAt).FirstOrDefaultAsync(cancellationToken);

    private async Task<Guid?> ActiveIdAsync(MyCase mine, CancellationToken cancellationToken) =>
        await Bookings(mine).Where(b => b.Status == BookingStatus.Active).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<BookingDetails> DetailsAsync(Booking booking, CancellationToken cancellationToken)
    {
        var slot = await db.Set<Slot>().AsNoTracking().FirstAsync(s => s.Id == booking.SlotId, cancellationToken);
        var office = await db.Set<Office>().AsNoTracking().FirstAsync(o => o.Id == slot.OfficeId, cancellationToken);
        var counter = await db.Set<Counter>().AsNoTracking().FirstAsync(c => c.Id == slot.CounterId, cancellationToken);
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(Booking), booking.Id.ToString(), Details: $"case={booking.CaseNumber}; by=applicant"), cancellationToken);
        return new BookingDetails(booking, slot, office, counter);
    }

    private IQueryable<Booking> Bookings(MyCase mine) =>
        db.TenantRowsOf<Booking>(TenantId).AsNoTracking().Where(b => b.CaseNumber == mine.Number);

    private IQueryable<ReleaseWindow> Windows() => db.TenantRowsOf<ReleaseWindow>(TenantId).AsNoTracking();

    // Free: in the future and held by no booking (whose ever it is: the answer names no one).
    private IQueryable<Slot> Free()
    {
        var now = Now;
        return db.Set<Slot>().AsNoTracking().Where(s => s.TenantId == TenantId && s.StartsAt > now)
            .Where(s => !db.Set<Booking>().IgnoreQueryFilters().Any(b => b.SlotId == s.Id && b.Status != BookingStatus.Cancelled));
    }

    private async Task<IReadOnlyList<FreeSlot>> ListAsync(Office office, IQueryable<Slot> slots, CancellationToken cancellationToken)
    {
        var found = await slots.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Take(200).ToListAsync(cancellationToken);
        var counters = await db.Set<Counter>().AsNoTracking().Where(c => c.OfficeId == office.Id).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return [.. found.Select(s =>
        {
            var start = DateTime.SpecifyKind(s.StartsAt, DateTimeKind.Utc);
            return new FreeSlot(s.Id, office.Code, s.Service.ToString(), s.CounterId, counters[s.CounterId], start, start.AddMinutes(s.Minutes),
                new DateTimeOffset(start).ToOffset(office.Zone.GetUtcOffset(start)));
        })];
    }

    /// <summary>A moment in the office's zone, for showing.</summary>
    public static DateTimeOffset Local(Office office, DateTime utc)
    {
        var moment = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new DateTimeOffset(moment).ToOffset(office.Zone.GetUtcOffset(moment));
    }

    internal static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
