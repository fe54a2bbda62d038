namespace Pathway.Matching.Blocking;

/// <summary>Bounds on blocking work, so very common values cannot make the pair count quadratic.</summary>
internal sealed record BlockingLimits(long PairsPerRule, int MaxBlockSize, int NeighbourhoodWindow)
{
    /// <summary>Per rule: at least a million pairs, else eight per record; no block over 5,000 records.</summary>
    public static BlockingLimits For(int records) => new(Math.Max(1_000_000, 8L * records), 5_000, 6);
}
