using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Casework;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Workflow;

/// <summary>
/// Every case of a tenant told again as the events statistics read: each timeline line as a
/// <see cref="CaseStepTaken"/>, then the case as it stands as <see cref="CaseFacts"/>. Read past the
/// office-unit filter (the warehouse counts the whole office), a page of cases at a time in id order,
/// so memory stays flat however many cases there are.
/// </summary>
internal sealed class CaseEventReplay(PathwayDbContext db) : IEventReplay
{
    private const int PageSize = 2_000;

    public string Name => "cases";

    /// <summary>Each case's timeline lines and its facts.</summary>
    public async Task<long> CountAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.TenantRowsOf<ResidenceCase>(tenantId).LongCountAsync(cancellationToken)
        + await db.TenantRowsOf<ResidenceCase>(tenantId).SelectMany(c => c.Events).LongCountAsync(cancellationToken);

    public async IAsyncEnumerable<IDomainEvent> ReplayAsync(Guid tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guid? after = null;
        while (true)
        {
            var cases = db.TenantRowsOf<ResidenceCase>(tenantId).AsNoTracking();
            if (after is { } last)
            {
                cases = cases.Where(c => c.Id.CompareTo(last) > 0);
            }

            var page = await cases.OrderBy(c => c.Id).Take(PageSize).Include(c => c.Events).AsSplitQuery().ToListAsync(cancellationToken);
            foreach (var c in page)
            {
                foreach (var line in c.Events.OrderBy(e => e.At).ThenBy(e => e.Id))
                {
                    yield return c.Step(line);
                }

                yield return c.Facts();
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }
}
