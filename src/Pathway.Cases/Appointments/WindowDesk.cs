using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pathway.Cases.TimeLimits;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Appointments;

/// <summary>What closing a window did: the window as drawn, or why it was not drawn.</summary>
public sealed record WindowOutcome(ReleaseWindow? Window, AppointmentProblem? Problem);

/// <summary>
/// The booking windows: opened each working day (or by a supervisor), requests gathered while
/// open, and the draw when they close. The background service and the supervisor's "close now"
/// call the same <see cref="CloseAsync(Guid, bool, CancellationToken)"/>.
/// </summary>
internal sealed partial class WindowDesk(
    PathwayDbContext db, ITenantScopeAccessor scope, TimeProvider clock, IOptions<AppointmentOptions> options, ILogger<WindowDesk> logger)
{
    private const int Attempts = 3;
    private readonly AppointmentRules rules = new(options.Value);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The caller's tenant's windows, newest first; they name cases in their draw, so the read is audited.</summary>
    public async Task<IReadOnlyList<ReleaseWindow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var windows = await db.Set<ReleaseWindow>().AsNoTracking().Where(w => w.TenantId == scope.Current.TenantId)
            .OrderByDescending(w => w.OpensAt).ThenBy(w => w.Service).Take(100).ToListAsync(cancellationToken);
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(ReleaseWindow), "", Details: string.Create(CultureInfo.InvariantCulture, $"windows={windows.Count}")), cancellationToken);
        return windows;
    }

    /// <summary>Opens a window for the office's slots of one service in [<paramref name="slotsFrom"/>, <paramref name="slotsTo"/>); refused when an open window already releases some of them.</summary>
    public async Task<WindowOutcome> OpenAsync(
        Office office, AppointmentService service, DateTime opensAt, DateTime closesAt, DateTime slotsFrom, DateTime slotsTo, CancellationToken cancellationToken = default)
    {
        var overlaps = await db.Set<ReleaseWindow>().IgnoreQueryFilters().AnyAsync(w => w.OfficeId == office.Id && w.Service == service
            && w.Status == ReleaseWindowStatus.Open && w.SlotsFrom < slotsTo && slotsFrom < w.SlotsTo, cancellationToken);
        if (overlaps)
        {
            return new WindowOutcome(null, AppointmentProblem.WindowOverlaps);
        }

        var window = ReleaseWindow.Open(office, service, opensAt, closesAt, slotsFrom, slotsTo, Now);
        db.Add(window);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new WindowOutcome(window, null);
        }
        catch (DbUpdateException)
        {
            // Another node opened the same scheduled window a moment before.
            db.ChangeTracker.Clear();
            return new WindowOutcome(null, AppointmentProblem.WindowOverlaps);
        }
    }

    /// <summary>
    /// Opens today's windows of every office (all tenants), one per service, for the slots of the
    /// day <see cref="AppointmentOptions.ReleaseDaysAhead"/> days on; nothing on weekends and
    /// public holidays, or once today's closing time has passed.
    /// </summary>
    public async Task<int> OpenDailyAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.OpensDailyWindows)
        {
            return 0;
        }

        var opened = 0;
        var now = Now;
        foreach (var office in await db.Set<Office>().AsNoTracking().ToListAsync(cancellationToken))
        {
            var today = AppointmentBook.Today(office, clock);
            if (today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || PolishHolidays.On(today) is not null)
            {
                continue;
            }

            var zone = office.Zone;
            var opensAt = TimeZoneInfo.ConvertTimeToUtc(today.ToDateTime(settings.WindowOpens), zone);
            var closesAt = TimeZoneInfo.ConvertTimeToUtc(today.ToDateTime(settings.WindowCloses), zone);
            if (now >= closesAt)
            {
                continue;
            }

            var day = today.AddDays(settings.ReleaseDaysAhead);
            var from = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
            var to = TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
            foreach (var service in AppointmentServices.All)
            {
                var exists = await db.Set<ReleaseWindow>().IgnoreQueryFilters().AnyAsync(w => w.OfficeId == office.Id && w.Service == service && w.OpensAt == opensAt, cancellationToken);
                if (!exists && (await OpenAsync(office, service, opensAt, closesAt, from, to, cancellationToken)).Window is not null)
                {
                    opened++;
                }
            }
        }

        return opened;
    }

    /// <summary>Draws every window whose time is up, in every tenant; what the background service runs.</summary>
    public async Task<int> CloseDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var due = await db.Set<ReleaseWindow>().IgnoreQueryFilters().AsNoTracking()
            .Where(w => w.Status == ReleaseWindowStatus.Open && w.ClosesAt <= now).Select(w => w.Id).ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var id in due)
        {
            if ((await CloseAsync(id, early: false, cancellationToken)).Window is not null)
            {
                closed++;
            }
        }

        return closed;
    }

    /// <summary>
    /// Closes the window and serves its requests in a drawn order. <paramref name="early"/> lets a
    /// supervisor close it before its time; otherwise only a window whose time is up is drawn.
    /// The seed comes from the cryptographic generator and is stored with the order.
    /// </summary>
    public async Task<WindowOutcome> CloseAsync(Guid windowId, bool early, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var window = await db.Set<ReleaseWindow>().FirstOrDefaultAsync(w => w.Id == windowId, cancellationToken);
            if (window is null)
            {
                return new WindowOutcome(null, AppointmentProblem.WindowNotFound);
            }

            var now = Now;
            if (window.Status == ReleaseWindowStatus.Closed)
            {
                return new WindowOutcome(null, AppointmentProblem.WindowClosed);
            }

            if (!early && !window.IsDueAt(now))
            {
                return new WindowOutcome(null, AppointmentProblem.WindowNotOpen);
            }

            var requests = await db.Set<WindowRequest>().IgnoreQueryFilters()
                .Where(r => r.WindowId == window.Id && r.Status == WindowRequestStatus.Pending).ToListAsync(cancellationToken);
            var random = SeededRandomSource.Fresh();
            var free = await FreeAsync(window, now, cancellationToken);
            var results = WindowLottery.Allocate(await EntriesAsync(window, requests, now, cancellationToken), free, random, rules, now);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(await db.Set<Office>().Where(o => o.Id == window.OfficeId).Select(o => o.TimeZone).FirstAsync(cancellationToken));
            var byCase = requests.ToDictionary(r => r.CaseNumber, StringComparer.Ordinal);
            foreach (var result in results)
            {
                if (result.Booking is { } booking)
                {
                    booking.Told(free[booking.SlotId], zone);
                    db.Add(booking);
                }

                byCase[result.Entry.CaseNumber].Served(result.Position, result.Booking, result.Problem, now);
            }

            window.Close(now, random.SeedHex, [.. results.Select(r => r.Entry.CaseNumber)], results.Count(r => r.Booking is not null));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                LogClosed(window.Id, window.Requests, window.Allocated);
                return new WindowOutcome(window, null);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Another node drew it at the same moment: the next round finds it closed.
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // An officer booked one of its slots, or one of its cases, meanwhile: draw again with what is free now.
            }
            catch (DbUpdateException)
            {
                // Still colliding after every attempt: nothing is kept, the window stays open, and the next tick or click draws it.
                db.ChangeTracker.Clear();
                return new WindowOutcome(null, AppointmentProblem.WindowBusy);
            }
        }
    }

    private async Task<List<LotteryEntry>> EntriesAsync(ReleaseWindow window, List<WindowRequest> requests, DateTime now, CancellationToken cancellationToken)
    {
        var office = await db.Set<Office>().AsNoTracking().FirstAsync(o => o.Id == window.OfficeId, cancellationToken);
        var numbers = requests.Select(r => r.CaseNumber).ToList();
        var bookings = db.TenantRowsOf<Booking>(window.TenantId).Where(b => numbers.Contains(b.CaseNumber));
        var active = (await bookings.Where(b => b.Status == BookingStatus.Active).Select(b => b.CaseNumber).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var countFrom = rules.NoShowsCountFrom(now);
        var noShows = (await bookings.Where(b => b.Status == BookingStatus.NoShow)
            .Join(db.Set<Slot>(), b => b.SlotId, s => s.Id, (b, s) => new { b.CaseNumber, s.StartsAt })
            .Where(x => x.StartsAt >= countFrom).Select(x => x.CaseNumber).ToListAsync(cancellationToken))
            .CountBy(n => n, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var slots = await db.Set<Slot>().AsNoTracking()
            .Where(s => s.OfficeId == window.OfficeId && s.Service == window.Service && s.StartsAt >= window.SlotsFrom && s.StartsAt < window.SlotsTo)
            .OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        return [.. requests.Select(r =>
        {
            var days = r.AnyOfDays.ToHashSet();
            var chosen = r.SlotIds;
            var anyOfDays = slots.Where(s => days.Contains(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(s.StartsAt, DateTimeKind.Utc), office.Zone))))
                .Select(s => s.Id).Where(id => !chosen.Contains(id));
            return new LotteryEntry(r.CaseNumber, [.. chosen, .. anyOfDays], r.Language, office.OrganisationId, active.Contains(r.CaseNumber), noShows.GetValueOrDefault(r.CaseNumber));
        })];
    }

    private async Task<Dictionary<Guid, Slot>> FreeAsync(ReleaseWindow window, DateTime now, CancellationToken cancellationToken) =>
        await db.Set<Slot>().AsNoTracking()
            .Where(s => s.OfficeId == window.OfficeId && s.Service == window.Service && s.StartsAt >= window.SlotsFrom && s.StartsAt < window.SlotsTo && s.StartsAt > now)
            .Where(s => !db.Set<Booking>().IgnoreQueryFilters().Any(b => b.SlotId == s.Id && b.Status != BookingStatus.Cancelled))
            .ToDictionaryAsync(s => s.Id, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking window {Window} drawn: {Requests} requests, {Allocated} slots given")]
    private partial void LogClosed(Guid window, int requests, int allocated);
}
