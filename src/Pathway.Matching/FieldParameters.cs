namespace Pathway.Matching;

/// <summary>
/// One compared field of a model: its m-probabilities (how often true matches reach each level)
/// and u-probabilities (how often random pairs do), index-aligned with <see cref="ComparisonLevels"/>.
/// </summary>
public sealed class FieldParameters
{
    /// <summary>The column (or role) name the field is read from.</summary>
    public required string Name { get; init; }

    public required FieldRole Role { get; init; }

    public required ComparisonKind Comparison { get; init; }

    public required double[] M { get; init; }

    public required double[] U { get; init; }

    /// <summary>Share of records holding each common value (normalised), for the term-frequency adjustment.</summary>
    public Dictionary<string, double>? TermFrequencies { get; init; }

    /// <summary>The chance that two records agreeing on a value not in <see cref="TermFrequencies"/> agree by coincidence.</summary>
    public double? RareValueFrequency { get; init; }

    public IReadOnlyList<string> Levels => ComparisonLevels.Of(Comparison);

    /// <summary>
    /// Free text (an occupation, a remark) agrees or differs between records of one person for
    /// reasons that have little to do with identity, so its weight is held to this many bits either way.
    /// </summary>
    public const double MaxFreeTextWeight = 2;

    /// <summary>The log2 Bayes factor of a level, without term-frequency adjustment; 0 for missing.</summary>
    public double WeightOf(int level)
    {
        if (level == ComparisonLevels.Missing)
        {
            return 0;
        }

        var weight = Math.Log2(Probability.Clamp(M[level]) / Probability.Clamp(U[level]));
        return Role == FieldRole.Text ? Math.Clamp(weight, -MaxFreeTextWeight, MaxFreeTextWeight) : weight;
    }

    internal FieldParameters With(double[] m, double[] u) => new()
    {
        Name = Name,
        Role = Role,
        Comparison = Comparison,
        M = m,
        U = u,
        TermFrequencies = TermFrequencies,
        RareValueFrequency = RareValueFrequency,
    };
}
