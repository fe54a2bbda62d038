namespace Pathway.Analytics.Warehouse;

/// <summary>
/// One residence application as the warehouse counts it, kept as it stands (an accumulating snapshot:
/// the milestones fill in as the case moves). Pseudonymised: the person is a keyed pseudonym, and no
/// name, birth date, document number or contact is kept. The snapshot with the highest
/// <see cref="Version"/> wins, so replayed or late events change nothing.
/// </summary>
public sealed class ApplicationFact
{
    public Guid CaseId { get; init; }
    public Guid TenantId { get; init; }
    public int Version { get; set; }
    /// <summary>The applicant as a keyed pseudonym (<see cref="Platform.Protection.Pseudonyms"/>): the same person across their applications.</summary>
    public string PersonKey { get; set; } = "";
    public Guid OfficeId { get; set; }
    public string ApplicationType { get; set; } = "";
    public string Permit { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string Citizenship { get; set; } = "";
    public string Sex { get; set; } = "";
    public string AgeBand { get; set; } = "";
    public DateOnly SubmittedOn { get; set; }
    public string State { get; set; } = "";
    public string? Outcome { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public DateOnly? DecisionDueOn { get; set; }
    public DateOnly? FinalOn { get; set; }
    public DateOnly? AppealLodgedOn { get; set; }
    /// <summary>The day the office stopped owing a decision (decided, or closed without one); null while one is owed: the backlog.</summary>
    public DateOnly? SettledOn { get; set; }
    /// <summary>Calendar days from submission to decision.</summary>
    public int? ProcessingDays { get; set; }
    /// <summary>Whether the decision came by the statutory due day; null when undecided or the day is unknown.</summary>
    public bool? DecidedInTime { get; set; }
    /// <summary>The first day of the permit a granting decision gave; null unless one was granted (or granted before the validity was recorded).</summary>
    public DateOnly? PermitValidFrom { get; set; }
    /// <summary>The permit's last valid day; null for a permit without a limit (permanent residence, EU long-term resident).</summary>
    public DateOnly? PermitValidUntil { get; set; }
    /// <summary>Whether the permit was granted under temporary protection (Directive 2001/55/EC); null unless a permit was granted.</summary>
    public bool? TemporaryProtection { get; set; }
}
