namespace Pathway.Analytics.Sources;

/// <summary>A series of a table: its structure and key (the dimension codes joined by dots).</summary>
public sealed class SourceSeries
{
    public Guid TableId { get; set; }
    public int Number { get; set; }
    public string Structure { get; set; } = "";
    public string Key { get; set; } = "";
}
