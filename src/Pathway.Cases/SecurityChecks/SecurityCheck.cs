using Pathway.Platform.Tenancy;

namespace Pathway.Cases.SecurityChecks;

/// <summary>
/// A request to one authority for information whether the applicant's stay may threaten defence,
/// state security or public order (act on foreigners art. 109), and its answer. Personal data of a
/// case: the tenancy filter applies.
/// </summary>
public sealed class SecurityCheck : ITenantOwned
{
    public const int MaxNoteLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid CaseId { get; init; }
    public Authority Authority { get; init; }
    public DateOnly RequestedOn { get; init; }
    /// <summary>The end of the answer period, moved off a Saturday or holiday.</summary>
    public DateOnly DueOn { get; internal set; }
    /// <summary>Why the authority took the longer period (null while it has not).</summary>
    public string? ExtensionReason { get; internal set; }
    public DateOnly? AnsweredOn { get; internal set; }
    public CheckAnswer? Answer { get; internal set; }
    public string? Note { get; internal set; }
    /// <summary>A supervisor's reason for granting a permit despite an objection; the decision stays a person's.</summary>
    public string? OverrideReason { get; internal set; }
    public Guid? OverriddenBy { get; internal set; }

    public bool IsExtended => ExtensionReason is not null;

    /// <summary>Unanswered after its period: the law counts it as no objection.</summary>
    public bool IsOverdueOn(DateOnly today) => Answer is null && today > DueOn;
}

/// <summary>The authorities the voivode asks (act on foreigners art. 109 ust. 1).</summary>
public enum Authority
{
    /// <summary>Straż Graniczna.</summary>
    BorderGuard,
    /// <summary>Policja.</summary>
    Police,
    /// <summary>Agencja Bezpieczeństwa Wewnętrznego (ABW).</summary>
    InternalSecurityAgency,
}

/// <summary>What an authority answered.</summary>
public enum CheckAnswer
{
    NoObjection,
    Objection,
    /// <summary>Nothing came within the period; the law treats it as no objection.</summary>
    NoAnswerInTime,
}
