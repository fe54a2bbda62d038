namespace Pathway.Matching;

/// <summary>
/// The role a column of an input file was given, and whether it came from an explicit mapping.
/// <see cref="LeftOut"/> says, in plain words, why a column with a role was not compared;
/// <see cref="Remark"/> qualifies how a compared one is used.
/// </summary>
public sealed record ColumnRole(string Column, FieldRole Role, bool Explicit, string? LeftOut = null, string? Remark = null);
