namespace Pathway.Analytics.Sources;

/// <summary>A fault as the API lists it beside the validation problem's errors: where, what kind, the value, and the words.</summary>
public sealed record SourceFault(int Line, string? Column, int ColumnNumber, string Kind, string? Value, int? OtherLine, string Message);
