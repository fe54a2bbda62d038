using System.Reflection;

namespace Pathway.Platform.Persistence;

/// <summary>One versioned SQL migration of one module for one provider.</summary>
public sealed record MigrationScript(string Module, int ModuleOrder, string Version, string Sql);

/// <summary>Finds the SQL migrations a module ships as embedded resources under Migrations/{sqlite|postgres}/.</summary>
public static class MigrationSource
{
    public static IReadOnlyList<MigrationScript> Read(string module, int order, Assembly assembly, DatabaseProvider provider)
    {
        var folder = $".Migrations.{FolderOf(provider)}.";
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var fileName = resource[(resource.IndexOf(folder, StringComparison.Ordinal) + folder.Length)..^".sql".Length];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(new MigrationScript(module, order, fileName, reader.ReadToEnd()));
        }

        return scripts.OrderBy(s => s.Version, StringComparer.Ordinal).ToList();
    }

    public static string FolderOf(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "sqlite",
        DatabaseProvider.Postgres => "postgres",
    };
}
