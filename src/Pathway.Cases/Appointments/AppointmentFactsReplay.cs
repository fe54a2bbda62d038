using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Casework;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Appointments;

/// <summary>
/// Every booking of a tenant told again as the <see cref="AppointmentFacts"/> statistics read, read past
/// the office-unit filter (the warehouse counts the whole office), a page at a time in id order, each
/// booking with only the columns its facts are made of and its slot's service and start: no case number
/// or language is read.
/// </summary>
internal sealed class AppointmentFactsReplay(PathwayDbContext db) : IEventReplay
{
    private const int PageSize = 20_000;

    public string Name => "appointments";

    public async Task<long> CountAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.TenantRowsOf<Booking>(tenantId).LongCountAsync(cancellationToken);

    public async IAsyncEnumerable<IDomainEvent> ReplayAsync(Guid tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var zones = (await db.Set<Office>().AsNoTracking().Where(o => o.TenantId == tenantId).Select(o => new { o.Id, o.TimeZone }).ToListAsync(cancellationToken))
            .ToDictionary(o => o.Id, o => TimeZoneInfo.FindSystemTimeZoneById(o.TimeZone));
        Guid? after = null;
        while (true)
        {
            var bookings = db.TenantRowsOf<Booking>(tenantId).AsNoTracking();
            if (after is { } last)
            {
                bookings = bookings.Where(b => b.Id.CompareTo(last) > 0);
            }

            var page = await bookings.OrderBy(b => b.Id).Take(PageSize)
                .Join(db.Set<Slot>(), b => b.SlotId, s => s.Id, (b, s) => new
                {
                    b.Id, b.OrganisationId, b.Version, b.Channel, b.Status, b.Sequence, b.CreatedAt, s.OfficeId, s.Service, s.StartsAt,
                })
                .OrderBy(r => r.Id).ToListAsync(cancellationToken);
            foreach (var r in page)
            {
                var state = new BookingState(r.Id, tenantId, r.OrganisationId, r.Version, r.Channel, r.Status, r.Sequence, r.CreatedAt);
                yield return Booking.FactsOf(state, r.Service, r.StartsAt, zones[r.OfficeId]);
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }
}
