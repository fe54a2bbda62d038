namespace Pathway.Documents;

/// <summary>The line count and width of a layout; 2 x 36 and 2 x 44 are each shared by a document and a visa.</summary>
internal sealed record MrzShape(int LineCount, int Width)
{
    public static IReadOnlyList<MrzShape> All { get; } = [new(3, 30), new(2, 36), new(2, 44)];

    /// <summary>Visas are told from documents of the same shape by their document code, which starts with V.</summary>
    public MrzFormat FormatFor(string firstLine) => (Width, firstLine.StartsWith('V')) switch
    {
        (30, _) => MrzFormat.TD1,
        (36, true) => MrzFormat.MrvB,
        (36, false) => MrzFormat.TD2,
        (_, true) => MrzFormat.MrvA,
        _ => MrzFormat.TD3,
    };
}
