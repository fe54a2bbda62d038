namespace Pathway.Matching;

/// <summary>What a deduplication did: counts, the columns compared, each phase's time and the closest calls.</summary>
/// <remarks>
/// <see cref="Columns"/> gives every column's role, or why it was left out; <see cref="Notes"/> says in
/// plain words what the run had to work around (columns left out, a training rule with no pairs, a file too small).
/// </remarks>
public sealed record DedupeReport(
    int Records,
    long CandidatePairs,
    long LinkedPairs,
    int Clusters,
    IReadOnlyList<ColumnRole> Columns,
    IReadOnlyList<string> ColumnsLeftOut,
    IReadOnlyList<RuleYield> BlockingRules,
    IReadOnlyList<PhaseTiming> Timings,
    IReadOnlyList<ScoredPair> ClosestCalls,
    LinkageModel Model,
    int TrainingIterations,
    IReadOnlyList<string> Notes);
