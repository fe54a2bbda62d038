using System.Globalization;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.Warehouse;

/// <summary>A warehouse table an analyst may export: its name in the address and the file, the database table, the tenant's rows in it.</summary>
public sealed record ExportableTable(string Name, string Table, long Rows, string File);

/// <summary>
/// The warehouse's pseudonymised tables as Apache Parquet files for analysts' own tools (pandas, R, DuckDB,
/// Power BI): one tenant's rows only, streamed from the database in row groups, every export audited
/// with its row count. Pseudonymised row-level data leaving the system is a disclosure, hence the record.
/// </summary>
public sealed class ParquetExport(PathwayDbContext db)
{
    public const string ContentType = "application/vnd.apache.parquet";

    /// <summary>Rows per Parquet row group, and per page read from the database: what is in memory at once.</summary>
    public const int RowGroupSize = 100_000;

    /// <summary>The names of the exportable tables, facts first.</summary>
    public static IReadOnlyList<string> TableNames { get; } = [.. WarehouseTables.All.Select(t => t.Name)];

    public static bool Exists(string table) => WarehouseTables.Find(table) is not null;

    public async Task<IReadOnlyList<ExportableTable>> TablesAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var tables = new List<ExportableTable>(WarehouseTables.All.Count);
        foreach (var table in WarehouseTables.All)
        {
            tables.Add(new ExportableTable(table.Name, table.Table, await table.CountAsync(db, tenantId, cancellationToken), table.FileName));
        }

        return tables;
    }

    /// <summary>
    /// Writes the tenant's rows of <paramref name="table"/> to <paramref name="output"/> (writeable and seekable) and audits
    /// the export once the file is whole; null for a table that does not exist. <paramref name="actor"/> names who exported
    /// where there is no signed-in caller (the command line).
    /// </summary>
    public async Task<long?> ExportAsync(
        Guid tenantId, string table, Stream output, AuditActor? actor = null, IProgress<long>? progress = null, int rowGroupSize = RowGroupSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        if (WarehouseTables.Find(table) is not { } found)
        {
            return null;
        }

        var rows = await found.WriteAsync(db, tenantId, output, rowGroupSize, progress, cancellationToken);
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, "Warehouse", found.Name,
            Details: string.Create(CultureInfo.InvariantCulture, $"parquet export; {rows} rows"), Actor: actor), cancellationToken);
        return rows;
    }
}
