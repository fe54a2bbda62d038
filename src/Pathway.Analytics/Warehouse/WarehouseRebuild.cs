using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
/// batches write facts only; the dimensions are filled from them at the end (<see cref="WarehouseDimensions"/>), and
/// the monthly counts counted from them (<see cref="MonthlyCountsRefill"/>).
/// </summary>
public sealed class WarehouseRebuild(PathwayDbContext db, IServiceScopeFactory scopes, Pseudonyms pseudonyms, TimeProvider clock)
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
    // Returns whether the tables were emptied whole.
    private async Task<bool> RemoveFactsAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var whole = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The steps have no index by tenant to read the ends of: their tallies say which tenants hold any.
        if (await OnlyTenantAsync(db.Set<ApplicationFact>().Select(f => f.TenantId), tenantId, cancellationToken)
            && !await db.Set<WarehouseTally>().AnyAsync(t => t.TenantId != tenantId && t.Steps > 0, cancellationToken))
        {
            var empty = db.IsPostgres
                ? """TRUNCATE "Analytics_FactCaseEvents", "Analytics_FactApplications", "Analytics_MonthlyApplications", "Analytics_MonthlyDecisions", "Analytics_MonthlyOfficeDecisions" """
                : """
                  DELETE FROM "Analytics_FactCaseEvents"; DELETE FROM "Analytics_FactApplications";
                  DELETE FROM "Analytics_MonthlyApplications"; DELETE FROM "Analytics_MonthlyDecisions"; DELETE FROM "Analytics_MonthlyOfficeDecisions";
                  """;
            await db.Database.ExecuteSqlRawAsync(empty, cancellationToken);
            whole = true;
        }
        else
        {
            await db.Set<MonthlyApplications>().Where(c => c.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<MonthlyDecisions>().Where(c => c.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<MonthlyOfficeDecisions>().Where(c => c.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<CaseEventFact>().Where(f => f.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<ApplicationFact>().Where(f => f.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        }

        // The tally starts again with the facts (other tenants' stay).
        await db.Set<WarehouseTally>().Where(t => t.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);

        // Services, calls, appointments and the portal's use are counted in thousands, not millions: removed row by row.
        await db.Set<ServiceFact>().Where(f => f.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<BeneficiaryFact>().Where(f => f.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CallFact>().Where(f => f.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<AppointmentFact>().Where(f => f.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<PortalUseFact>().Where(f => f.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return whole;
    }

    // No other tenant's rows: the least and the greatest tenant are this one or none (two index reads).
    private static async Task<bool> OnlyTenantAsync(IQueryable<Guid> tenants, Guid tenantId, CancellationToken cancellationToken)
    {
        // Ordered and the first taken, not MIN: PostgreSQL has no MIN of a uuid, and both read the index's ends.
        var least = await tenants.OrderBy(t => t).Select(t => (Guid?)t).FirstOrDefaultAsync(cancellationToken);
        var greatest = await tenants.OrderByDescending(t => t).Select(t => (Guid?)t).FirstOrDefaultAsync(cancellationToken);
        return (least ?? tenantId) == tenantId && (greatest ?? tenantId) == tenantId;
    }

    // A module's replayed events written in batches of BatchSize, each its own transaction; the events
    // read ahead by a pump into a bounded channel, so memory holds at most a batch more than is written.
    private async Task<long> WriteAsync(IEventReplay replay, Guid tenantId, NamedDimensions named, IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var total = await replay.CountAsync(tenantId, cancellationToken);
        progress?.Report(new RebuildProgress(replay.Name, 0, total));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var events = Channel.CreateBounded<IDomainEvent>(new BoundedChannelOptions(BatchSize) { SingleReader = true, SingleWriter = true });
        var pump = Task.Run(async () =>
        {
            try
            {
                await foreach (var domainEvent in replay.ReplayAsync(tenantId, stop.Token))
                {
                    await events.Writer.WriteAsync(domainEvent, stop.Token);
                }

                events.Writer.Complete();
            }
            catch (Exception e)
            {
                events.Writer.Complete(e);
            }
        }, stop.Token);

        long done = 0;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var writer = new FactWriter(db, pseudonyms, clock, dimensions: false, named);
        try
        {
            await foreach (var domainEvent in events.Reader.ReadAllAsync(cancellationToken))
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
            progress?.Report(new RebuildProgress(replay.Name, done, total));
            return writer.Taken;
        }
        finally
        {
            // Should the writing fail, the reading stops too.
            await stop.CancelAsync();
            await pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await writer.DisposeAsync();
            await transaction.DisposeAsync();
        }
    }

    private const string AnalyzeApplications = """ANALYZE "Analytics_FactApplications" """;

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

        var whole = await RemoveFactsAsync(tenantId, cancellationToken);
        if (whole)
        {
            await FactIndexes.DropAsync(db, cancellationToken);
        }
        else
        {
            // Any index a rebuild cut short left missing.
            await FactIndexes.CreateAsync(db, cancellationToken);
        }

        try
        {
            return await LoadAsync(tenantId, load, started, progress, cancellationToken);
        }
        catch when (whole)
        {
            // The facts are half loaded, but the indexes are not left missing; should this fail too (the
            // database away), the next rebuild builds them.
            try
            {
                await FactIndexes.CreateAsync(db, CancellationToken.None);
            }
            catch (System.Data.Common.DbException)
            {
            }

            throw;
        }
    }

    private async Task<RebuildSummary> LoadAsync(Guid tenantId, WarehouseLoad load, long started, IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        // The projections' pages are planned (counted, and their ends found: 3 s at 2,000,000 applications)
        // on a connection of their own while the replays write. On PostgreSQL that connection then writes
        // them meanwhile, each side on a core (the tables differ). SQLite writes one transaction at a time,
        // so there the replays' connection writes the pages after them: the replays already wait for their
        // own writing, not their reading, and pages written between their batches took as long in all.
        await using var projecting = scopes.CreateAsyncScope();
        var projectingDb = projecting.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var projections = projecting.ServiceProvider.GetServices<IEventProjection>().Where(FactWriter.Handles).ToList();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var planned = Task.Run(() => ProjectedPages.PlanAsync(projections, tenantId, ProjectedPageRows, pseudonyms, clock, progress, stop.Token), stop.Token);
        var projected = db.IsPostgres ? Task.Run(async () => await (await planned).WriteAsync(projectingDb, stop.Token), stop.Token) : null;

        // The modules' records are read on a connection of their own while this one writes them.
        long facts = 0;
        var named = new NamedDimensions();
        try
        {
            await using var reading = scopes.CreateAsyncScope();
            foreach (var replay in reading.ServiceProvider.GetServices<IEventReplay>())
            {
                facts += await WriteAsync(replay, tenantId, named, progress, cancellationToken);
            }

            // The applications' indexes, statistics and monthly counts need none of the steps: on PostgreSQL
            // they are made while the steps are still being written (12 s of 128 at 2,000,000 applications).
            await FactIndexes.CreateAsync(db, cancellationToken);
            // The planner's statistics of the applications' facts, taken afresh: without them SQLite reads a whole
            // tenant through an index that begins with the tenant, a row at a time, not knowing it picks every row
            // (the dimensions and the monthly counts below took 30 s at 2,000,000 applications instead of a few).
            await db.Database.ExecuteSqlRawAsync(AnalyzeApplications, cancellationToken);
            await MonthlyCountsRefill.RefillAsync(db, tenantId, cancellationToken);
            facts += await (projected ?? (await planned).WriteAsync(db, cancellationToken));
        }
        catch
        {
            // The projections stop with the replays, before their connection's scope ends.
            await stop.CancelAsync();
            await (projected ?? (Task)planned).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        // The dimensions after the steps: the days' span reaches today when the tenant has any.
        await WarehouseDimensions.FillAsync(db, tenantId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), named, cancellationToken);
        var finished = clock.GetUtcNow().UtcDateTime;
        await db.Set<WarehouseLoad>().Where(l => l.Id == load.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.FinishedAt, finished).SetProperty(l => l.Facts, facts), cancellationToken);
        return new RebuildSummary(facts, clock.GetElapsedTime(started));
    }
}
