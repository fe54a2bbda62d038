using Pathway.Matching.Dates;
using Pathway.Matching.Text;

namespace Pathway.Matching.Scoring;

/// <summary>
/// One compared field over all records, column-wise: each distinct normalised value is stored
/// and featurised (skeleton key, parsed date, frequency) once, records hold only a value id.
/// </summary>
internal sealed class FieldColumn
{
    private FieldColumn(FieldParameters field, int[] valueOf, string[] values, int[] counts)
    {
        Field = field;
        ValueOf = valueOf;
        Values = values;
        Counts = counts;
        Skeletons = new string[values.Length];
        Dates = new BirthDate?[values.Length];
        Frequency = new double[values.Length];
    }

    private FieldColumn(FieldColumn source, FieldParameters field)
    {
        Field = field;
        ValueOf = source.ValueOf;
        Values = source.Values;
        Counts = source.Counts;
        Skeletons = source.Skeletons;
        Dates = source.Dates;
        Frequency = source.Frequency;
    }

    public FieldParameters Field { get; }

    /// <summary>The same values and features scored with other (trained) parameters.</summary>
    public FieldColumn WithField(FieldParameters field) => new(this, field);

    public FieldRole Role => Field.Role;

    public ComparisonKind Kind => Field.Comparison;

    /// <summary>Per record: the value id, or -1 when the record has no value.</summary>
    public int[] ValueOf { get; }

    public string[] Values { get; }

    public int[] Counts { get; }

    public string[] Skeletons { get; }

    public BirthDate?[] Dates { get; }

    /// <summary>Per value: its share among records that have a value (or the model's stored share).</summary>
    public double[] Frequency { get; }

    public string? ValueAt(int record) => ValueOf[record] is var v and >= 0 ? Values[v] : null;

    public static FieldColumn Build(FieldParameters field, int count, Func<int, string?> raw, bool frequenciesFromData)
    {
        var valueOf = new int[count];
        var byRaw = new Dictionary<string, int>(StringComparer.Ordinal);
        var byNormal = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string>();
        var counts = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var text = raw(i);
            if (text is null)
            {
                valueOf[i] = -1;
                continue;
            }

            // Raw strings repeat a lot (the reader interns them), so normalise each once.
            if (!byRaw.TryGetValue(text, out var id))
            {
                var normal = ValueNormaliser.Normalise(field.Role, text);
                if (normal is null)
                {
                    id = -1;
                }
                else if (!byNormal.TryGetValue(normal, out id))
                {
                    id = values.Count;
                    byNormal.Add(normal, id);
                    values.Add(normal);
                    counts.Add(0);
                }

                byRaw.Add(text, id);
            }

            valueOf[i] = id;
            if (id >= 0)
            {
                counts[id]++;
            }
        }

        var column = new FieldColumn(field, valueOf, [.. values], [.. counts]);
        column.Featurise(frequenciesFromData);
        return column;
    }

    private void Featurise(bool fromData)
    {
        var present = 0L;
        foreach (var c in Counts)
        {
            present += c;
        }

        for (var v = 0; v < Values.Length; v++)
        {
            switch (Kind)
            {
                case ComparisonKind.Name:
                    Skeletons[v] = NameSkeleton.FromFolded(Values[v]);
                    break;
                case ComparisonKind.Date:
                    Dates[v] = BirthDate.Parse(Values[v]);
                    break;
                case ComparisonKind.Text:
                case ComparisonKind.Identifier:
                case ComparisonKind.Category:
                    break;
            }

            // A supplied model's shares are used as stored (a handful of records says nothing about
            // how common a name is); a model without them falls back to its average u.
            Frequency[v] = fromData
                ? (double)Counts[v] / Math.Max(1, present)
                : Field.TermFrequencies is { } stored && stored.TryGetValue(Values[v], out var f) ? f : Field.RareValueFrequency ?? Field.U[ComparisonLevels.Exact];
        }
    }
}
