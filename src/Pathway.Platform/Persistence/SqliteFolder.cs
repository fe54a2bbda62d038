using Microsoft.Data.Sqlite;

namespace Pathway.Platform.Persistence;

/// <summary>
/// SQLite creates a missing database file but not a missing folder ("SQLite Error 14: unable to
/// open database file"), so whatever opens the database makes the folder of its file first.
/// </summary>
public static class SqliteFolder
{
    public static void Ensure(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        // In-memory and URI data sources have no folder of their own to make.
        if (string.IsNullOrWhiteSpace(file) || file == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || file.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
