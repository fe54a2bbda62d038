using Pathway.Matching.Scoring;

namespace Pathway.Matching.Jobs;

/// <summary>
/// Which columns are compared and with which parameters. Every column with a role is its own
/// field (three address columns are three pieces of evidence). Free-text columns beyond the
/// comparison vector's capacity are left out and reported.
/// </summary>
internal sealed record FieldPlan(FieldParameters[] Fields, int[] Columns, string[] LeftOut)
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

            return new FieldPlan([.. model.Fields], [.. columns], [.. compared.Where(x => !used.Contains(x.Index)).Select(x => x.Role.Column)]);
        }

        var kept = compared.Where(x => x.Role.Role != FieldRole.Text).Concat(compared.Where(x => x.Role.Role == FieldRole.Text)).Take(RecordSet.MaxFields).ToList();
        var leftOut = compared.Except(kept).Select(x => x.Role.Column).ToArray();
        kept.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new FieldPlan([.. kept.Select(x => DefaultParameters.For(x.Role.Column, x.Role.Role))], [.. kept.Select(x => x.Index)], leftOut);
    }
}
