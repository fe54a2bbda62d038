namespace Pathway.Matching.Tests;

/// <summary>Pairwise precision and recall of predicted clusters against true clusters.</summary>
internal sealed record PairwiseAccuracy(long TruePositives, long Predicted, long Actual)
{
    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;

    public double Recall => Actual == 0 ? 1 : (double)TruePositives / Actual;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PairwiseAccuracy Of(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> truth)
    {
        long Pairs(IEnumerable<int> sizes) => sizes.Sum(s => (long)s * (s - 1) / 2);
        var predictedPairs = Pairs(predicted.GroupBy(p => p.Value).Select(g => g.Count()));
        var actualPairs = Pairs(truth.GroupBy(p => p.Value).Select(g => g.Count()));
        var both = Pairs(predicted.GroupBy(p => (p.Value, truth[p.Key])).Select(g => g.Count()));
        return new PairwiseAccuracy(both, predictedPairs, actualPairs);
    }

    public override string ToString() => $"precision {Precision:0.0000} recall {Recall:0.0000} F1 {F1:0.0000} (true pairs {Actual}, predicted {Predicted}, correct {TruePositives})";
}
