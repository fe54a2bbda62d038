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
    private readonly double[] exactM;
    private readonly NameCombinations? combinations;

    /// <param name="combinations">Name combination shares counted in the data; null takes the model's stored ones.</param>
    public PairScorer(LinkageModel model, RecordSet set, NameCombinations? combinations = null)
    {
        this.set = set;
        this.combinations = combinations ?? NameCombinations.For(set, model.NameCombinations, fromData: false);
        PriorWeight = Probability.ToWeight(model.Prior);
        var fields = set.Columns.Length;
        levelWeights = new double[fields][];
        exactWeights = new double[fields][];
        exactM = new double[fields];
        for (var f = 0; f < fields; f++)
        {
            var parameters = set.Columns[f].Field;
            exactM[f] = Math.Log2(Probability.Clamp(parameters.M[ComparisonLevels.Exact]));
            levelWeights[f] = [.. Enumerable.Range(0, parameters.M.Length).Select(parameters.WeightOf)];
            if (parameters.Comparison == ComparisonKind.Date)
            {
                // Agreement on a weak date (year only, 1 January, 1900 default) is worth at most half
                // of agreement on a real one, whatever the training data happened to show.
                var weak = (int)Dates.DateLevel.ExactWeak;
                levelWeights[f][weak] = Math.Min(levelWeights[f][weak], levelWeights[f][ComparisonLevels.Exact] / 2);

                // In a registry large enough to count name combinations in, two dates within a year
                // that are no keystroke slip or swap apart are how namesakes born close together
                // look: never evidence for a match, however many of them the training blocks fitted
                // as matches. (Small files keep the trained weight: Splink's fake_1000 has
                // persons whose records disagree this way.)
                if (this.combinations is not null)
                {
                    var near = (int)Dates.DateLevel.WithinYear;
                    levelWeights[f][near] = Math.Min(levelWeights[f][near], 0);
                }
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

    /// <summary>The evidence line of the name combination adjustment.</summary>
    public const string CombinationField = "name combination";

    public double PriorWeight { get; }

    public RecordSet Records => set;

    public double Weight(int i, int j, ulong vector)
    {
        var weight = PriorWeight;
        var swapped = ComparisonVector.IsSwapped(vector);
        for (var f = 0; f < levelWeights.Length; f++)
        {
            weight += FieldWeight(f, i, ComparisonVector.LevelOf(vector, f), swapped);
        }

        return weight + CombinationAdjustment(i, j, vector, describe: false, out _);
    }

    /// <summary>
    /// When a name agrees exactly together with other identity fields (the other name,
    /// nationality, town), the bits their single-field weights claim beyond what the joint
    /// frequency allows: log2(product of their m / share of the combination) replaces their sum
    /// when it is lower. Never positive: a rare combination gets no more than its fields' own weights.
    /// </summary>
    private double CombinationAdjustment(int i, int j, ulong vector, bool describe, out string? level)
    {
        level = null;
        if (combinations is not { } c)
        {
            return 0;
        }

        var parts = c.Parts;
        var variant = 0;
        for (var k = 0; k < 4; k++)
        {
            if (parts[k] >= 0 && ComparisonVector.LevelOf(vector, parts[k]) == ComparisonLevels.Exact)
            {
                variant |= 1 << k;
            }
        }

        if (!NameCombinations.IsCombination(parts, variant))
        {
            return 0;
        }

        // With names swapped in one record only the other record holds the combination in the usual order.
        var swapped = ComparisonVector.IsSwapped(vector);
        var share = swapped ? Math.Max(c.Share(i, variant), c.Share(j, variant)) : c.Share(i, variant);
        if (share <= 0)
        {
            return 0;
        }

        double independent = 0, m = 0;
        for (var k = 0; k < 4; k++)
        {
            if ((variant & (1 << k)) != 0)
            {
                independent += FieldWeight(parts[k], i, ComparisonLevels.Exact, swapped);
                m += exactM[parts[k]];
            }
        }

        var adjustment = Math.Min(0, m - Math.Log2(share) - independent);
        if (describe && adjustment < 0)
        {
            var names = Enumerable.Range(0, 4).Where(k => (variant & (1 << k)) != 0).Select(k => set.Columns[parts[k]].Field.Name);
            level = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{string.Join(" + ", names)} together: 1 in {Math.Max(1, Math.Round(1 / share)):N0} people");
        }

        return adjustment;
    }

    public double Weight(int i, int j) => Weight(i, j, ComparisonVector.Compute(set, i, j));

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

        // The combination's correction shows as its own line, so the names' weights stay readable.
        if (CombinationAdjustment(i, j, vector, describe: true, out var combined) is var adjustment and < 0)
        {
            fields.Add(new FieldWeight(CombinationField, FieldRole.Ignore, combined!, adjustment, null, null));
        }

        var total = PriorWeight + fields.Sum(w => w.Weight);
        return new ScoredPair(set.Ids[i], set.Ids[j], Probability.FromWeight(total), PriorWeight, total, swapped, fields);
    }
}
