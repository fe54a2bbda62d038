using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.Sources;

internal sealed class SourceTableStore(PathwayDbContext db, ITenantScopeAccessor scope, IAuditActorAccessor actor, TimeProvider clock) : ISourceTables
{
    public async Task<IReadOnlyList<SourceTableSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var tables = await db.Set<SourceTable>().AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return tables.Select(SourceTableSummary.Of).ToList();
    }

    public async Task<SourceTableDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var table = await db.Set<SourceTable>().AsNoTracking().Include(t => t.Dimensions).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (table is null)
        {
            return null;
        }

        var codes = (await db.Set<SourceCode>().AsNoTracking().Where(c => c.TableId == id).OrderBy(c => c.Position).ThenBy(c => c.Rank).ToListAsync(cancellationToken))
            .ToLookup(c => c.Position);
        var dimensions = table.Dimensions.OrderBy(d => d.Position)
            .Select(d => new SourceDimensionView(d.Position, d.Code, d.Label, d.LabelsOnly, d.CodeCount, codes[d.Position].Select(c => new SourceCodeView(c.Code, c.Label)).ToList()))
            .ToList();
        return new SourceTableDetail(SourceTableSummary.Of(table), dimensions);
    }

    public async Task<SourceObservationPage?> ObservationsAsync(Guid id, IReadOnlyDictionary<int, string> filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var dimensions = await db.Set<SourceTable>().AsNoTracking().Where(t => t.Id == id)
            .Select(t => t.Dimensions.OrderBy(d => d.Position).Select(d => d.Code).ToList())
            .FirstOrDefaultAsync(cancellationToken);
        if (dimensions is null)
        {
            return null;
        }

        var observations = db.Set<SourceObservation>().AsNoTracking().Where(o => o.TableId == id);
        foreach (var (position, code) in filter)
        {
            var series = db.Set<SourceSeriesCode>().Where(c => c.TableId == id && c.Position == position && c.Code == code).Select(c => c.Series);
            observations = observations.Where(o => series.Contains(o.Series));
        }

        var total = await observations.CountAsync(cancellationToken);
        var rows = await observations.OrderBy(o => o.Series).ThenBy(o => o.Start).ThenBy(o => o.Period)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var numbers = rows.Select(r => r.Series).Distinct().ToList();
        var seriesRows = await db.Set<SourceSeries>().AsNoTracking().Where(s => s.TableId == id && numbers.Contains(s.Number)).ToDictionaryAsync(s => s.Number, cancellationToken);
        var seriesCodes = (await db.Set<SourceSeriesCode>().AsNoTracking().Where(c => c.TableId == id && numbers.Contains(c.Series)).ToListAsync(cancellationToken))
            .ToLookup(c => c.Series);
        var views = rows.Select(o => new SourceObservationView(
                seriesRows[o.Series].Structure,
                seriesRows[o.Series].Key,
                seriesCodes[o.Series].OrderBy(c => c.Position).ToDictionary(c => dimensions[c.Position], c => c.Code, StringComparer.Ordinal),
                o.Period, o.Start, o.Frequency, o.Value, o.Status, o.Flag, o.Confidentiality, o.UnitMultiplier))
            .ToList();
        return new SourceObservationPage(total, page, pageSize, views);
    }

    public async Task<LoadOutcome> LoadAsync(LoadSourceTable command, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.OrganisationId is not { } organisationId)
        {
            return new LoadOutcome.NoOrganisation();
        }

        var watch = Stopwatch.StartNew();
        var reading = SourceTableReader.Read(content, command.Options);
        var (labels, fieldProblems) = command.Labels(reading.File);
        if (!reading.IsValid || fieldProblems.Count > 0)
        {
            return new LoadOutcome.Refused(fieldProblems, reading.Problems);
        }

        var file = reading.File!;
        var tenant = scope.Current.TenantId;
        var stored = await db.Set<SourceTable>().IgnoreQueryFilters().AsNoTracking().Include(t => t.Dimensions)
            .FirstOrDefaultAsync(t => t.TenantId == tenant && t.Name == labels.Name, cancellationToken);
        if (stored is not null)
        {
            // Another unit's table of this name is not the caller's to replace, nor to learn the columns of.
            var visible = await db.Set<SourceTable>().AnyAsync(t => t.Id == stored.Id, cancellationToken);
            if (!visible)
            {
                return new LoadOutcome.NameTaken(labels.Name);
            }

            var layout = ChangedLayout(stored, file);
            if (!command.Replace)
            {
                return layout.Count > 0 ? new LoadOutcome.Refused([], layout) : new LoadOutcome.NameTaken(labels.Name);
            }
        }

        var table = SourceTable.From(file, labels, tenant, organisationId, clock.GetUtcNow().UtcDateTime, actor.Current.Id, command.LoadedBy);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (stored is not null)
                {
                    // The rows go with the table (ON DELETE CASCADE).
                    await db.Set<SourceTable>().Where(t => t.Id == stored.Id).ExecuteDeleteAsync(cancellationToken);
                }

                db.Add(table);
                await db.SaveChangesAsync(cancellationToken);
                await WriteRowsAsync(table.Id, file, cancellationToken);
                table.Timed(watch.Elapsed);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        catch (DbUpdateException)
        {
            // Someone loaded a table of this name between the check and the save.
            db.ChangeTracker.Clear();
            if (await db.Set<SourceTable>().IgnoreQueryFilters().AnyAsync(t => t.TenantId == tenant && t.Name == labels.Name, cancellationToken))
            {
                return new LoadOutcome.NameTaken(labels.Name);
            }

            throw;
        }

        return new LoadOutcome.Loaded(SourceTableSummary.Of(table), stored is not null);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var table = await db.Set<SourceTable>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (table is null)
        {
            return false;
        }

        db.Remove(table);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The dimensions the file adds to the stored table's and those it lacks, on the header's line.</summary>
    private static List<SourceProblem> ChangedLayout(SourceTable stored, SourceFile file)
    {
        var had = stored.Dimensions.OrderBy(d => d.Position).Select(d => d.Code).ToList();
        var has = file.Dimensions.Select(d => d.Id).ToList();
        var problems = new List<SourceProblem>();
        for (var i = 0; i < has.Count; i++)
        {
            if (!had.Contains(has[i], StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new SourceProblem(1, has[i], 0, SourceProblemKind.ColumnAdded, has[i]));
            }
        }

        foreach (var missing in had.Where(h => !has.Contains(h, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add(new SourceProblem(1, missing, 0, SourceProblemKind.ColumnMissing, missing));
        }

        return problems;
    }

    private async Task WriteRowsAsync(Guid tableId, SourceFile file, CancellationToken cancellationToken)
    {
        var codes = file.Dimensions.SelectMany((d, position) => d.Codes.Select((c, rank) => new SourceCode
        {
            TableId = tableId,
            Position = position,
            Code = c.Key,
            Label = c.Value,
            Rank = rank,
        }));
        await BulkInsert.WriteAsync(db, codes, cancellationToken);
        await BulkInsert.WriteAsync(db, file.Series.Select(s => new SourceSeries { TableId = tableId, Number = s.Number, Structure = s.Structure, Key = s.Key }), cancellationToken);
        // A column left empty for another structure's rows (SDMX-CSV 2.x) is no code of the series.
        await BulkInsert.WriteAsync(db, file.Series.SelectMany(s => s.Codes.Select((code, position) => (code, position))
            .Where(c => c.code.Length > 0)
            .Select(c => new SourceSeriesCode { TableId = tableId, Series = s.Number, Position = c.position, Code = c.code })), cancellationToken);
        await BulkInsert.WriteAsync(db, file.Observations.Select(o => new SourceObservation
        {
            TableId = tableId,
            Series = o.Series,
            Period = o.Period,
            Start = o.Start,
            Frequency = o.Frequency,
            Value = o.Value,
            Status = o.Status,
            Flag = o.Flag,
            Confidentiality = o.Confidentiality,
            UnitMultiplier = o.UnitMultiplier,
            Line = o.Line,
        }), cancellationToken);
    }
}
