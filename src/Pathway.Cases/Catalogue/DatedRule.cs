namespace Pathway.Cases.Catalogue;

/// <summary>
/// A rule in force from one day and, once the law changes, until another. A case is judged by
/// the rule in force on its relevant day (for a decision period: the day the application was filed).
/// </summary>
public abstract class DatedRule
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationTypeId { get; init; }
    public DateOnly InForceFrom { get; init; }

    /// <summary>The last day in force; set when a later law change (<see cref="LawChanges"/>) ends the rule.</summary>
    public DateOnly? InForceUntil { get; internal set; }

    /// <summary>
    /// When a correction with the same first day replaced this row (a figure entered wrongly, or
    /// checked against the act at last). The row is kept, for the cases judged by it and for the
    /// record, but no longer counts.
    /// </summary>
    public DateTime? SupersededAt { get; internal set; }

    /// <summary>The provision the rule comes from.</summary>
    public string LegalSource { get; init; } = "";

    /// <summary>False for a figure that could not be checked against the act in force: shown as such, never silently trusted.</summary>
    public bool Verified { get; init; }

    public bool InForceOn(DateOnly day) => SupersededAt is null && day >= InForceFrom && (InForceUntil is not { } until || day <= until);
}

/// <summary>How long the office has to decide (e.g. 60 days for temporary residence, art. 112a of the Act on Foreigners).</summary>
public sealed class DecisionPeriod : DatedRule
{
    public int Length { get; init; }
    public Pathway.Cases.TimeLimits.PeriodUnit Unit { get; init; }
}

/// <summary>The stamp duty (opłata skarbowa) for the permit, in złoty.</summary>
public sealed class StampDuty : DatedRule
{
    public decimal AmountPln { get; init; }
}

/// <summary>A document to file with the application, and when it is needed.</summary>
public sealed class RequiredDocument : DatedRule
{
    public const int MaxCodeLength = 40;

    public string Code { get; init; } = "";

    /// <summary>The English name, also the key of its translations.</summary>
    public string Name { get; init; } = "";
    public DocumentCondition Condition { get; init; }
}

/// <summary>When a document is needed; the application's own facts decide (the workflow checks them).</summary>
public enum DocumentCondition
{
    Always,
    WhenEmployed,
    WhenMinor,
}
