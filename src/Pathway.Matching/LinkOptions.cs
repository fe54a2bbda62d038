namespace Pathway.Matching;

/// <summary>Options of <see cref="LinkJob"/>; the CLI's `pathway link`.</summary>
public sealed record LinkOptions
{
    public required string LeftPath { get; init; }

    public required string RightPath { get; init; }

    /// <summary>The id column; both files must have it.</summary>
    public required string IdColumn { get; init; }

    public required string OutputPath { get; init; }

    public IReadOnlyList<string> FieldMappings { get; init; } = [];

    public double Threshold { get; init; } = LinkageDefaults.Threshold;

    public int Explain { get; init; }

    public LinkageModel? Model { get; init; }
}
