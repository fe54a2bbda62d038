using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Pathway.Platform.Persistence;

/// <summary>
/// Applies the modules' forward-only SQL migrations in order, each in its own transaction,
/// and records them in <c>__pathway_migrations</c>. Safe to run from several nodes at once.
/// </summary>
public sealed class DatabaseMigrator(PathwayDbContext db, IEnumerable<IModuleModel> modules, DatabaseOptions options, ILogger<DatabaseMigrator> logger)
{
    public const string HistoryTable = "__pathway_migrations";
    private const long MigrationLockKey = 727100002;

    public IReadOnlyList<MigrationScript> AllScripts()
    {
        var sources = new List<(string Module, int Order, System.Reflection.Assembly Assembly)> { ("platform", 0, typeof(PathwayDbContext).Assembly) };
        sources.AddRange(modules.Select(m => (m.Module, m.Order, m.GetType().Assembly)));
        return sources.OrderBy(s => s.Order)
            .SelectMany(s => MigrationSource.Read(s.Module, s.Order, s.Assembly, options.Provider))
            .ToList();
    }

    /// <summary>Applies what is pending; returns the scripts applied now.</summary>
    public async Task<IReadOnlyList<MigrationScript>> MigrateAsync(IProgress<MigrationScript>? progress = null, CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (options.Provider == DatabaseProvider.Postgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            }
            else
            {
                // WAL lets readers go on while the writer works; the setting stays with the file.
                await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL", cancellationToken);
            }

            await ExecuteAsync(connection, null,
                $"CREATE TABLE IF NOT EXISTS {HistoryTable} (module varchar(64) NOT NULL, version varchar(128) NOT NULL, applied_at varchar(40) NOT NULL, PRIMARY KEY (module, version))",
                cancellationToken);

            var applied = await AppliedAsync(connection, cancellationToken);
            var done = new List<MigrationScript>();
            foreach (var script in AllScripts().Where(s => !applied.Contains((s.Module, s.Version))))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
                await using (var record = connection.CreateCommand())
                {
                    record.Transaction = transaction;
                    record.CommandText = $"INSERT INTO {HistoryTable} (module, version, applied_at) VALUES (@module, @version, @at)";
                    AddParameter(record, "@module", script.Module);
                    AddParameter(record, "@version", script.Version);
                    AddParameter(record, "@at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied migration {Module}/{Version}", script.Module, script.Version);
                progress?.Report(script);
                done.Add(script);
            }

            return done;
        }
        finally
        {
            if (options.Provider == DatabaseProvider.Postgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<IReadOnlyList<MigrationScript>> PendingAsync(CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var applied = await AppliedAsync(connection, cancellationToken);
            return AllScripts().Where(s => !applied.Contains((s.Module, s.Version))).ToList();
        }
        catch (DbException)
        {
            return AllScripts();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<HashSet<(string, string)>> AppliedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var applied = new HashSet<(string, string)>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT module, version FROM {HistoryTable}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add((reader.GetString(0), reader.GetString(1)));
        }

        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
