using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Platform.Persistence;
using Pathway.Portal.Content;

namespace Pathway.Portal.Search;

/// <summary>
/// Makes the search rows of items that have none for their current version: after the upgrade that
/// brought the search, or after a change of how words are folded (a migration sets IndexedVersion
/// to 0). Runs once at start, in batches, and logs how far it is. An item changed by an editor
/// meanwhile is left to that change, which indexes it too.
/// </summary>
internal sealed class SearchBackfill(IServiceScopeFactory scopes, ILogger<SearchBackfill> log) : BackgroundService
{
    public const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // The database may be migrating or away: the next start, or each item's next change, indexes what is left.
            log.LogWarning(e, "Could not index the portal's content for search; the rest waits for the next start.");
        }
    }

    /// <summary>Indexes every item whose rows are behind its version; returns how many it indexed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        int? total = null;
        var skipped = new HashSet<Guid>();
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
            var behind = db.Set<ContentItem>().Where(i => i.IndexedVersion != i.Version && !skipped.Contains(i.Id));
            total ??= await behind.CountAsync(cancellationToken);
            if (total == 0)
            {
                return 0;
            }

            var batch = await behind.Include(i => i.Texts).OrderBy(i => i.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                log.LogInformation("Indexed {Done} portal content items for search.", done);
                return done;
            }

            var index = scope.ServiceProvider.GetRequiredService<SearchIndex>();
            foreach (var item in batch)
            {
                await index.RefreshAsync(item, cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                done += batch.Count;
            }
            catch (DbUpdateException)
            {
                // An editor changed one of them meanwhile (and indexed it): go on without the batch.
                skipped.UnionWith(batch.Select(i => i.Id));
            }

            log.LogInformation("Indexing portal content for search: {Done} of {Total} items.", done, total);
        }
    }
}
