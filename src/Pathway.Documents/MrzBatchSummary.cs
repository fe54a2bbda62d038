namespace Pathway.Documents;

/// <summary>How many documents a batch read, and how many were valid (parse) or written (generate).</summary>
public sealed record MrzBatchSummary(int Documents, int Succeeded);
