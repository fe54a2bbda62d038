namespace Pathway.People.Duplicates;

/// <summary>
/// One full duplicate scan of a tenant's registry. The unique (tenant, day, trigger) row is
/// what lets only one of several web nodes run the nightly scan.
/// </summary>
public sealed class ScanRun
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public DateOnly RunDate { get; set; }
    /// <summary>"nightly" for the scheduled run; "manual-..." for runs started from the CLI;
    /// "seed-..." at demo seeding; "on-demand-n" for the day's n-th run a supervisor started.</summary>
    public required string Trigger { get; set; }
    public required string Node { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public long Records { get; set; }
    public long PairsScored { get; set; }
    public int SuspicionsRaised { get; set; }
    public string? Error { get; set; }
    /// <summary>How far a running scan is in its current step, for the supervisors' page on any node.</summary>
    public long Done { get; set; }
    public long Total { get; set; }
}
