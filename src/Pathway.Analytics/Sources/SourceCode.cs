namespace Pathway.Analytics.Sources;

/// <summary>A code met in a dimension, with its label when the file had one (labels=both or labels=name).</summary>
public sealed class SourceCode
{
    public Guid TableId { get; set; }
    public int Position { get; set; }
    public string Code { get; set; } = "";
    public string? Label { get; set; }

    /// <summary>The order the file met it in.</summary>
    public int Rank { get; set; }
}
