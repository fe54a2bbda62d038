namespace Pathway.Matching.Blocking;

/// <summary>A fixed-size slab of candidate pairs and their comparison vectors; slabs avoid one huge growing array.</summary>
internal sealed class PairChunk
{
    public const int Capacity = 1 << 16;

    public int[] Left { get; } = new int[Capacity];

    public int[] Right { get; } = new int[Capacity];

    public ulong[] Vector { get; } = new ulong[Capacity];

    public int Count { get; set; }

    /// <summary>False for the pairs of a rule that does not count when the prior is estimated (<see cref="BlockingRule.CountsForPrior"/>).</summary>
    public bool ForPrior { get; init; } = true;

    public bool IsFull => Count == Capacity;

    public void Add(int left, int right, ulong vector)
    {
        Left[Count] = left;
        Right[Count] = right;
        Vector[Count] = vector;
        Count++;
    }
}
