using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Pathway.Platform.Persistence;

/// <summary>
/// Writes many rows of one entity type fast, from the EF model's own mapping (table, columns,
/// value conversions), bypassing change tracking, the audit trail and the outbox: binary COPY on
/// PostgreSQL, one prepared statement in large transactions on SQLite. For benchmark data and
/// imports of a module's own rows, never for records people enter. Inside a transaction the
/// context has begun, the rows are written in it and stand or fall with it.
/// </summary>
public static class BulkInsert
{
    private const int SqliteBatch = 50_000;

    public static async Task<long> WriteAsync<T>(PathwayDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entity.GetTableName()!;
        var columns = entity.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return db.Database.GetDbConnection() switch
            {
                NpgsqlConnection npgsql => await CopyAsync(npgsql, table, columns, rows, cancellationToken),
                SqliteConnection sqlite => await InsertAsync(sqlite, (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(), table, columns, rows, cancellationToken),
                var other => throw new NotSupportedException($"No bulk writing for {other.GetType().Name}."),
            };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Name(int index) => "$p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static object? ProviderValue(IProperty property, object row)
    {
        var value = property.PropertyInfo!.GetValue(row);
        var converter = property.GetTypeMapping().Converter;
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }

    private static async Task<long> CopyAsync<T>(NpgsqlConnection connection, string table, List<IProperty> columns, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var names = string.Join(",", columns.Select(c => $"\"{c.GetColumnName()}\""));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long written = 0;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                await (ProviderValue(column, row) switch
                {
                    null => importer.WriteNullAsync(cancellationToken),
                    // varchar and text share their binary form.
                    string s => importer.WriteAsync(s, NpgsqlDbType.Text, cancellationToken),
                    Guid g => importer.WriteAsync(g, NpgsqlDbType.Uuid, cancellationToken),
                    DateOnly d => importer.WriteAsync(d, NpgsqlDbType.Date, cancellationToken),
                    DateTime t => importer.WriteAsync(t, NpgsqlDbType.TimestampTz, cancellationToken),
                    int i => importer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken),
                    long l => importer.WriteAsync(l, NpgsqlDbType.Bigint, cancellationToken),
                    bool b => importer.WriteAsync(b, NpgsqlDbType.Boolean, cancellationToken),
                    decimal m => importer.WriteAsync(m, NpgsqlDbType.Numeric, cancellationToken),
                    double f => importer.WriteAsync(f, NpgsqlDbType.Double, cancellationToken),
                    var other => throw new NotSupportedException($"No COPY form for {other.GetType().Name} in {table}.{column.GetColumnName()}."),
                });
            }

            written++;
        }

        await importer.CompleteAsync(cancellationToken);
        return written;
    }

    private static async Task<long> InsertAsync<T>(SqliteConnection connection, SqliteTransaction? ambient, string table, List<IProperty> columns, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(",", columns.Select(c => $"\"{c.GetColumnName()}\""))}) "
            + $"VALUES ({string.Join(",", columns.Select((_, i) => Name(i)))})";
        long written = 0;
        DbTransaction? transaction = null;
        try
        {
            foreach (var row in rows)
            {
                if (ambient is not null)
                {
                    command.Transaction = ambient;
                }
                else
                {
                    transaction ??= await connection.BeginTransactionAsync(cancellationToken);
                    command.Transaction = (SqliteTransaction)transaction;
                }

                command.Parameters.Clear();
                for (var i = 0; i < columns.Count; i++)
                {
                    // The mapping's own parameter (it converts the model value), so the text forms are the ones EF writes and reads back.
                    command.Parameters.Add(columns[i].GetRelationalTypeMapping().CreateParameter(command, Name(i), columns[i].PropertyInfo!.GetValue(row), nullable: true));
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (++written % SqliteBatch == 0 && transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    transaction = null;
                }
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }

        return written;
    }
}
