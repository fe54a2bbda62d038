namespace Pathway.Matching;

/// <summary>
/// A scored pair that explains itself: <see cref="PriorWeight"/> (log2 prior odds) plus the sum of
/// the <see cref="Fields"/> weights is <see cref="TotalWeight"/>, the log2 odds of
/// <see cref="MatchProbability"/>.
/// </summary>
public sealed record ScoredPair(
    string LeftId,
    string RightId,
    double MatchProbability,
    double PriorWeight,
    double TotalWeight,
    bool NamesSwapped,
    IReadOnlyList<FieldWeight> Fields);
