namespace Pathway.Matching;

/// <summary>Wall time one phase of a job took.</summary>
public sealed record PhaseTiming(string Phase, TimeSpan Elapsed);
