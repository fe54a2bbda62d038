namespace Pathway.Analytics.Sources;

/// <summary>
/// One fault of an outside table: where (the file's line, counted from 1 with the header, and the
/// column's name and 1-based number; 0 and null when the fault is the file's as a whole), what
/// kind, and the value at fault as written.
/// </summary>
public sealed record SourceProblem(int Line, string? Column, int ColumnNumber, SourceProblemKind Kind, string? Value = null, int OtherLine = 0);
