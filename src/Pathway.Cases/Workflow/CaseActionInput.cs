namespace Pathway.Cases.Workflow;

/// <summary>
/// What an officer enters with an action; each action reads the fields it needs (see
/// <see cref="CaseRules"/>). <see cref="On"/> is the day the act or event took place, today when
/// left out; for a reply it is the posting day, which decides whether it was in time (KPA art. 57 §5).
/// </summary>
public sealed record CaseActionInput
{
    public DateOnly? On { get; init; }
    public int? TermDays { get; init; }
    public DecisionOutcome? Outcome { get; init; }
    public AppealResult? AppealResult { get; init; }
    public Letter? Letter { get; init; }
    public DateOnly? DeliveredOn { get; init; }
    public DateOnly? FirstPostalNoticeOn { get; init; }
    public DateOnly? NewDate { get; init; }
    public Guid? OfficerId { get; init; }
    public string? Reason { get; init; }
    /// <summary>A granted permit's first valid day (<see cref="PermitValidity"/>).</summary>
    public DateOnly? PermitValidFrom { get; init; }
    /// <summary>A granted permit's last valid day; none for permanent residence and the EU long-term resident's permit.</summary>
    public DateOnly? PermitValidUntil { get; init; }
    public bool TemporaryProtection { get; init; }
}

/// <summary>Who acts and when: the office's today decides which terms have ended.</summary>
public sealed record ActionContext(DateOnly Today, DateTime Now, Guid? ActorId, bool MaySupervise);

/// <summary>
/// Why an action was refused, as a text to translate with its arguments. <see cref="Field"/> names
/// the input at fault (a 400); a refusal without one is about the case's state or clock (a 409).
/// </summary>
public sealed record Refusal(string Text, object[] Args, string? Field = null)
{
    public static Refusal Of(string text, params object[] args) => new(text, args);

    public static Refusal Input(string field, string text, params object[] args) => new(text, args, field);
}
