using Microsoft.EntityFrameworkCore;
using Pathway.Forecasting;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.Series;

internal sealed class SeriesStore(PathwayDbContext db, ITenantScopeAccessor scope, IAuditActorAccessor actor, TimeProvider clock) : ISeriesStore
{
    public async Task<IReadOnlyList<SeriesSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<StoredSeries>().AsNoTracking()
            .OrderBy(s => s.Key)
            .Select(s => new
            {
                Series = s,
                First = s.Observations.Min(o => (DateOnly?)o.Period),
                Last = s.Observations.Max(o => (DateOnly?)o.Period),
                Count = s.Observations.Count(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => Summarise(r.Series, r.First, r.Last, r.Count)).ToList();
    }

    public async Task<(SeriesSummary Summary, TimeSeries Series)?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var stored = await db.Set<StoredSeries>().AsNoTracking().Include(s => s.Observations).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return stored is null ? null : (Summarise(stored), stored.ToTimeSeries());
    }

    public async Task<KeepOutcome> KeepAsync(KeepSeries command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.OrganisationId is not { } organisationId)
        {
            return new KeepOutcome.NoOrganisation();
        }

        if (command.Check() is { Count: > 0 } problems)
        {
            return new KeepOutcome.Invalid(problems);
        }

        var given = command.Series;
        var series = new TimeSeries(given.Id.Trim(), given.Frequency, given.Start, given.Values);
        var tenant = scope.Current.TenantId;
        if (await KeyTakenAsync(tenant, series.Id, cancellationToken))
        {
            return new KeepOutcome.KeyTaken(series.Id);
        }

        var stored = StoredSeries.From(series, command.Description, tenant, organisationId, SeriesSource.Upload, clock.GetUtcNow().UtcDateTime, actor.Current.Id);
        db.Add(stored);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone may have stored the same key between the check and the save.
            db.ChangeTracker.Clear();
            if (await KeyTakenAsync(tenant, series.Id, cancellationToken))
            {
                return new KeepOutcome.KeyTaken(series.Id);
            }

            throw;
        }

        return new KeepOutcome.Kept(Summarise(stored));
    }

    // Keys are unique per tenant, also across organisations the caller does not see.
    private Task<bool> KeyTakenAsync(Guid tenant, string key, CancellationToken cancellationToken) =>
        db.Set<StoredSeries>().IgnoreQueryFilters().AnyAsync(s => s.TenantId == tenant && s.Key == key, cancellationToken);

    private static SeriesSummary Summarise(StoredSeries stored)
    {
        var periods = stored.Observations.Select(o => o.Period).ToList();
        return Summarise(stored, periods.Count == 0 ? null : periods.Min(), periods.Count == 0 ? null : periods.Max(), periods.Count);
    }

    private static SeriesSummary Summarise(StoredSeries s, DateOnly? first, DateOnly? last, int count) => new(
        s.Id, s.Key, s.Title, s.Frequency.ToKey(), s.Unit, s.Source.ToString().ToLowerInvariant(), s.CreatedAt, s.CreatedBy,
        first is { } f ? s.Frequency.Format(f) : null,
        last is { } l ? s.Frequency.Format(l) : null,
        count);
}
