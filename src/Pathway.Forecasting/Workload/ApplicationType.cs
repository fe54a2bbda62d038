namespace Pathway.Forecasting.Workload;

/// <summary>
/// A kind of application the office decides, e.g. "temporary residence - work": the officer-hours
/// one case takes, the statutory deadline for deciding it, and the cases already waiting.
/// </summary>
public sealed record ApplicationType(string Name, double HandlingHours, int DeadlineDays, OpeningBacklog Backlog);
