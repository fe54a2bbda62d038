using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Pathway.People.Registry;

/// <summary>Whether a save failed on a unique index (another writer got there first), on either database.</summary>
internal static class UniqueViolation
{
    private const int SqliteConstraint = 19;

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint,
        _ => false,
    };
}
