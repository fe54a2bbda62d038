namespace Pathway.Cases.PaperFiles;

/// <summary>One row of the GIAI-96 partition table: how many bits and digits the company prefix takes, and the asset reference the rest of 82 bits.</summary>
public sealed record Giai96Partition(int Value, int PrefixBits, int PrefixDigits)
{
    public int ReferenceBits => 82 - PrefixBits;
}

/// <summary>The GIAI-96 partition table of the GS1 EPC Tag Data Standard; partition 7 is reserved.</summary>
public static class Giai96Partitions
{
    public const int MinPrefixDigits = 6;
    public const int MaxPrefixDigits = 12;

    private static readonly Giai96Partition[] Table =
    [
        new(0, 40, 12),
        new(1, 37, 11),
        new(2, 34, 10),
        new(3, 30, 9),
        new(4, 27, 8),
        new(5, 24, 7),
        new(6, 20, 6),
    ];

    public static Giai96Partition ForPrefixDigits(int digits) => Table.Single(p => p.PrefixDigits == digits);

    public static Giai96Partition? ForValue(int value) => value is >= 0 and < 7 ? Table[value] : null;
}
