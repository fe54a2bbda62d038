namespace Pathway.People.Duplicates;

/// <summary>What the supervisors' page says about scans: one running (how far), and the last one that finished.</summary>
public sealed record ScanStatus(ScanProgress? Running, DateTime? LastFinishedAt, int LastQueued, string? LastError);

/// <summary>A running scan: <see cref="Done"/> of <see cref="Total"/> in its current step (0 of 0 before the first report).</summary>
public sealed record ScanProgress(DateTime StartedAt, long Done, long Total);
