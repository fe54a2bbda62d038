namespace Pathway.Matching.Blocking;

/// <summary>
/// A blocking rule: records sharing any of their keys under the rule become candidate pairs.
/// A record has up to <see cref="Width"/> keys so that one rule can cover both name orders.
/// </summary>
internal sealed class BlockingRule(string name, int width, BlockingRule.KeysOf keys, bool countsForPrior = true)
{
    /// <summary>Writes the record's keys into <paramref name="into"/>; 0 means none.</summary>
    public delegate void KeysOf(int record, Span<long> into);

    public string Name { get; } = name;

    public int Width { get; } = width;

    /// <summary>
    /// Whether the rule's pairs count when the share of matching pairs is estimated. A rule that
    /// only rescues sparse records blocks mostly namesakes, whose agreeing fields the independent
    /// weights over-credit: counted, they would raise the estimated prior for every pair.
    /// </summary>
    public bool CountsForPrior { get; } = countsForPrior;

    public void Keys(int record, Span<long> into) => keys(record, into);
}
