using System.Globalization;
using Pathway.Matching.Input;

namespace Pathway.Matching.Jobs;

/// <summary>An input file read, its columns given roles, its ids checked unique.</summary>
internal sealed class LoadedFile(string path, CsvTable table, List<ColumnRole> roles, string[] ids)
{
    public string Path { get; } = path;

    public CsvTable Table { get; } = table;

    public List<ColumnRole> Roles { get; } = roles;

    public string[] Ids { get; } = ids;

    public static async Task<(LoadedFile? File, InputError? Error)> LoadAsync(string path, string idColumn, IReadOnlyList<string> mappings, IProgress<LinkageProgress>? progress, CancellationToken cancellation)
    {
        var (table, error) = await CsvTable.ReadAsync(path, progress, cancellation).ConfigureAwait(false);
        if (table is null)
        {
            return (null, error);
        }

        var (roles, roleError) = RoleDetection.Resolve(path, table.Header, idColumn, mappings);
        if (roles is null)
        {
            return (null, roleError);
        }

        var idIndex = RoleDetection.IndexOf(table.Header, idColumn);
        var ids = new string[table.RowCount];
        var seen = new Dictionary<string, int>(table.RowCount, StringComparer.Ordinal);
        for (var row = 0; row < table.RowCount; row++)
        {
            var id = table.Columns[idIndex][row];
            if (id is null)
            {
                return (null, new InputError(InputErrorKind.MissingId, path, table.Lines[row], $"The row has no value in the id column \"{idColumn}\"."));
            }

            if (!seen.TryAdd(id, row))
            {
                var first = table.Lines[seen[id]];
                return (null, new InputError(InputErrorKind.DuplicateId, path, table.Lines[row], string.Create(CultureInfo.InvariantCulture, $"The id \"{id}\" is on line {first} and again on line {table.Lines[row]}."), first));
            }

            ids[row] = id;
        }

        return (new LoadedFile(path, table, roles, ids), null);
    }
}
