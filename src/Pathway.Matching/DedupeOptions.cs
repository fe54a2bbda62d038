namespace Pathway.Matching;

/// <summary>Options of <see cref="DedupeJob"/>; the CLI's `pathway dedupe`.</summary>
public sealed record DedupeOptions
{
    public required string InputPath { get; init; }

    public required string IdColumn { get; init; }

    public required string OutputPath { get; init; }

    /// <summary>Explicit "column=role" mappings overriding detection from headers; role "ignore" drops a column.</summary>
    public IReadOnlyList<string> FieldMappings { get; init; } = [];

    /// <summary>Match probability at or above which two records are linked.</summary>
    public double Threshold { get; init; } = LinkageDefaults.Threshold;

    /// <summary>How many pairs nearest the threshold to return with their field weights.</summary>
    public int Explain { get; init; }

    /// <summary>A model to score with instead of training one on the file.</summary>
    public LinkageModel? Model { get; init; }
}
