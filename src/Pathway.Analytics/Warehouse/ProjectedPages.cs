using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Protection;

namespace Pathway.Analytics.Warehouse;

/// <summary>
/// The pages a rebuild writes of the modules' projections (<see cref="IEventProjection"/>: the facts made
/// in the database, such as the timeline's twenty million steps), planned once and then written page by
/// page, each its own transaction: on PostgreSQL by a connection of their own while the replays
/// write, on SQLite, which writes one transaction at a time, by the replays' connection after them.
/// </summary>
internal sealed class ProjectedPages
{
    private readonly List<(IEventProjection Projection, long Total, Guid Last)> pages = [];
    private readonly Guid tenantId;
    private readonly Pseudonyms pseudonyms;
    private readonly TimeProvider clock;
    private readonly IProgress<RebuildProgress>? progress;

    private ProjectedPages(Guid tenantId, Pseudonyms pseudonyms, TimeProvider clock, IProgress<RebuildProgress>? progress) =>
        (this.tenantId, this.pseudonyms, this.clock, this.progress) = (tenantId, pseudonyms, clock, progress);

    // Above every key: ff… is the greatest uuid, and the greatest upper-case text of one.
    private static readonly Guid LastKey = Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff");

    /// <summary>Counts each projection's rows and finds the ends of its pages of about <paramref name="rows"/> rows.</summary>
    public static async Task<ProjectedPages> PlanAsync(IReadOnlyList<IEventProjection> projections, Guid tenantId, int rows, Pseudonyms pseudonyms, TimeProvider clock,
        IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var plan = new ProjectedPages(tenantId, pseudonyms, clock, progress);
        foreach (var projection in projections)
        {
            var total = await projection.CountAsync(tenantId, cancellationToken);
            progress?.Report(new RebuildProgress(projection.Name, 0, total));
            var ends = await projection.PageEndsAsync(tenantId, rows, total, cancellationToken);
            plan.pages.AddRange(ends.Append(LastKey).Select(last => (projection, total, last)));
        }

        return plan;
    }

    /// <summary>Writes every page on <paramref name="on"/>'s connection, each its own transaction; returns the facts written.</summary>
    /// <remarks>
    /// On PostgreSQL an insert that skips the facts already stored (ON CONFLICT) inserts each row
    /// speculatively, which made the whole rebuild 119 s against 86 s at 2,000,000 applications. The
    /// rebuild removed the tenant's facts first, so a page's steps can be stored already only when the
    /// outbox feed wrote them meanwhile, and then the tally holds more of the tenant's steps than the
    /// pages wrote: until it does, pages go unguarded. Should the feed write one of a page's steps
    /// between that look and the page, its key refuses the page, which is written again guarded, as are
    /// the pages after it. SQLite looks up the key as it inserts anyway: its pages are always guarded.
    /// </remarks>
    public async Task<long> WriteAsync(PathwayDbContext on, CancellationToken cancellationToken)
    {
        await using var writer = new FactWriter(on, pseudonyms, clock, dimensions: false);
        var written = new Dictionary<IEventProjection, long>();
        var after = Guid.Empty;
        var guarded = !on.IsPostgres;
        foreach (var (projection, total, last) in pages)
        {
            guarded = guarded || !FactWriter.Tallied(projection) || await FeedWroteStepsAsync(on, written.GetValueOrDefault(projection), cancellationToken);
            int facts;
            try
            {
                facts = await WriteAsync(on, writer, projection, after, last, guarded, cancellationToken);
            }
            catch (DbException e) when (!guarded && e.SqlState == UniqueViolation)
            {
                guarded = true;
                facts = await WriteAsync(on, writer, projection, after, last, guarded, cancellationToken);
            }

            written[projection] = written.GetValueOrDefault(projection) + facts;
            progress?.Report(new RebuildProgress(projection.Name, Math.Min(written[projection], total), total));
            // A projection's pages run to the greatest key; the next projection starts from the least.
            after = last == LastKey ? Guid.Empty : last;
        }

        return written.Values.Sum();
    }

    private const string UniqueViolation = "23505";

    private async Task<int> WriteAsync(PathwayDbContext on, FactWriter writer, IEventProjection projection, Guid after, Guid last, bool guarded, CancellationToken cancellationToken)
    {
        await using var transaction = await on.Database.BeginTransactionAsync(cancellationToken);
        var facts = await writer.WriteAsync(projection, tenantId, after, last, guarded, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return facts;
    }

    // The tenant's steps in the tally beyond those the pages wrote: the feed's.
    private async Task<bool> FeedWroteStepsAsync(PathwayDbContext on, long ours, CancellationToken cancellationToken) =>
        await on.Set<WarehouseTally>().Where(t => t.TenantId == tenantId).Select(t => t.Steps).FirstOrDefaultAsync(cancellationToken) > ours;
}
