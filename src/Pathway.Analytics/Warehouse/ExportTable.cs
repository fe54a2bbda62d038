using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Parquet;
using Parquet.Schema;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.Warehouse;

/// <summary>A warehouse table as the export writes it: its name in addresses and files, the database table, its row count for a tenant and its Parquet file.</summary>
internal abstract class ExportTable(string name, string table)
{
    /// <summary>The name in the address and the file: fact-applications.</summary>
    public string Name { get; } = name;

    /// <summary>The database table: Analytics_FactApplications.</summary>
    public string Table { get; } = table;

    public string FileName => Name + ".parquet";

    public abstract ParquetSchema Schema { get; }

    public abstract Task<long> CountAsync(PathwayDbContext db, Guid tenantId, CancellationToken cancellationToken);

    /// <summary>Writes the tenant's rows as one Parquet file, a row group per page of <paramref name="rowGroupSize"/> rows; answers the rows written.</summary>
    public abstract Task<long> WriteAsync(PathwayDbContext db, Guid tenantId, Stream output, int rowGroupSize, IProgress<long>? progress, CancellationToken cancellationToken);
}

/// <summary>
/// A table of <typeparamref name="TRow"/> read page by page by its key (keyset pagination: each page starts after the
/// last key of the one before, so a page costs the same at row 2,000,000 as at row 0) and written a row group per page.
/// Pages are read one after another, not in one snapshot: a row the feed changes meanwhile is written as its page found it.
/// </summary>
internal sealed class ExportTable<TRow>(
    string name,
    string table,
    Func<PathwayDbContext, Guid, IQueryable<TRow>> rowsOf,
    Func<IQueryable<TRow>, IOrderedQueryable<TRow>> byKey,
    Func<IQueryable<TRow>, TRow, IQueryable<TRow>> after,
    IReadOnlyList<ExportColumn<TRow>> columns,
    Func<PathwayDbContext, Guid, CancellationToken, Task<long>>? kept = null) : ExportTable(name, table)
    where TRow : class
{
    private static readonly ParquetOptions Options = new() { CompressionMethod = CompressionMethod.Snappy };

    public override ParquetSchema Schema { get; } = new(columns.Select(c => c.Field));

    /// <summary>The tenant's rows: as the warehouse keeps their number where it does (<c>kept</c>), else counted.</summary>
    public override Task<long> CountAsync(PathwayDbContext db, Guid tenantId, CancellationToken cancellationToken) =>
        kept?.Invoke(db, tenantId, cancellationToken) ?? rowsOf(db, tenantId).LongCountAsync(cancellationToken);

    public override Task<long> WriteAsync(PathwayDbContext db, Guid tenantId, Stream output, int rowGroupSize, IProgress<long>? progress, CancellationToken cancellationToken) =>
        WriteAsync(PagesAsync(db, tenantId, rowGroupSize, cancellationToken), output, progress, cancellationToken);

    /// <summary>Writes the pages given as row groups of one file (the pages' source is the database, or a test's rows).</summary>
    public async Task<long> WriteAsync(IAsyncEnumerable<IReadOnlyList<TRow>> pages, Stream output, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        long written = 0;
        await using var writer = await ParquetWriter.CreateAsync(Schema, output, Options, cancellationToken: cancellationToken);
        await foreach (var page in pages.WithCancellation(cancellationToken))
        {
            using (var group = writer.CreateRowGroup())
            {
                foreach (var column in columns)
                {
                    await column.WriteAsync(group, page, cancellationToken);
                }

                group.CompleteValidate();
            }

            written += page.Count;
            progress?.Report(written);
        }

        return written;
    }

    private async IAsyncEnumerable<IReadOnlyList<TRow>> PagesAsync(PathwayDbContext db, Guid tenantId, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        TRow? last = null;
        while (true)
        {
            var rows = rowsOf(db, tenantId);
            var page = await byKey(last is null ? rows : after(rows, last)).Take(pageSize).ToListAsync(cancellationToken);
            if (page.Count > 0)
            {
                yield return page;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }

            last = page[^1];
        }
    }
}
