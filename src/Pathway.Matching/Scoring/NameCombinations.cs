using System.Globalization;
using System.Text;

namespace Pathway.Matching.Scoring;

/// <summary>
/// How common each combination of a given name and/or surname with the other identity fields
/// (the other name, nationality, town of birth) is. The fields travel together (a nationality brings its names and
/// its towns), so two records agreeing on all of them agree by chance far more often than the
/// product of the single-field frequencies says: namesakes from one town. The joint share is the
/// u of agreeing on the whole combination.
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
    private readonly int[] fields;
    private readonly float[][] share;

    private NameCombinations(RecordSet set, int[] fields, float[][] share)
    {
        this.set = set;
        this.fields = fields;
        this.share = share;
    }

    /// <summary>The compared column of each part (given name, surname, nationality, town); -1 when not compared.</summary>
    public IReadOnlyList<int> Parts => fields;

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
    /// The combinations of a record set; counted in the set itself when <paramref name="stored"/>
    /// is null, else looked up there (a handful of records says nothing about how common a name is).
    /// Null when the set has no given name or surname, or is too small to count in.
    /// </summary>
    public static NameCombinations? For(RecordSet set, IReadOnlyDictionary<string, double>? stored, bool fromData)
    {
        if (set.GivenName < 0 || set.Surname < 0 || (fromData ? set.Count < MinimumRecords : stored is null))
        {
            return null;
        }

        int[] parts = [set.GivenName, set.Surname, set.IndexOf(FieldRole.Nationality), set.IndexOf(FieldRole.City)];
        var shares = new float[Variants][];
        var variants = Enumerable.Range(0, Variants).Where(v => IsCombination(parts, v)).ToArray();
        if (fromData)
        {
            Parallel.ForEach(variants, v => shares[v] = Count(set, parts, v));
        }
        else
        {
            foreach (var v in variants)
            {
                shares[v] = new float[set.Count];
                for (var i = 0; i < set.Count; i++)
                {
                    shares[v][i] = KeyOf(set, parts, v, i) is { } key && stored!.TryGetValue(key, out var f) ? (float)f : 0;
                }
            }
        }

        return new NameCombinations(set, parts, shares);
    }

    /// <summary>The share of records holding record <paramref name="record"/>'s combination of the variant's parts; 0 when unknown.</summary>
    public double Share(int record, int variant) => share[variant] is { } shares ? shares[record] : 0;

    /// <summary>The most common combinations with their shares, for a trained model to keep.</summary>
    public Dictionary<string, double> MostCommon()
    {
        var kept = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var v = 0; v < Variants; v++)
        {
            if (share[v] is null)
            {
                continue;
            }

            var seen = new Dictionary<string, double>(StringComparer.Ordinal);
            var order = Enumerable.Range(0, set.Count).Where(i => share[v][i] > 0).OrderByDescending(i => share[v][i]);
            foreach (var i in order)
            {
                if (seen.Count >= Stored)
                {
                    break;
                }

                if (KeyOf(set, fields, v, i) is { } key)
                {
                    seen.TryAdd(key, share[v][i]);
                }
            }

            foreach (var (key, value) in seen)
            {
                kept[key] = value;
            }
        }

        return kept;
    }

    /// <summary>"variant|value|value..." with the parts of the variant; null when a part is missing.</summary>
    private static string? KeyOf(RecordSet set, int[] fields, int variant, int record)
    {
        var key = new StringBuilder();
        key.Append(variant.ToString(CultureInfo.InvariantCulture));
        for (var k = 0; k < 4; k++)
        {
            if (!Included(fields, variant, k))
            {
                continue;
            }

            if (set.Columns[fields[k]].ValueAt(record) is not { } value)
            {
                return null;
            }

            key.Append('|').Append(value);
        }

        return key.ToString();
    }

    private static bool Included(int[] fields, int variant, int part) => (variant & (1 << part)) != 0 && fields[part] >= 0;

    /// <summary>
    /// The share of other people (not records) holding each record's combination: records of one
    /// combination are counted once per distinct date of birth, so that a person's own second and
    /// third records do not make the name look common; namesakes differ in the date.
    /// </summary>
    private static float[] Count(RecordSet set, int[] fields, int variant)
    {
        var n = set.Count;
        var dates = set.BirthDate >= 0 ? set.Columns[set.BirthDate].ValueOf : null;
        var ids = new (int, int, int, int)[n];
        var present = new bool[n];
        var people = new HashSet<((int, int, int, int), int)>();
        for (var i = 0; i < n; i++)
        {
            var key = (Id(set, fields, variant, 0, i), Id(set, fields, variant, 1, i), Id(set, fields, variant, 2, i), Id(set, fields, variant, 3, i));
            if (key.Item1 < -1 || key.Item2 < -1 || key.Item3 < -1 || key.Item4 < -1)
            {
                continue;
            }

            ids[i] = key;
            present[i] = true;
            people.Add((key, dates is null ? i : dates[i]));
        }

        var counts = new Dictionary<(int, int, int, int), int>();
        foreach (var (key, _) in people)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var total = (float)Math.Max(1, people.Count);
        var result = new float[n];
        for (var i = 0; i < n; i++)
        {
            // The others holding it: a combination only this person holds says nothing about how common it is.
            result[i] = present[i] ? (counts[ids[i]] - 1) / total : 0;
        }

        return result;
    }

    // The value id of a part; -1 for a part the variant leaves out, -2 for a missing value.
    private static int Id(RecordSet set, int[] fields, int variant, int part, int record) =>
        !Included(fields, variant, part) ? -1 : set.Columns[fields[part]].ValueOf[record] is var v and >= 0 ? v : -2;
}
