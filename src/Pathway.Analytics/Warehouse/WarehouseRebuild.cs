using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Protection;

namespace Pathway.Analytics.Warehouse;

/// <summary>How far a rebuild has come: events taken of those the modules said they would replay.</summary>
public sealed record RebuildProgress(string Source, long Done, long Total);

/// <summary>A finished rebuild: how many facts it holds now and how long it took.</summary>
public sealed record RebuildSummary(long Facts, TimeSpan Took);

/// <summary>
/// Builds a tenant's warehouse anew from what the modules hold now (each module's <see cref="IEventReplay"/>
/// tells its records again as the events the outbox carries), for a new warehouse, a lost one, or one
/// filled before an event existed. The tenant's facts are removed, then written in batches that each
/// commit, so other writers wait for a batch, never for the whole rebuild; the outbox feed goes on
/// meanwhile, and since both keep only the newest snapshot of a case, neither undoes the other. The
/// batches write facts only; the dimensions are filled from them at the end (<see cref="WarehouseDimensions"/>).
/// </summary>
public sealed class WarehouseRebuild(PathwayDbContext db, IEnumerable<IEventReplay> replays, IEnumerable<IEventProjection> projections, Pseudonyms pseudonyms, TimeProvider clock)
{
    public const int BatchSize = 20_000;

    /// <summary>Facts of a projection written in one statement and transaction: a second or so of another writer's wait on SQLite.</summary>
    public const int ProjectedPageRows = 200_000;

    /// <summary>How often a rebuild starts again when the database chose it as a deadlock's victim.</summary>
    public const int Attempts = 3;

    public async Task<RebuildSummary> RunAsync(Guid tenantId, string by, IProgress<RebuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(tenantId, by, progress, cancellationToken);
            }
            catch (Exception e) when (attempt < Attempts && IsDeadlock(e))
            {
                // A writer of the outbox feed held a row this rebuild needed while waiting for one of its
                // rows; the database ended this side. A rebuild starts from nothing, so it can start again.
                db.ChangeTracker.Clear();
            }
        }
    }

    // The tenant's facts gone. When it is the only tenant with facts, the tables are emptied whole
    // (TRUNCATE; SQLite's DELETE without a condition drops the pages instead of visiting every row):
    // removing twenty million rows one by one would take longer than writing them again.
    private async Task RemoveFactsAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await OnlyTenantAsync(db.Set<ApplicationFact>().Select(f => f.TenantId), tenantId, cancellationToken)
            && await OnlyTenantAsync(db.Set<CaseEventFact>().Select(f => f.TenantId), tenantId, cancellationToken))
        {
            var empty = db.IsPostgres
                ? """TRUNCATE "Analytics_FactCaseEvents", "Analytics_FactApplications" """
                : """DELETE FROM "Analytics_FactCaseEvents"; DELETE FROM "Analytics_FactApplications";""";
            await db.Database.ExecuteSqlRawAsync(empty, cancellationToken);
        }
        else
        {
            await db.Set<CaseEventFact>().Where(f => f.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<ApplicationFact>().Where(f => f.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        }

        // Services and calls are counted in thousands, not millions: removed row by row.
        await db.Set<ServiceFact>().Where(f => f.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CallFact>().Where(f => f.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // No other tenant's rows: the least and the greatest tenant are this one or none (two index reads).
    private static async Task<bool> OnlyTenantAsync(IQueryable<Guid> tenants, Guid tenantId, CancellationToken cancellationToken)
    {
        // Ordered and the first taken, not MIN: PostgreSQL has no MIN of a uuid, and both read the index's ends.
        var least = await tenants.OrderBy(t => t).Select(t => (Guid?)t).FirstOrDefaultAsync(cancellationToken);
        var greatest = await tenants.OrderByDescending(t => t).Select(t => (Guid?)t).FirstOrDefaultAsync(cancellationToken);
        return (least ?? tenantId) == tenantId && (greatest ?? tenantId) == tenantId;
    }

    // A projection's facts written page by page in the database, each page its own transaction.
    private async Task<long> WriteAsync(IEventProjection projection, Guid tenantId, IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var total = await projection.CountAsync(tenantId, cancellationToken);
        progress?.Report(new RebuildProgress(projection.Name, 0, total));
        var ends = await projection.PageEndsAsync(tenantId, ProjectedPageRows, total, cancellationToken);
        await using var writer = new FactWriter(db, pseudonyms, dimensions: false);
        var after = Guid.Empty;
        foreach (var last in ends.Append(LastKey))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await writer.WriteAsync(projection, tenantId, after, last, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            progress?.Report(new RebuildProgress(projection.Name, Math.Min(writer.Taken, total), total));
            after = last;
        }

        return writer.Taken;
    }

    // Above every key: ff… is the greatest uuid, and the greatest upper-case text of one.
    private static readonly Guid LastKey = Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff");

    private static bool IsDeadlock(Exception e) => e switch
    {
        System.Data.Common.DbException { SqlState: "40P01" or "40001" } => true,
        { InnerException: { } inner } => IsDeadlock(inner),
        _ => false,
    };

    private async Task<RebuildSummary> RunOnceAsync(Guid tenantId, string by, IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var load = new WarehouseLoad { TenantId = tenantId, StartedAt = clock.GetUtcNow().UtcDateTime, By = by[..Math.Min(by.Length, WarehouseLoad.MaxByLength)] };
        db.Add(load);
        await db.SaveChangesAsync(cancellationToken);

        await RemoveFactsAsync(tenantId, cancellationToken);

        long facts = 0;
        foreach (var replay in replays)
        {
            var total = await replay.CountAsync(tenantId, cancellationToken);
            long done = 0;
            progress?.Report(new RebuildProgress(replay.Name, 0, total));
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var writer = new FactWriter(db, pseudonyms, dimensions: false);
            try
            {
                await foreach (var domainEvent in replay.ReplayAsync(tenantId, cancellationToken))
                {
                    done++;
                    if (!FactWriter.Handles(domainEvent))
                    {
                        continue;
                    }

                    await writer.WriteAsync(domainEvent, cancellationToken);
                    if (writer.Taken % BatchSize == 0)
                    {
                        await writer.FlushAsync(cancellationToken);
                        await transaction.CommitAsync(cancellationToken);
                        await transaction.DisposeAsync();
                        transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                        progress?.Report(new RebuildProgress(replay.Name, done, total));
                    }
                }

                await writer.FlushAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                facts += writer.Taken;
                progress?.Report(new RebuildProgress(replay.Name, done, total));
            }
            finally
            {
                await writer.DisposeAsync();
                await transaction.DisposeAsync();
            }
        }

        foreach (var projection in projections.Where(FactWriter.Handles))
        {
            facts += await WriteAsync(projection, tenantId, progress, cancellationToken);
        }

        await WarehouseDimensions.FillAsync(db, tenantId, cancellationToken);
        var finished = clock.GetUtcNow().UtcDateTime;
        await db.Set<WarehouseLoad>().Where(l => l.Id == load.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.FinishedAt, finished).SetProperty(l => l.Facts, facts), cancellationToken);
        return new RebuildSummary(facts, clock.GetElapsedTime(started));
    }
}
