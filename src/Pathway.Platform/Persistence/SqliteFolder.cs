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
        if (FileOf(connectionString) is not { } file)
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>The database's file; null for an in-memory or URI data source, which has no file of its own.</summary>
    public static string? FileOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        return string.IsNullOrWhiteSpace(file) || file == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || file.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? null
            : file;
    }
}
