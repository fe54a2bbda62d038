namespace Pathway.Cases.Workflow;

/// <summary>
/// Everything that can be done to a case: each moves it on or records a fact the clocks depend on.
/// Written in the API as kebab-case (<c>formal-deficiency</c>).
/// </summary>
public enum CaseAction
{
    /// <summary>The application was registered; the first line of every timeline, not an action one takes.</summary>
    Register,
    StartFormalCheck,
    RefuseToInitiate,
    FormalDeficiency,
    CureDeficiency,
    LeaveWithoutConsideration,
    CompleteFormally,
    RecordAppearance,
    RecordFee,
    RequestEvidence,
    ReceiveEvidence,
    CloseEvidenceTerm,
    RecordDelivery,
    Suspend,
    Resume,
    NotifyDelay,
    RecordInactivityComplaint,
    DraftDecision,
    ReturnDraft,
    Decide,
    Discontinue,
    LodgeAppeal,
    RecordAppealResult,
    MarkFinal,
    OrderCard,
    CardReady,
    CardCollected,
    Take,
    Assign,
}

/// <summary>The API's names for actions: kebab-case of the enum names.</summary>
public static class CaseActionNames
{
    public static string Of(CaseAction action) =>
        string.Concat(action.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static CaseAction? Parse(string? name) =>
        Enum.GetValues<CaseAction>().Where(a => a != CaseAction.Register).Cast<CaseAction?>()
            .FirstOrDefault(a => string.Equals(Of(a!.Value), name?.Trim(), StringComparison.Ordinal));
}
