using System.Globalization;
using System.Text;

namespace Pathway.Matching.Scoring;

/// <summary>
/// How common each combination of a given name and/or surname with the other identity fields
/// (the other name, nationality, town of birth) is. The fields travel together (a nationality
/// brings its names and its towns), so two records agreeing on all of them agree by chance far
/// more often than the product of the single-field frequencies says: namesakes from one town.
/// The joint share is the u of agreeing on the whole combination.
/// </summary>
internal sealed class NameCombinations
{
    /// <summary>
    /// Below this many records the joint shares are not counted: any combination seen there is at
    /// least 1 in a few thousand, coarser than the single-field product it would correct, and a
    /// person's own records with mistyped dates would pass for namesakes (Splink's fake_1000).
    /// </summary>
    public const int MinimumRecords = 10_000;

    /// <summary>Combinations kept in a trained model, per variant: the common ones are what matter.</summary>
    public const int Stored = 2_000;

    // A variant is the set of parts that agree exactly: bit 1 given name, 2 surname, 4 nationality,
    // 8 town. Only sets with a name and at least one other part are combinations.
    private const int Variants = 16;

    private readonly RecordSet set;
    private readonly int[] parts;
    private readonly float[]?[] share;
    private readonly int[]?[] keyOf;

    private NameCombinations(RecordSet set, int[] parts, float[]?[] share, int[]?[] keyOf)
    {
        this.set = set;
        this.parts = parts;
        this.share = share;
        this.keyOf = keyOf;
    }

    /// <summary>The compared column of each part (given name, surname, nationality, town); -1 when not compared.</summary>
    public IReadOnlyList<int> Parts => parts;

    public static bool IsCombination(IReadOnlyList<int> parts, int variant)
    {
        var count = 0;
        for (var k = 0; k < 4; k++)
        {
            if ((variant & (1 << k)) != 0)
            {
                if (parts[k] < 0)
                {
                    return false;
                }

                count++;
            }
        }

        return (variant & 3) != 0 && count >= 2;
    }

    /// <summary>
    /// The combinations of a record set; counted in the set itself when <paramref name="fromData"/>,
    /// else looked up in <paramref name="stored"/> (a handful of records says nothing about how
    /// common a name is). Null when the set has no given name or surname, or is too small to count in.
    /// </summary>
    public static NameCombinations? For(RecordSet set, IReadOnlyDictionary<string, double>? stored, bool fromData)
    {
        if (set.GivenName < 0 || set.Surname < 0 || (fromData ? set.Count < MinimumRecords : stored is null))
        {
            return null;
        }

        int[] columns = [set.GivenName, set.Surname, set.IndexOf(FieldRole.Nationality), set.IndexOf(FieldRole.City)];
        var shares = new float[]?[Variants];
        var keys = new int[]?[Variants];
        for (var v = 0; v < Variants; v++)
        {
            if (!IsCombination(columns, v))
            {
                continue;
            }

            if (fromData)
            {
                // One variant at a time: the counting tables of all at once would double the job's peak memory.
                (keys[v], shares[v]) = Count(set, columns, v);
            }
            else
            {
                var found = new float[set.Count];
                for (var i = 0; i < set.Count; i++)
                {
                    found[i] = KeyText(set, columns, v, i) is { } key && stored!.TryGetValue(key, out var f) ? (float)f : 0;
                }

                shares[v] = found;
            }
        }

        return new NameCombinations(set, columns, shares, keys);
    }

    /// <summary>The share of other people holding record <paramref name="record"/>'s combination of the variant's parts; 0 when unknown.</summary>
    public double Share(int record, int variant) => share[variant] is { } shares ? shares[record] : 0;

    /// <summary>The most common combinations of every variant with their shares, for a trained model to keep.</summary>
    public Dictionary<string, double> MostCommon()
    {
        var kept = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var v = 0; v < Variants; v++)
        {
            if (keyOf[v] is not { } keys || share[v] is not { } shares)
            {
                continue;
            }

            // One record per combination, the commonest first.
            var first = new Dictionary<int, int>();
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] >= 0 && shares[i] > 0)
                {
                    first.TryAdd(keys[i], i);
                }
            }

            foreach (var i in first.Values.OrderByDescending(i => shares[i]).ThenBy(i => i).Take(Stored))
            {
                if (KeyText(set, parts, v, i) is { } text)
                {
                    kept[text] = shares[i];
                }
            }
        }

        return kept;
    }

    /// <summary>"variant|value|value..." with the parts of the variant; null when a part is missing.</summary>
    private static string? KeyText(RecordSet set, int[] parts, int variant, int record)
    {
        var key = new StringBuilder();
        key.Append(variant.ToString(CultureInfo.InvariantCulture));
        for (var k = 0; k < 4; k++)
        {
            if ((variant & (1 << k)) == 0)
            {
                continue;
            }

            if (set.Columns[parts[k]].ValueAt(record) is not { } value)
            {
                return null;
            }

            key.Append('|').Append(value);
        }

        return key.ToString();
    }

    /// <summary>
    /// Per record, the id of its combination (-1 when a part is missing) and the share of other
    /// people (not records) holding it: records of one combination are counted once per distinct
    /// date of birth, so that a person's own second and third records do not make the name look
    /// common; namesakes differ in the date. Records without a date are not counted beside dated ones.
    /// </summary>
    private static (int[] Keys, float[] Shares) Count(RecordSet set, int[] parts, int variant)
    {
        var n = set.Count;
        var dates = set.BirthDate >= 0 ? set.Columns[set.BirthDate].ValueOf : null;
        var value = new int[4][];
        for (var k = 0; k < 4; k++)
        {
            value[k] = (variant & (1 << k)) != 0 ? set.Columns[parts[k]].ValueOf : new int[n];
        }

        var ids = new Dictionary<(int, int, int, int), int>();
        var keys = new int[n];

        // (combination, date) of the dated records, sorted to count distinct ones: a hash set of
        // them would hash a small combination id and a date index into few buckets.
        var people = new long[n];
        var dated = 0;
        var undated = new HashSet<int>();
        for (var i = 0; i < n; i++)
        {
            var key = (value[0][i], value[1][i], value[2][i], value[3][i]);
            if (key.Item1 < 0 || key.Item2 < 0 || key.Item3 < 0 || key.Item4 < 0)
            {
                keys[i] = -1;
                continue;
            }

            if (!ids.TryGetValue(key, out var id))
            {
                id = ids.Count;
                ids.Add(key, id);
            }

            keys[i] = id;
            if (dates is not null && dates[i] < 0)
            {
                undated.Add(id);
                continue;
            }

            people[dated++] = ((long)id << 32) | (uint)(dates is null ? i : dates[i]);
        }

        Array.Sort(people, 0, dated);
        var holders = new int[ids.Count];
        var distinctPeople = 0;
        for (var p = 0; p < dated; p++)
        {
            if (p == 0 || people[p] != people[p - 1])
            {
                holders[(int)(people[p] >> 32)]++;
                distinctPeople++;
            }
        }

        // A record without a date is no evidence of another person: it may be the second record
        // of any dated holder. Only a combination that no dated record holds counts its undated
        // records, as one person.
        foreach (var id in undated)
        {
            holders[id] = Math.Max(holders[id], 1);
        }

        var total = (float)Math.Max(1, distinctPeople);
        var shares = new float[n];
        for (var i = 0; i < n; i++)
        {
            // The others holding it: a combination only this person holds says nothing about how common it is.
            shares[i] = keys[i] >= 0 ? (holders[keys[i]] - 1) / total : 0;
        }

        return (keys, shares);
    }
}
