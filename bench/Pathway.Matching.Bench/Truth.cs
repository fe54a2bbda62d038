using System.Globalization;
using System.Text.RegularExpressions;

namespace Pathway.Matching.Bench;

/// <summary>Pairwise precision/recall/F1 when the input has a truth column ("cluster") or FEBRL-style ids.</summary>
internal static partial class Truth
{
    public static void PrintAccuracy(string input, string idColumn, string clusters)
    {
        var truth = Load(input, idColumn);
        if (truth.Count == 0)
        {
            return;
        }

        var predicted = File.ReadLines(clusters).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        static long Pairs(IEnumerable<int> sizes) => sizes.Sum(s => (long)s * (s - 1) / 2);
        var predictedPairs = Pairs(predicted.GroupBy(p => p.Value, StringComparer.Ordinal).Select(g => g.Count()));
        var actualPairs = Pairs(truth.GroupBy(p => p.Value, StringComparer.Ordinal).Select(g => g.Count()));
        var correct = Pairs(predicted.GroupBy(p => (p.Value, truth[p.Key])).Select(g => g.Count()));
        var precision = predictedPairs == 0 ? 1 : (double)correct / predictedPairs;
        var recall = actualPairs == 0 ? 1 : (double)correct / actualPairs;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {precision:0.0000} recall {recall:0.0000} F1 {f1:0.0000} (true pairs {actualPairs:N0}, predicted {predictedPairs:N0})"));
    }

    /// <summary>The true person of every id: the "cluster" column, or the record number of a FEBRL id.</summary>
    public static Dictionary<string, string> Load(string input, string idColumn)
    {
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        using var lines = File.ReadLines(input).GetEnumerator();
        if (!lines.MoveNext())
        {
            return truth;
        }

        var header = lines.Current.Split(',').Select(h => h.Trim()).ToList();
        var idIndex = header.FindIndex(h => string.Equals(h, idColumn, StringComparison.OrdinalIgnoreCase));
        var truthIndex = header.FindIndex(h => string.Equals(h, "cluster", StringComparison.OrdinalIgnoreCase));
        while (lines.MoveNext())
        {
            var fields = Fields(lines.Current);
            if (fields.Count != header.Count)
            {
                continue;
            }

            var id = fields[idIndex].Trim();
            if (truthIndex >= 0)
            {
                truth[id] = fields[truthIndex].Trim();
            }
            else if (Febrl().Match(id) is { Success: true } m)
            {
                truth[id] = m.Groups["record"].Value;
            }
        }

        return truth;
    }

    // Quoted fields may hold commas (a whole name with a title); the generators write no line breaks inside them.
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    [GeneratedRegex(@"^rec-(?<record>\d+)-", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Febrl();
}
