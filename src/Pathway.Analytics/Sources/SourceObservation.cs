namespace Pathway.Analytics.Sources;

/// <summary>One observation: the time period as written with its first day and frequency, the value or none, its attributes.</summary>
public sealed class SourceObservation
{
    public Guid TableId { get; set; }
    public int Series { get; set; }
    public string Period { get; set; } = "";
    public DateOnly Start { get; set; }
    public string Frequency { get; set; } = "";
    public decimal? Value { get; set; }
    public string? Status { get; set; }
    public string? Flag { get; set; }
    public string? Confidentiality { get; set; }
    public int? UnitMultiplier { get; set; }

    /// <summary>The line of the file it came from.</summary>
    public int Line { get; set; }
}
