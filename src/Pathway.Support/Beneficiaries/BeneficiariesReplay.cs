using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Support;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Beneficiaries;

/// <summary>
/// Every support case of a tenant told again as the <see cref="BeneficiaryFacts"/> statistics read, read past
/// the organisation filter (the warehouse counts the whole office), a page at a time in id order, each case
/// with only the columns its facts are made of (no name, number, language or note is read) and the page's
/// closures and current needs read for the page at once.
/// </summary>
internal sealed class BeneficiariesReplay(PathwayDbContext db) : IEventReplay
{
    private const int PageSize = 20_000;

    public string Name => "support cases";

    public async Task<long> CountAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.TenantRowsOf<Beneficiary>(tenantId).LongCountAsync(cancellationToken);

    public async IAsyncEnumerable<IDomainEvent> ReplayAsync(Guid tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guid? after = null;
        while (true)
        {
            var cases = db.TenantRowsOf<Beneficiary>(tenantId).AsNoTracking();
            if (after is { } last)
            {
                cases = cases.Where(b => b.Id.CompareTo(last) > 0);
            }

            var page = await cases.OrderBy(b => b.Id).Take(PageSize)
                .Select(b => new { b.Id, b.OrganisationId, b.PersonId, b.CreatedAt, b.ClosedAt, b.AnonymisedAt, b.Citizenship, b.Sex, b.BirthDate, b.Version })
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }

            var (first, end) = (page[0].Id, page[^1].Id);
            var standings = await CaseStanding.OfAsync(db, tenantId,
                db.TenantRowsOf<Beneficiary>(tenantId).Where(b => b.Id.CompareTo(first) >= 0 && b.Id.CompareTo(end) <= 0).Select(b => b.Id), cancellationToken);
            foreach (var r in page)
            {
                var beneficiary = Beneficiary.Replay(r.Id, tenantId, r.OrganisationId, r.PersonId, r.CreatedAt, r.ClosedAt, r.AnonymisedAt, r.Citizenship, r.Sex, r.BirthDate, r.Version);
                yield return beneficiary.Facts(standings.GetValueOrDefault(r.Id, CaseStanding.New));
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = end;
        }
    }
}
