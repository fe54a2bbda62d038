using Microsoft.EntityFrameworkCore;

namespace Pathway.Platform.Persistence;

/// <summary>
/// A module's part of the data model. Each module maps only its own tables, and ships the
/// SQL migrations that create them (embedded resources under Migrations/{provider}/).
/// </summary>
public interface IModuleModel
{
    /// <summary>Stable module name; recorded in the migration history.</summary>
    string Module { get; }

    /// <summary>Migrations run module by module in this order (Platform is 0).</summary>
    int Order { get; }

    void Configure(ModelBuilder modelBuilder, DatabaseProvider provider);
}
