using Pathway.Matching.Scoring;

namespace Pathway.Matching.Jobs;

/// <summary>
/// Leaves out the columns that cannot tell people apart (empty everywhere, one value for all,
/// or a different free text on every record), so that they neither distort training nor
/// starve a training rule, and says why in plain words. Every column's role and fate goes into the report.
/// </summary>
internal static class ColumnCheck
{
    /// <summary>Below this many values a column holding one value may just be a small file that agrees.</summary>
    private const int FewestForConstant = 10;

    /// <summary>Below this many values a free text that never repeats is unremarkable.</summary>
    private const int FewestForUnique = 20;

    public static (RecordSet Set, FieldPlan Plan, List<ColumnRole> Roles) Apply(RecordSet set, FieldPlan plan, IReadOnlyList<ColumnRole> roles, bool modelGiven, List<string> notes)
    {
        // Keyed by name: a header may repeat a name, and both columns then share the fate the last one met.
        var reasons = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, reason) in plan.LeftOut)
        {
            reasons[column] = reason;
        }

        var keep = new List<int>();
        for (var f = 0; f < set.Columns.Length; f++)
        {
            // A supplied model's fields are kept as they are: its parameters are aligned with them.
            var reason = modelGiven || plan.Columns[f] < 0 ? null : WhyLeftOut(set.Columns[f], set.Count, plan.NameStandsIn(f));
            if (reason is null)
            {
                keep.Add(f);
            }
            else
            {
                reasons[roles[plan.Columns[f]].Column] = reason;
            }
        }

        foreach (var (column, reason) in reasons)
        {
            notes.Add($"Column \"{column}\" was left out: {reason}.");
        }

        var kept = keep.Count == set.Columns.Length ? set : new RecordSet(set.Ids, [.. keep.Select(f => set.Columns[f])], set.Side);
        var keptPlan = keep.Count == set.Columns.Length ? plan : plan with
        {
            Fields = [.. keep.Select(f => plan.Fields[f])],
            Columns = [.. keep.Select(f => plan.Columns[f])],
        };
        var annotated = roles.Select((r, c) =>
        {
            if (reasons.TryGetValue(r.Column, out var why) && r.Role != FieldRole.Ignore)
            {
                return r with { LeftOut = why };
            }

            var field = Array.IndexOf(keptPlan.Columns, c);
            return field >= 0 && keptPlan.NameStandsIn(field) ? r with { Remark = "used only on records without first name and surname" } : r;
        }).ToList();
        if (keptPlan.Fields.Length == 0 && set.Count > 1)
        {
            notes.Add("No column could be compared, so every record is taken as a different person.");
        }

        return (kept, keptPlan, annotated);
    }

    internal static string? WhyLeftOut(FieldColumn column, int records, bool standsIn)
    {
        var present = 0;
        foreach (var v in column.ValueOf)
        {
            present += v >= 0 ? 1 : 0;
        }

        if (present == 0)
        {
            return records == 0 ? null
                : standsIn ? "it is read only where first name and surname (and any earlier whole-name column) are empty, and it is empty there too"
                : "it is empty on every record";
        }

        if (column.Values.Length == 1 && present >= FewestForConstant)
        {
            return "every record that has a value holds the same one, so it cannot tell people apart";
        }

        if (column.Role == FieldRole.Text && column.Values.Length == present && present >= FewestForUnique)
        {
            return "every record holds a different value, like a record number, so it cannot show that two records agree";
        }

        return null;
    }
}
