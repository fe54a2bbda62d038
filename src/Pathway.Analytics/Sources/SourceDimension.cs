namespace Pathway.Analytics.Sources;

/// <summary>A dimension of a table, in the file's order, with its name when the file had one.</summary>
public sealed class SourceDimension
{
    public Guid TableId { get; set; }
    public int Position { get; set; }

    /// <summary>The dimension's id as the header wrote it (GEO, geo, CITIZEN ...).</summary>
    public string Code { get; set; } = "";
    public string? Label { get; set; }

    /// <summary>A plain table wrote labels instead of codes in this column; they were not checked against a code list.</summary>
    public bool LabelsOnly { get; set; }
    public int CodeCount { get; set; }
}
