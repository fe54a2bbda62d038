using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Appointments;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.WalkIn;

/// <summary>A ticket called to a counter, with the counter's name, as the display and the desk show it.</summary>
public sealed record CalledTicket(Ticket Ticket, string Counter);

/// <summary>
/// The walk-in queue of the tenant's offices: what the kiosk, the desk, the display and the API call.
/// Tickets hold no personal data, so reading them is not audited. Races are settled by the database:
/// the unique number index for two kiosks, a conditional update for two counters.
/// </summary>
internal sealed class WalkInQueue(PathwayDbContext db, ITenantScopeAccessor scope, TimeProvider clock)
{
    private const int Attempts = 8;

    private Guid TenantId => scope.Current.TenantId;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // Offices and counters are reference data without a tenancy filter, so the tenant is named here.
    public async Task<IReadOnlyList<Office>> OfficesAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Office>().AsNoTracking().Where(o => o.TenantId == TenantId).OrderBy(o => o.Code).ToListAsync(cancellationToken);

    public Task<Office?> OfficeAsync(string? code, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(code)
            ? Task.FromResult<Office?>(null)
            : db.Set<Office>().AsNoTracking().FirstOrDefaultAsync(o => o.TenantId == TenantId && o.Code == code.Trim(), cancellationToken);

    public async Task<IReadOnlyList<Counter>> CountersAsync(Office office, CancellationToken cancellationToken = default) =>
        await db.Set<Counter>().AsNoTracking().Where(c => c.OfficeId == office.Id).OrderBy(c => c.Name).ToListAsync(cancellationToken);

    /// <summary>A counter of the office by its name (as on the sign above it) or its id.</summary>
    public async Task<Counter?> CounterAsync(Office office, string? key, CancellationToken cancellationToken = default)
    {
        var name = key?.Trim() ?? "";
        var counters = await CountersAsync(office, cancellationToken);
        return Guid.TryParse(name, out var id) ? counters.FirstOrDefault(c => c.Id == id) : counters.FirstOrDefault(c => c.Name == name);
    }

    /// <summary>Issues the next number of the service for today, in the office's time zone.</summary>
    public async Task<QueueOutcome> IssueAsync(Office office, AppointmentService service, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var now = Now;
            var day = AppointmentBook.Today(office, clock);
            var ticket = new Ticket
            {
                TenantId = office.TenantId, OfficeId = office.Id, Service = service, Day = day, IssuedAt = now,
                Number = QueueRules.NextNumber(await HighestAsync(office.Id, service, day, cancellationToken)),
            };
            db.Add(ticket);
            if (await TrySaveAsync(cancellationToken))
            {
                return QueueOutcome.Done(ticket);
            }
        }

        return QueueOutcome.Refused(QueueProblem.Contention);
    }

    /// <summary>
    /// Calls the longest-waiting ticket of today for the services the counter serves (or just
    /// <paramref name="only"/>). Done with no ticket when nobody is waiting.
    /// </summary>
    public async Task<QueueOutcome> CallAsync(Office office, Counter counter, AppointmentService? only, CancellationToken cancellationToken = default)
    {
        if (only is { } service && !counter.Serves(service))
        {
            return QueueOutcome.Refused(QueueProblem.CounterDoesNotServe);
        }

        if (await db.Set<Ticket>().AnyAsync(t => t.CounterId == counter.Id && (t.Status == TicketStatus.Called || t.Status == TicketStatus.Serving), cancellationToken))
        {
            return QueueOutcome.Refused(QueueProblem.CounterBusy);
        }

        var day = AppointmentBook.Today(office, clock);
        var lost = new HashSet<Guid>();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var waiting = await db.Set<Ticket>().AsNoTracking()
                .Where(t => t.OfficeId == office.Id && t.Day == day && t.Status == TicketStatus.Waiting)
                .ToListAsync(cancellationToken);
            var next = QueueRules.Next(waiting.Where(t => !lost.Contains(t.Id)), counter, only);
            if (next is null)
            {
                return QueueOutcome.Done(null);
            }

            // Only one counter's update finds the ticket still waiting; the other tries the next one.
            var now = Now;
            var taken = await db.Set<Ticket>()
                .Where(t => t.Id == next.Id && t.Status == TicketStatus.Waiting)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(t => t.Status, TicketStatus.Called).SetProperty(t => t.CounterId, counter.Id)
                        .SetProperty(t => t.CalledAt, now).SetProperty(t => t.AnnouncedAt, now),
                    cancellationToken);
            if (taken == 1)
            {
                return QueueOutcome.Done(await db.Set<Ticket>().AsNoTracking().FirstAsync(t => t.Id == next.Id, cancellationToken));
            }

