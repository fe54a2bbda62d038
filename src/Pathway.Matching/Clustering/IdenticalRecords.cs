using Pathway.Matching.Scoring;

namespace Pathway.Matching.Clustering;

/// <summary>
/// Numbers the records by their compared values: records with the same value in every compared
/// field get the same number. Clustering treats such a group as one member with a multiplicity,
/// so hundreds of copies of one person stay one person however large the group.
/// </summary>
internal static class IdenticalRecords
{
    public static int[] Classes(RecordSet set)
    {
        var classes = new int[set.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var key = new System.Text.StringBuilder();
        for (var i = 0; i < set.Count; i++)
        {
            key.Clear();
            foreach (var column in set.Columns)
            {
                key.Append(column.ValueOf[i]).Append(',');
            }

            var text = key.ToString();
            if (!seen.TryGetValue(text, out var number))
            {
                seen[text] = number = seen.Count;
            }

            classes[i] = number;
        }

        return classes;
    }
}
