namespace Pathway.Matching.Blocking;

/// <summary>The deduplicated union of all blocking rules' pairs, with each pair's comparison vector.</summary>
internal sealed class CandidatePairs(List<PairChunk> chunks, IReadOnlyList<RuleYield> rules)
{
    public List<PairChunk> Chunks { get; } = chunks;

    /// <summary>How many new pairs each rule contributed and how many of its blocks were dropped as too common.</summary>
    public IReadOnlyList<RuleYield> Rules { get; } = rules;

    public long Count => Chunks.Sum(c => (long)c.Count);
}