            lost.Add(next.Id);
        }

        return QueueOutcome.Refused(QueueProblem.Contention);
    }

    public Task<QueueOutcome> RecallAsync(Guid id, CancellationToken cancellationToken = default) => ChangeAsync(id, t => t.Recall(Now), cancellationToken);

    public Task<QueueOutcome> StartAsync(Guid id, CancellationToken cancellationToken = default) => ChangeAsync(id, t => t.Start(Now), cancellationToken);

    public Task<QueueOutcome> ServeAsync(Guid id, CancellationToken cancellationToken = default) => ChangeAsync(id, t => t.Serve(Now), cancellationToken);

    public Task<QueueOutcome> NoShowAsync(Guid id, CancellationToken cancellationToken = default) => ChangeAsync(id, t => t.MarkNoShow(Now), cancellationToken);

    /// <summary>Closes the ticket and issues the visitor a new number in the other service, queued from now.</summary>
    public async Task<QueueOutcome> TransferAsync(Guid id, AppointmentService service, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var ticket = await TicketAsync(id, cancellationToken);
            if (ticket is null)
            {
                return QueueOutcome.Refused(QueueProblem.TicketNotFound);
            }

            if (ticket.Service == service)
            {
                return QueueOutcome.Refused(QueueProblem.SameService);
            }

            var office = await db.Set<Office>().AsNoTracking().FirstAsync(o => o.Id == ticket.OfficeId, cancellationToken);
            var day = AppointmentBook.Today(office, clock);
            var highest = await HighestAsync(office.Id, service, day, cancellationToken);
            var next = ticket.TransferTo(service, QueueRules.NextNumber(highest), day, Now);
            if (next is null)
            {
                return QueueOutcome.Refused(QueueProblem.TicketNotOpen);
            }

            db.Add(next);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return QueueOutcome.Done(next);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return QueueOutcome.Refused(QueueProblem.TicketNotOpen);
            }
            catch (DbUpdateException)
            {
                // A kiosk took the number meanwhile: read again and take the next one.
                db.ChangeTracker.Clear();
            }
        }

        return QueueOutcome.Refused(QueueProblem.Contention);
    }

    /// <summary>Today's tickets of the office, in the order they were issued.</summary>
    public async Task<IReadOnlyList<Ticket>> TodayAsync(Office office, CancellationToken cancellationToken = default)
    {
        var day = AppointmentBook.Today(office, clock);
        return await db.Set<Ticket>().AsNoTracking().Where(t => t.OfficeId == office.Id && t.Day == day)
            .OrderBy(t => t.IssuedAt).ThenBy(t => t.Number).ToListAsync(cancellationToken);
    }

    /// <summary>The latest calls of today, newest first, for the public display: numbers and counters only.</summary>
    public async Task<IReadOnlyList<CalledTicket>> LastCallsAsync(Office office, int count, CancellationToken cancellationToken = default)
    {
        var day = AppointmentBook.Today(office, clock);
        var counters = (await CountersAsync(office, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        var called = await db.Set<Ticket>().AsNoTracking()
            .Where(t => t.OfficeId == office.Id && t.Day == day && t.AnnouncedAt != null && t.CounterId != null)
            .OrderByDescending(t => t.AnnouncedAt).Take(count).ToListAsync(cancellationToken);
        return [.. called.Select(t => new CalledTicket(t, counters.GetValueOrDefault(t.CounterId!.Value, "")))];
    }

    /// <summary>The open ticket at a counter, if any.</summary>
    public Task<Ticket?> AtCounterAsync(Counter counter, CancellationToken cancellationToken = default) =>
        db.Set<Ticket>().AsNoTracking().FirstOrDefaultAsync(t => t.CounterId == counter.Id && (t.Status == TicketStatus.Called || t.Status == TicketStatus.Serving), cancellationToken);

    public async Task<IReadOnlyList<QueueDayStatistics>> StatisticsAsync(Office office, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        QueueStatistics.Of(await db.Set<Ticket>().AsNoTracking().Where(t => t.OfficeId == office.Id && t.Day >= from && t.Day <= to).ToListAsync(cancellationToken));

    public DateOnly Today(Office office) => AppointmentBook.Today(office, clock);

    public DateTime UtcNow => Now;

    private async Task<QueueOutcome> ChangeAsync(Guid id, Func<Ticket, bool> change, CancellationToken cancellationToken)
    {
        var ticket = await TicketAsync(id, cancellationToken);
        if (ticket is null)
        {
            return QueueOutcome.Refused(QueueProblem.TicketNotFound);
        }

        if (!change(ticket))
        {
            return QueueOutcome.Refused(QueueProblem.TicketNotOpen);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return QueueOutcome.Done(ticket);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another click changed the ticket between our read and our write.
            db.ChangeTracker.Clear();
            return QueueOutcome.Refused(QueueProblem.TicketNotOpen);
        }
    }

    private Task<Ticket?> TicketAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Ticket>().FirstOrDefaultAsync(t => t.Id == id && t.TenantId == TenantId, cancellationToken);

    private async Task<int?> HighestAsync(Guid officeId, AppointmentService service, DateOnly day, CancellationToken cancellationToken) =>
        await db.Set<Ticket>().Where(t => t.OfficeId == officeId && t.Service == service && t.Day == day).MaxAsync(t => (int?)t.Number, cancellationToken);

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The unique number index refused it: another kiosk took the number in the meantime.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
