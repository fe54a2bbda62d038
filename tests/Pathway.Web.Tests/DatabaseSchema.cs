using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Pathway.Platform.Persistence;

namespace Pathway.Web.Tests;

/// <summary>The schema as the database reports it, and as the EF model expects it.</summary>
internal sealed record ColumnShape(string Table, string Column, string Type, bool Nullable, string? Collation);

internal static class DatabaseSchema
{
    public static IReadOnlyList<ColumnShape> Expected(PathwayDbContext db, DatabaseProvider provider)
    {
        var columns = new List<ColumnShape>();
        foreach (var table in db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables)
        {
            foreach (var column in table.Columns)
            {
                columns.Add(new ColumnShape(table.Name, column.Name, Normalise(column.StoreType, provider), column.IsNullable, column.Collation));
            }
        }

        return columns;
    }

    public static IReadOnlyList<string> ExpectedIndexes(PathwayDbContext db) =>
        db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.SelectMany(t => t.Indexes.Select(i => i.Name)).ToList();

    public static async Task<IReadOnlyList<ColumnShape>> ActualAsync(PathwayDbContext db, DatabaseProvider provider)
    {
        var columns = new List<ColumnShape>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                foreach (var table in await ListAsync(connection, "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'"))
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"PRAGMA table_info(\"{table}\")";
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        // (pragma_table_list leaves out full-text indexes, which are virtual tables, and their shadow tables.)
                        // SQLite: a primary key column is NOT NULL whatever the declaration says.
                        var notNull = reader.GetInt64(3) == 1 || reader.GetInt64(5) > 0;
                        columns.Add(new ColumnShape(table, reader.GetString(1), Normalise(reader.GetString(2), provider), !notNull, null));
                    }
                }
            }
            else
            {
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                           CASE WHEN a.attcollation <> t.typcollation THEN co.collname END
                    FROM pg_attribute a
                    JOIN pg_class c ON c.oid = a.attrelid
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    JOIN pg_type t ON t.oid = a.atttypid
                    LEFT JOIN pg_collation co ON co.oid = a.attcollation
                    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
                    """;
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add(new ColumnShape(reader.GetString(0), reader.GetString(1), Normalise(reader.GetString(2), provider), !reader.GetBoolean(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return columns;
    }

    public static async Task<IReadOnlyList<string>> ActualIndexesAsync(PathwayDbContext db, DatabaseProvider provider)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            return await ListAsync(connection, provider == DatabaseProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"
                : "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE 'PK_%' AND indexname NOT LIKE '%_pkey'");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Normalise(string type, DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? type.ToUpperInvariant() : type.ToLowerInvariant();

    private static async Task<List<string>> ListAsync(DbConnection connection, string sql)
    {
        var names = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
