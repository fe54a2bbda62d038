using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.Dashboards;
using Pathway.Analytics.Warehouse;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.DataExchange;

/// <summary>
/// The warehouse's counts behind each dataset, grouped in the database (a few thousand rows whatever
/// the number of cases), and the version of the warehouse they were counted from.
/// </summary>
public sealed class DatasetCounts(PathwayDbContext db)
{
    /// <summary>
    /// Read from the warehouse's tally, not from its facts (summing two million applications' versions and
    /// finding the newest of twenty million steps took half a minute a call): its changes only rise between
    /// rebuilds, and the last rebuild's end is part of the fingerprint.
    /// </summary>
    public async Task<WarehouseVersion> VersionAsync(Guid tenant, CancellationToken cancellationToken)
    {
        var tally = await db.Set<WarehouseTally>().AsNoTracking().Where(t => t.TenantId == tenant)
            .Select(t => new { t.Changes, ChangedAt = (DateTime?)t.ChangedAt }).FirstOrDefaultAsync(cancellationToken);
        var loadAt = await db.Set<WarehouseLoad>().AsNoTracking().Where(l => l.TenantId == tenant && l.FinishedAt != null).MaxAsync(l => l.FinishedAt, cancellationToken);
        var changedAt = tally?.ChangedAt;
        DateTime? updated = changedAt is null ? loadAt : loadAt is null ? changedAt : changedAt > loadAt ? changedAt : loadAt;
        var fingerprint = string.Create(CultureInfo.InvariantCulture, $"{tenant:N}:{tally?.Changes ?? 0}:{changedAt?.Ticks ?? 0}:{loadAt?.Ticks ?? 0}");
        return new WarehouseVersion(fingerprint, updated is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null);
    }

