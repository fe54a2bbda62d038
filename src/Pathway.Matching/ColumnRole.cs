namespace Pathway.Matching;

/// <summary>The role a column of an input file was given, and whether it came from an explicit mapping.</summary>
public sealed record ColumnRole(string Column, FieldRole Role, bool Explicit);
