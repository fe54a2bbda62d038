using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;

namespace Pathway.Portal.Feedback;

/// <summary>Records readers' answers to "Was this page helpful?" and sums them up for the editors.</summary>
public sealed class FeedbackDesk(PathwayDbContext db, ITenantScopeAccessor scope, OrganisationDirectory directory, TimeProvider clock)
{
    /// <summary>False when no published item has the address: feedback on a page nobody can read is not kept.</summary>
    public async Task<bool> RecordAsync(string slug, string language, bool helpful, string? comment, CancellationToken cancellationToken = default)
    {
        var tenantId = scope.Current.TenantId;
        var item = await db.Set<ContentItem>().AsNoTracking().Include(i => i.Texts)
            .FirstOrDefaultAsync(i => i.TenantId == tenantId && i.Slug == slug, cancellationToken);
        if (item is null || ContentDesk.ShownLanguage(item, language) is null)
        {
            return false;
        }

        var feedback = new PageFeedback
        {
            TenantId = tenantId, ItemId = item.Id, Language = language, Helpful = helpful,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), At = clock.GetUtcNow().UtcDateTime,
        };
        feedback.Told(await directory.ZoneOfAsync(tenantId, cancellationToken));
        db.Add(feedback);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<FeedbackSummary> SummaryAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        var tenantId = scope.Current.TenantId;
        var answers = db.Set<PageFeedback>().AsNoTracking().Where(f => f.TenantId == tenantId && f.ItemId == itemId);
        var counts = await answers.GroupBy(f => f.Language)
            .Select(g => new FeedbackCount(g.Key, g.Count(f => f.Helpful), g.Count(f => !f.Helpful)))
            .ToListAsync(cancellationToken);
        var comments = await answers.Where(f => f.Comment != null).OrderByDescending(f => f.At).Take(FeedbackSummary.CommentsShown)
            .Select(f => new FeedbackComment(f.Language, f.Helpful, f.Comment!, f.At))
            .ToListAsync(cancellationToken);
        return new FeedbackSummary([.. counts.OrderBy(c => c.Language, StringComparer.Ordinal)], comments);
    }
}
