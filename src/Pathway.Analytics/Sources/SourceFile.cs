namespace Pathway.Analytics.Sources;

/// <summary>An outside table read whole and found sound, ready to be stored.</summary>
public sealed record SourceFile(
    SourceFormat Format,
    char Separator,
    IReadOnlyList<SourceStructure> Structures,
    IReadOnlyList<SourceDimensionRead> Dimensions,
    string TimeColumn,
    string ValueColumn,
    IReadOnlyList<SourceSeriesRead> Series,
    IReadOnlyList<SourceObservationRead> Observations,
    int SkippedRows);

/// <summary>A dataflow (or data structure, or provision agreement) the rows name, with its name when the file gave it.</summary>
public sealed record SourceStructure(string Id, string? Label);

/// <summary>
/// A dimension column in the file's order, with its name when the file gave it, and its codes in
/// the order met, each with its label when the file had one. <see cref="LabelsOnly"/>: a plain
/// table wrote labels instead of codes ("Total", "Poland"), so its values were not checked against a code list.
/// </summary>
public sealed record SourceDimensionRead(string Id, string? Label, bool LabelsOnly, IReadOnlyDictionary<string, string?> Codes);

/// <summary>A series: its structure and its key, the dimension codes joined by dots as SDMX writes a series key.</summary>
public sealed record SourceSeriesRead(int Number, string Structure, string Key, IReadOnlyList<string> Codes);

/// <summary>One observation: its series, its time period as written with its first day and frequency, the value or none, and its attributes.</summary>
public sealed record SourceObservationRead(
    int Series,
    string Period,
    DateOnly Start,
    string Frequency,
    decimal? Value,
    string? Status,
    string? Flag,
    string? Confidentiality,
    int? UnitMultiplier,
    int Line);

/// <summary>What became of reading a file: the table, or every fault that stops it from loading.</summary>
public sealed record SourceReading(SourceFile? File, IReadOnlyList<SourceProblem> Problems)
{
    public bool IsValid => File is not null && Problems.Count == 0;
}
