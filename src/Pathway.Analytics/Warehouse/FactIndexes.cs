using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.Warehouse;

/// <summary>
/// The fact tables' secondary indexes (not their keys, which idempotent writing needs), as the model
/// declares them: a rebuild that empties the tables whole drops them and builds them again after the
/// load, since building an index from twenty million rows at once costs less than keeping it up to date
/// through twenty million inserts in random order.
/// </summary>
internal static class FactIndexes
{
    private static IEnumerable<IIndex> Of(PathwayDbContext db) =>
        new[] { typeof(ApplicationFact), typeof(CaseEventFact) }.SelectMany(type => db.Model.FindEntityType(type)!.GetIndexes());

    public static async Task DropAsync(PathwayDbContext db, CancellationToken cancellationToken)
    {
        foreach (var index in Of(db))
        {
            var drop = $"""DROP INDEX IF EXISTS "{index.GetDatabaseName()}" """;
            await db.Database.ExecuteSqlRawAsync(drop, cancellationToken);
        }
    }

    /// <summary>Builds those that are not there; nothing when all are.</summary>
    public static async Task CreateAsync(PathwayDbContext db, CancellationToken cancellationToken)
    {
        if (!db.IsPostgres)
        {
            // SQLite sorts an index's entries on one thread unless told it may use more: 19.4 s against
            // 14.5 s on two cores for the 19 million steps. PostgreSQL builds with parallel workers itself.
            var threads = string.Create(CultureInfo.InvariantCulture, $"PRAGMA threads = {Math.Min(Environment.ProcessorCount, 8)}");
            await db.Database.ExecuteSqlRawAsync(threads, cancellationToken);
        }

        foreach (var index in Of(db))
        {
            var table = index.DeclaringEntityType.GetTableName();
            var columns = string.Join(", ", index.Properties.Select(p => $"\"{p.GetColumnName()}\""));
            var create = $"""CREATE INDEX IF NOT EXISTS "{index.GetDatabaseName()}" ON "{table}" ({columns})""";
            await db.Database.ExecuteSqlRawAsync(create, cancellationToken);
        }
    }
}
