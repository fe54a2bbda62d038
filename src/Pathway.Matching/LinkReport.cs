namespace Pathway.Matching;

/// <summary>What a linkage of two files did: counts, the columns compared, each phase's time and the closest calls.</summary>
public sealed record LinkReport(
    int LeftRecords,
    int RightRecords,
    long CandidatePairs,
    long MatchedPairs,
    IReadOnlyList<ColumnRole> Columns,
    IReadOnlyList<string> ColumnsLeftOut,
    IReadOnlyList<RuleYield> BlockingRules,
    IReadOnlyList<PhaseTiming> Timings,
    IReadOnlyList<ScoredPair> ClosestCalls,
    LinkageModel Model,
    int TrainingIterations);