    public async Task<IReadOnlyList<string>> ApplicationTypesAsync(Guid tenant, CancellationToken cancellationToken)
    {
        var catalogue = await db.Set<ApplicationTypeDimension>().AsNoTracking().Where(t => t.TenantId == tenant).Select(t => t.Code).ToListAsync(cancellationToken);
        var seen = await db.Set<ApplicationFact>().AsNoTracking().Where(f => f.TenantId == tenant).Select(f => f.ApplicationType).Distinct().ToListAsync(cancellationToken);
        return [.. catalogue.Union(seen, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The rows of a dataset, one code per dimension in the dataset's order.</summary>
    public Task<IReadOnlyList<DatasetRow>> RowsAsync(ExchangeDataset dataset, Guid tenant, DateOnly currentMonth, CancellationToken cancellationToken) => dataset.Id switch
    {
        DatasetCatalogue.Applications => ApplicationsAsync(tenant, cancellationToken),
        DatasetCatalogue.Decisions => DecisionsAsync(tenant, cancellationToken),
        DatasetCatalogue.Backlog => BacklogAsync(tenant, currentMonth, cancellationToken),
        DatasetCatalogue.Services => ServicesAsync(tenant, cancellationToken),
        DatasetCatalogue.Calls => CallsAsync(tenant, cancellationToken),
        _ => throw new ArgumentException($"No dataset {dataset.Id}.", nameof(dataset)),
    };

    private IQueryable<ApplicationFact> Facts(Guid tenant) => db.Set<ApplicationFact>().AsNoTracking().Where(f => f.TenantId == tenant);

    private async Task<IReadOnlyList<DatasetRow>> ApplicationsAsync(Guid tenant, CancellationToken cancellationToken)
    {
        var groups = await Facts(tenant)
            .GroupBy(f => new { f.SubmittedOn.Year, f.SubmittedOn.Month, f.ApplicationType, f.Citizenship, f.Sex })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.ApplicationType, g.Key.Citizenship, g.Key.Sex, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return [.. groups.Select(g => new DatasetRow(new DateOnly(g.Year, g.Month, 1), [g.ApplicationType, g.Citizenship, g.Sex], g.Count))];
    }

    private async Task<IReadOnlyList<DatasetRow>> DecisionsAsync(Guid tenant, CancellationToken cancellationToken)
    {
        var groups = await Facts(tenant).Where(f => f.DecidedOn != null && f.Outcome != null)
            .GroupBy(f => new { f.DecidedOn!.Value.Year, f.DecidedOn.Value.Month, f.Outcome, f.ApplicationType, f.Citizenship })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Outcome, g.Key.ApplicationType, g.Key.Citizenship, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return [.. groups.Select(g => new DatasetRow(new DateOnly(g.Year, g.Month, 1), [g.Outcome!, g.ApplicationType, g.Citizenship], g.Count))];
    }

    /// <summary>Cases awaiting a decision at each month's end, from the first month one came in to the current one, by whole months waited (as the dashboard counts them).</summary>
    private async Task<IReadOnlyList<DatasetRow>> BacklogAsync(Guid tenant, DateOnly currentMonth, CancellationToken cancellationToken)
    {
        var groups = await Facts(tenant)
            .GroupBy(f => new { f.SubmittedOn.Year, f.SubmittedOn.Month, SettledYear = (int?)f.SettledOn!.Value.Year, SettledMonth = (int?)f.SettledOn.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.SettledYear, g.Key.SettledMonth, Count = g.Count() })
            .ToListAsync(cancellationToken);
        if (groups.Count == 0)
        {
            return [];
        }

        var cases = groups.Select(g => (new DateOnly(g.Year, g.Month, 1), g.SettledYear is { } y ? new DateOnly(y, g.SettledMonth!.Value, 1) : (DateOnly?)null, g.Count)).ToList();
        var first = cases.Min(c => c.Item1);
        var last = cases.Max(c => c.Item1) > currentMonth ? cases.Max(c => c.Item1) : currentMonth;
        var rows = new List<DatasetRow>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            var backlog = DashboardFigures.BacklogAt(month, cases);
            long[] bands = [backlog.UnderOne, backlog.OneToTwo, backlog.TwoToThree, backlog.ThreeOrMore];
            for (var band = 0; band < bands.Length; band++)
            {
                if (bands[band] > 0)
                {
                    rows.Add(new DatasetRow(month, [DatasetCatalogue.WaitBands[band]], bands[band]));
                }
            }
        }

        return rows;
    }

    /// <summary>
    /// Services delivered (not planned or cancelled, not removed) by month, kind, citizenship and sex, one row per
    /// beneficiary: the cube counts the services and protects the persons behind them.
    /// </summary>
    private async Task<IReadOnlyList<DatasetRow>> ServicesAsync(Guid tenant, CancellationToken cancellationToken)
    {
        var groups = await db.Set<ServiceFact>().AsNoTracking()
            .Where(f => f.TenantId == tenant && !f.Removed && f.Status == SupportLoadFigures.Delivered)
            .GroupBy(f => new { f.On.Year, f.On.Month, f.Kind, f.Citizenship, f.Sex, f.PersonKey })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Kind, g.Key.Citizenship, g.Key.Sex, g.Key.PersonKey, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return [.. groups.Select(g => new DatasetRow(new DateOnly(g.Year, g.Month, 1), [g.Kind, g.Citizenship, g.Sex], g.Count, g.PersonKey))];
    }

    /// <summary>The helpline's calls (not removed) by month, result and category; the result by the dashboard's own rule.</summary>
    private async Task<IReadOnlyList<DatasetRow>> CallsAsync(Guid tenant, CancellationToken cancellationToken)
    {
        var groups = await db.Set<CallFact>().AsNoTracking().Where(f => f.TenantId == tenant && !f.Removed)
            .GroupBy(f => new { f.On.Year, f.On.Month, f.Source, f.Category, f.Answered, f.Abandoned })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Source, g.Key.Category, g.Key.Answered, g.Key.Abandoned, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return [.. groups.Select(g => new DatasetRow(new DateOnly(g.Year, g.Month, 1),
            [SupportLoadFigures.ResultOf(g.Source, g.Category, g.Answered, g.Abandoned), g.Category], g.Count))];
    }
}
