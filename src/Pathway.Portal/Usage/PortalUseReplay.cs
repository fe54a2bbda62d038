using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Portal;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Assistant;
using Pathway.Portal.Feedback;
using Pathway.Portal.Services;
using Pathway.Portal.Surveys;

namespace Pathway.Portal.Usage;

/// <summary>
/// Every use of the portal a tenant's records hold told again as the <see cref="PortalUseFacts"/>
/// statistics read: the pages' feedback, the services' ratings, the surveys' responses and the questions
/// put to the assistant, each table a page at a time in id order, each record with only the columns its
/// facts are made of: no comment, answer, question or conversation is read.
/// </summary>
internal sealed class PortalUseReplay(PathwayDbContext db, OrganisationDirectory directory) : IEventReplay
{
    private const int PageSize = 20_000;

    public string Name => "portal use";

    public async Task<long> CountAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.Set<PageFeedback>().LongCountAsync(f => f.TenantId == tenantId, cancellationToken)
        + await db.Set<ServiceRating>().LongCountAsync(r => r.TenantId == tenantId, cancellationToken)
        + await db.Set<SurveyResponse>().LongCountAsync(r => r.TenantId == tenantId, cancellationToken)
        + await db.Set<AssistantTurn>().LongCountAsync(t => t.TenantId == tenantId, cancellationToken);

    public async IAsyncEnumerable<IDomainEvent> ReplayAsync(Guid tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var zone = await directory.ZoneOfAsync(tenantId, cancellationToken);
        var feedback = PagedAsync(
            after => db.Set<PageFeedback>().AsNoTracking().Where(f => f.TenantId == tenantId && f.Id.CompareTo(after) > 0).OrderBy(f => f.Id).Take(PageSize)
                .Select(f => new PageFeedback { Id = f.Id, TenantId = f.TenantId, ItemId = f.ItemId, Language = f.Language, Helpful = f.Helpful, At = f.At }),
            f => f.Id, f => f.Facts(zone), cancellationToken);
        var ratings = PagedAsync(
            after => db.Set<ServiceRating>().AsNoTracking().Where(r => r.TenantId == tenantId && r.Id.CompareTo(after) > 0).OrderBy(r => r.Id).Take(PageSize),
            r => r.Id, r => r.Facts(zone), cancellationToken);
        var responses = PagedAsync(
            after => db.Set<SurveyResponse>().AsNoTracking().Where(r => r.TenantId == tenantId && r.Id.CompareTo(after) > 0).OrderBy(r => r.Id).Take(PageSize)
                .Select(r => new SurveyResponse { Id = r.Id, TenantId = r.TenantId, ItemId = r.ItemId, Language = r.Language, At = r.At }),
            r => r.Id, r => r.Facts(zone), cancellationToken);
        var questions = PagedAsync(
            after => db.Set<AssistantTurn>().AsNoTracking().Where(t => t.TenantId == tenantId && t.Id.CompareTo(after) > 0).OrderBy(t => t.Id).Take(PageSize)
                .Select(t => new AssistantTurn { Id = t.Id, TenantId = t.TenantId, Language = t.Language, Answered = t.Answered, AskedAt = t.AskedAt }),
            t => t.Id, t => t.Facts(zone), cancellationToken);
        foreach (var uses in new[] { feedback, ratings, responses, questions })
        {
            await foreach (var facts in uses)
            {
                yield return facts;
            }
        }
    }

    // One table's records a page at a time, each page after the last one's key.
    private static async IAsyncEnumerable<IDomainEvent> PagedAsync<T>(
        Func<Guid, IQueryable<T>> page, Func<T, Guid> key, Func<T, PortalUseFacts> facts, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = Guid.Empty;
        while (true)
        {
            var rows = await page(after).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                yield return facts(row);
            }

            if (rows.Count < PageSize)
            {
                yield break;
            }

            after = key(rows[^1]);
        }
    }
}
