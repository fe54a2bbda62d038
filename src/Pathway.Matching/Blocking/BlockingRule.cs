namespace Pathway.Matching.Blocking;

/// <summary>
/// A blocking rule: records sharing any of their keys under the rule become candidate pairs.
/// A record has up to <see cref="Width"/> keys so that one rule can cover both name orders.
/// </summary>
internal sealed class BlockingRule(string name, int width, BlockingRule.KeysOf keys)
{
    /// <summary>Writes the record's keys into <paramref name="into"/>; 0 means none.</summary>
    public delegate void KeysOf(int record, Span<long> into);

    public string Name { get; } = name;

    public int Width { get; } = width;

    public void Keys(int record, Span<long> into) => keys(record, into);
}
