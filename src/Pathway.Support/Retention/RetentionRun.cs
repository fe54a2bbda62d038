namespace Pathway.Support.Retention;

/// <summary>
/// One run of the retention rules in a tenant: the nightly one, one from the command line, or one a
/// supervisor started for their organisation. The unique (tenant, day, trigger) row is the claim that
/// lets only one node run it, and it keeps what each rule did.
/// </summary>
public sealed class RetentionRun
{
    public const string Nightly = "nightly";
    public const string CommandLine = "cli";

    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public DateOnly RunDate { get; init; }

    /// <summary><see cref="Nightly"/>, <see cref="CommandLine"/>, or "org-" and the organisation's id for a run a supervisor started.</summary>
    public required string Trigger { get; init; }

    /// <summary>The organisation a supervisor ran the rules for; null for a run over the whole tenant.</summary>
    public Guid? OrganisationId { get; init; }

    public required string Node { get; init; }
    public DateTime StartedAt { get; init; }
    public DateTime? FinishedAt { get; set; }
    public string? Error { get; set; }
    public List<RetentionRunResult> Results { get; init; } = [];

    public static string ForOrganisation(Guid organisation) => $"org-{organisation:N}";
}

/// <summary>What one rule did for one organisation in a run (for the helpline, the office's: no organisation).</summary>
public sealed class RetentionRunResult
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid RunId { get; init; }
    public Guid? OrganisationId { get; init; }
    public RetentionRecordType RecordType { get; init; }
    public RetentionAction Action { get; init; }

    /// <summary>Records anonymised or deleted.</summary>
    public int Acted { get; init; }

    /// <summary>Records that were due but kept, as a legal hold stands on their case.</summary>
    public int HeldBack { get; init; }
}
