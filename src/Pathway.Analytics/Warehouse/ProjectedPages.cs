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
    public async Task<long> WriteAsync(PathwayDbContext on, CancellationToken cancellationToken)
    {
        await using var writer = new FactWriter(on, pseudonyms, clock, dimensions: false);
        var written = new Dictionary<IEventProjection, long>();
        var after = Guid.Empty;
        foreach (var (projection, total, last) in pages)
        {
            await using (var transaction = await on.Database.BeginTransactionAsync(cancellationToken))
            {
                var facts = await writer.WriteAsync(projection, tenantId, after, last, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                written[projection] = written.GetValueOrDefault(projection) + facts;
            }

            progress?.Report(new RebuildProgress(projection.Name, Math.Min(written[projection], total), total));
            // A projection's pages run to the greatest key; the next projection starts from the least.
            after = last == LastKey ? Guid.Empty : last;
        }

        return written.Values.Sum();
    }
}
