namespace Pathway.Analytics.Sources;

/// <summary>A series' code in one dimension, so observations can be filtered by any dimension.</summary>
public sealed class SourceSeriesCode
{
    public Guid TableId { get; set; }
    public int Series { get; set; }
    public int Position { get; set; }
    public string Code { get; set; } = "";
}
