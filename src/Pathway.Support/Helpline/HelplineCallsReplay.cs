using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Helpline;

/// <summary>
/// Every helpline call of a tenant told again as the <see cref="Platform.Support.HelplineCallFacts"/> statistics
/// read: the imported calls (each call's rows and queue events together, under the office's call rules as they
/// are now) and the calls logged by hand. The imported calls are read a month of rows at a time, a call
/// belonging to the month its first row started in (its rows read with a day's margin either side).
/// </summary>
internal sealed class HelplineCallsReplay(PathwayDbContext db, OrganisationDirectory directory) : IEventReplay
{
    public string Name => "helpline calls";

    public async Task<long> CountAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.Set<CallRecord>().Where(r => r.TenantId == tenantId).Select(r => r.CallKey).Distinct().LongCountAsync(cancellationToken)
        + await db.Set<LoggedCall>().LongCountAsync(c => c.TenantId == tenantId, cancellationToken);

    public async IAsyncEnumerable<IDomainEvent> ReplayAsync(Guid tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var zone = await directory.ZoneOfAsync(tenantId, cancellationToken);
        var rules = await HelplineCalls.RulesAsync(db, tenantId, cancellationToken);
        var rows = db.Set<CallRecord>().AsNoTracking().Where(r => r.TenantId == tenantId);
        var first = await rows.MinAsync(r => (DateTime?)r.StartedAt, cancellationToken);
        var last = await rows.MaxAsync(r => (DateTime?)r.StartedAt, cancellationToken);
        var queue = db.Set<QueueEntry>().AsNoTracking().Where(e => e.TenantId == tenantId && HelplineCalls.CallerEvents.Contains(e.Event));
        var firstEvent = await queue.MinAsync(e => (DateTime?)e.At, cancellationToken);
        var lastEvent = await queue.MaxAsync(e => (DateTime?)e.At, cancellationToken);
        DateTime?[] starts = [first, firstEvent];
        DateTime?[] ends = [last, lastEvent];
        if (starts.Min() is { } from && ends.Max() is { } to)
        {
            var margin = TimeSpan.FromDays(1);
            for (var month = new DateTime(from.Year, from.Month, 1, 0, 0, 0, DateTimeKind.Utc); month <= to; month = month.AddMonths(1))
            {
                var (start, end) = (month, month.AddMonths(1));
                var monthRows = await rows.Where(r => r.StartedAt >= start - margin && r.StartedAt < end + margin).ToListAsync(cancellationToken);
                var monthEvents = await queue.Where(e => e.At >= start - margin && e.At < end + margin).ToListAsync(cancellationToken);
                // A call counted in the month its first row (else its first queue event) fell in, once.
                var begun = monthRows.GroupBy(r => HelplineCalls.OfRow(r.CallKey), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(r => r.StartedAt), StringComparer.Ordinal);
                foreach (var e in monthEvents.GroupBy(e => e.CallId, StringComparer.Ordinal))
                {
                    begun.TryAdd(e.Key, e.Min(x => x.At));
                }

                var mine = begun.Where(b => b.Value >= start && b.Value < end).Select(b => HelplineCalls.IdOf(tenantId, b.Key)).ToHashSet();
                foreach (var facts in HelplineCalls.Facts(tenantId, monthRows, monthEvents, rules, zone).Where(f => mine.Contains(f.CallId)))
                {
                    yield return facts;
                }
            }
        }

        var logged = await db.Set<LoggedCall>().AsNoTracking().Where(c => c.TenantId == tenantId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        foreach (var call in logged)
        {
            yield return call.Facts(zone);
        }
    }
}
