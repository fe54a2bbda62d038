using Pathway.Matching.Input;
using Pathway.Matching.Scoring;

namespace Pathway.Matching.Jobs;

/// <summary>
/// Which columns are compared and with which parameters. Every column with a role is its own
/// field (three address columns are three pieces of evidence). Free-text columns beyond the
/// comparison vector's capacity are left out and reported with the reason.
/// </summary>
internal sealed record FieldPlan(FieldParameters[] Fields, int[] Columns, (string Column, string Reason)[] LeftOut)
{
    public static FieldPlan For(IReadOnlyList<ColumnRole> roles, LinkageModel? model)
    {
        var compared = roles.Select((r, i) => (Role: r, Index: i)).Where(x => x.Role.Role != FieldRole.Ignore).ToList();
        if (model is not null)
        {
            // A supplied model decides the fields; each reads the column of its name, else an unused column of its role.
            var used = new HashSet<int>();
            var columns = new List<int>();
            foreach (var field in model.Fields)
            {
                var match = compared.FirstOrDefault(x => string.Equals(x.Role.Column, field.Name, StringComparison.OrdinalIgnoreCase) && !used.Contains(x.Index));
                if (match.Role is null)
                {
                    match = compared.FirstOrDefault(x => x.Role.Role == field.Role && !used.Contains(x.Index));
                }

                columns.Add(match.Role is null ? -1 : match.Index);
                used.Add(match.Index);
            }

            return new FieldPlan([.. model.Fields], [.. columns], [.. compared.Where(x => !used.Contains(x.Index)).Select(x => (x.Role.Column, "the model has no field for it"))]);
        }

        var kept = compared.Where(x => x.Role.Role != FieldRole.Text).Concat(compared.Where(x => x.Role.Role == FieldRole.Text)).Take(RecordSet.MaxFields).ToList();
        var leftOut = compared.Except(kept).Select(x => (x.Role.Column, $"at most {RecordSet.MaxFields} columns can be compared; free-text columns go first")).ToArray();
        kept.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new FieldPlan([.. kept.Select(x => DefaultParameters.For(x.Role.Column, x.Role.Role))], [.. kept.Select(x => x.Index)], leftOut);
    }

    /// <summary>
    /// Reads a field's raw value of a row. A whole-name column repeats what the first-name and
    /// surname columns say, so it is read only on records where both are empty (and a second
    /// whole-name column only where the first is empty too): the same evidence never counts twice.
    /// </summary>
    public static Func<int, int, string?> Reader(FieldParameters[] fields, int[] columns, CsvTable table)
    {
        var split = Enumerable.Range(0, fields.Length)
            .Where(f => fields[f].Role is FieldRole.GivenName or FieldRole.Surname && columns[f] >= 0)
            .Select(f => columns[f]).ToArray();
        var covering = Enumerable.Range(0, fields.Length)
            .Select(f => fields[f].Role == FieldRole.FullName
                ? [.. split, .. Enumerable.Range(0, f).Where(g => fields[g].Role == FieldRole.FullName && columns[g] >= 0).Select(g => columns[g])]
                : Array.Empty<int>())
            .ToArray();
        return (f, row) =>
        {
            var column = columns[f];
            if (column < 0)
            {
                return null;
            }

            foreach (var other in covering[f])
            {
                if (!string.IsNullOrWhiteSpace(table.Columns[other][row]))
                {
                    return null;
                }
            }

            return table.Columns[column][row];
        };
    }

    /// <summary>True when the plan reads a whole-name column beside split names, so it stands in only where they are missing.</summary>
    public bool NameStandsIn(int field) =>
        Fields[field].Role == FieldRole.FullName && (Fields.Any(f => f.Role is FieldRole.GivenName or FieldRole.Surname) || Fields.Take(field).Any(f => f.Role == FieldRole.FullName));
}
