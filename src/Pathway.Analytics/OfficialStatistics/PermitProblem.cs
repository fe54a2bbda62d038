namespace Pathway.Analytics.OfficialStatistics;

/// <summary>A problem with the input: the permit's position in the list (null for the reporting country), its kind and the value at fault.</summary>
internal sealed record PermitProblem(int? Index, PermitProblemKind Kind, string Value);
