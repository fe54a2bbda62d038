namespace Pathway.Matching.Scoring;

/// <summary>
/// Turns comparison vectors into log2 odds with a model's parameters. Level weights and the
/// term-frequency-adjusted exact weight of every distinct value are tabulated once, so scoring a
/// pair is a handful of array reads.
/// </summary>
internal sealed class PairScorer
{
    // Frequency adjustment moves an exact-agreement weight at most this far from the field's average.
    private const double MaxTermFrequencyShift = 6;

    private readonly RecordSet set;
    private readonly double[][] levelWeights;
    private readonly double[]?[] exactWeights;

    public PairScorer(LinkageModel model, RecordSet set)
    {
        this.set = set;
        PriorWeight = Probability.ToWeight(model.Prior);
        var fields = set.Columns.Length;
        levelWeights = new double[fields][];
        exactWeights = new double[fields][];
        for (var f = 0; f < fields; f++)
        {
            var parameters = set.Columns[f].Field;
            levelWeights[f] = [.. Enumerable.Range(0, parameters.M.Length).Select(parameters.WeightOf)];
            if (parameters.Comparison == ComparisonKind.Date)
            {
                // Agreement on a weak date (year only, 1 January, 1900 default) is worth at most half
                // of agreement on a real one, whatever the training data happened to show.
                var weak = (int)Dates.DateLevel.ExactWeak;
                levelWeights[f][weak] = Math.Min(levelWeights[f][weak], levelWeights[f][ComparisonLevels.Exact] / 2);
            }
            if (ComparisonLevels.UsesTermFrequency(parameters.Role))
            {
                var column = set.Columns[f];
                var baseWeight = levelWeights[f][ComparisonLevels.Exact];
                var m = Probability.Clamp(parameters.M[ComparisonLevels.Exact]);
                var table = new double[column.Values.Length];
                for (var v = 0; v < table.Length; v++)
                {
                    // Agreeing on a value held by a share f of people happens by chance with probability f.
                    var weight = Math.Log2(m / Probability.Clamp(column.Frequency[v]));
                    table[v] = Math.Clamp(weight, baseWeight - MaxTermFrequencyShift, baseWeight + MaxTermFrequencyShift);
                }

                exactWeights[f] = table;
            }
        }
    }

    public double PriorWeight { get; }

    public RecordSet Records => set;

    public double Weight(int i, ulong vector)
    {
        var weight = PriorWeight;
        var swapped = ComparisonVector.IsSwapped(vector);
        for (var f = 0; f < levelWeights.Length; f++)
        {
            weight += FieldWeight(f, i, ComparisonVector.LevelOf(vector, f), swapped);
        }

        return weight;
    }

    public double Weight(int i, int j) => Weight(i, ComparisonVector.Compute(set, i, j));

    private double FieldWeight(int f, int i, int level, bool swapped)
    {
        if (level == ComparisonLevels.Exact && exactWeights[f] is { } table && !(swapped && (f == set.GivenName || f == set.Surname)))
        {
            var value = set.Columns[f].ValueOf[i];
            return table[value];
        }

        return levelWeights[f][level];
    }

    public ScoredPair Explain(int i, int j)
    {
        var vector = ComparisonVector.Compute(set, i, j);
        var swapped = ComparisonVector.IsSwapped(vector);
        var fields = new List<FieldWeight>(set.Columns.Length);
        for (var f = 0; f < set.Columns.Length; f++)
        {
            var column = set.Columns[f];
            var level = ComparisonVector.LevelOf(vector, f);
            fields.Add(new FieldWeight(column.Field.Name, column.Role, column.Field.Levels[level], FieldWeight(f, i, level, swapped), column.ValueAt(i), column.ValueAt(j)));
        }

        var total = PriorWeight + fields.Sum(w => w.Weight);
        return new ScoredPair(set.Ids[i], set.Ids[j], Probability.FromWeight(total), PriorWeight, total, swapped, fields);
    }
}
