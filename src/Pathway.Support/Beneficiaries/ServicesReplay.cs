using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Support;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Beneficiaries;

/// <summary>
/// Every support service of a tenant told again as the <see cref="SupportServiceFacts"/> statistics read,
/// read past the organisation filter (the warehouse counts the whole office), a page at a time in id order,
/// each service with only the columns its facts are made of: no provider, outcome or name is read.
/// </summary>
internal sealed class ServicesReplay(PathwayDbContext db) : IEventReplay
{
    private const int PageSize = 20_000;

    public string Name => "support services";

    public async Task<long> CountAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.Set<SupportService>().LongCountAsync(s => s.TenantId == tenantId, cancellationToken);

    public async IAsyncEnumerable<IDomainEvent> ReplayAsync(Guid tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guid? after = null;
        while (true)
        {
            var services = db.Set<SupportService>().AsNoTracking().Where(s => s.TenantId == tenantId);
            if (after is { } last)
            {
                services = services.Where(s => s.Id.CompareTo(last) > 0);
            }

            var page = await services.OrderBy(s => s.Id).Take(PageSize)
                .Join(db.TenantRowsOf<Beneficiary>(tenantId), s => s.BeneficiaryId, b => b.Id, (s, b) => new
                {
                    s.Id, s.Kind, s.Status, s.DueOn, s.DeliveredOn, s.Minutes, s.RecordedAt, s.Version,
                    BeneficiaryId = b.Id, b.OrganisationId, b.PersonId, b.Citizenship, b.Sex, b.BirthDate,
                })
                .OrderBy(r => r.Id).ToListAsync(cancellationToken);
            foreach (var r in page)
            {
                var service = new SupportService
                {
                    Id = r.Id, TenantId = tenantId, BeneficiaryId = r.BeneficiaryId, Kind = r.Kind, Status = r.Status, DueOn = r.DueOn,
                    DeliveredOn = r.DeliveredOn, Minutes = r.Minutes, RecordedAt = r.RecordedAt, Provider = "", RecordedBy = "",
                };
                service.Replayed(r.Version);
                yield return service.Facts(new ServiceOwner(r.OrganisationId, r.PersonId, r.Citizenship, r.Sex, r.BirthDate));
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }
}
