namespace Pathway.Matching;

/// <summary>What a deduplication did: counts, the columns compared, each phase's time and the closest calls.</summary>
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
    int TrainingIterations);
