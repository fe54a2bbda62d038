namespace Pathway.Matching;

/// <summary>Progress of a job: phase is "reading", "blocking", "training", "scoring", "clustering" or "writing".</summary>
public sealed record LinkageProgress(string Phase, long Done, long Total);
