namespace Pathway.Cases.Workflow;

/// <summary>
/// Which action may be taken in which state, and which may only be taken by a supervisor. The
/// guards that depend on dates (a term that has not ended, an appeal posted late) live with the
/// actions in <see cref="CaseTransitions"/>; this table is what the case page offers.
/// </summary>
public static class CaseRules
{
    private static readonly CaseState[] BeforeDecision =
        [CaseState.FormalCheck, CaseState.FormalDeficiency, CaseState.Examination, CaseState.EvidenceRequested, CaseState.Suspended, CaseState.DecisionDrafted];

    private static readonly Dictionary<CaseAction, Rule> Table = new()
    {
        [CaseAction.StartFormalCheck] = new([CaseState.Submitted]),
        [CaseAction.RefuseToInitiate] = new([CaseState.Submitted, CaseState.FormalCheck], Supervisor: true),
        [CaseAction.FormalDeficiency] = new([CaseState.FormalCheck]),
        [CaseAction.CureDeficiency] = new([CaseState.FormalDeficiency]),
        [CaseAction.LeaveWithoutConsideration] = new([CaseState.FormalDeficiency], Supervisor: true),
        [CaseAction.CompleteFormally] = new([CaseState.FormalCheck]),
        [CaseAction.RecordAppearance] = new([CaseState.Submitted, CaseState.FormalCheck, CaseState.FormalDeficiency, CaseState.Examination, CaseState.EvidenceRequested]),
        [CaseAction.RecordFee] = new([CaseState.Submitted, .. BeforeDecision]),
        [CaseAction.RequestEvidence] = new([CaseState.Examination]),
        [CaseAction.ReceiveEvidence] = new([CaseState.EvidenceRequested]),
        [CaseAction.CloseEvidenceTerm] = new([CaseState.EvidenceRequested]),
        [CaseAction.RecordDelivery] = new([CaseState.FormalDeficiency, CaseState.EvidenceRequested, CaseState.Decided]),
        [CaseAction.Suspend] = new([CaseState.FormalCheck, CaseState.Examination, CaseState.EvidenceRequested]),
        [CaseAction.Resume] = new([CaseState.Suspended]),
        [CaseAction.NotifyDelay] = new(BeforeDecision),
        [CaseAction.RecordInactivityComplaint] = new(BeforeDecision),
        [CaseAction.DraftDecision] = new([CaseState.Examination]),
        [CaseAction.ReturnDraft] = new([CaseState.DecisionDrafted], Supervisor: true),
        [CaseAction.Decide] = new([CaseState.DecisionDrafted], Supervisor: true),
        [CaseAction.Discontinue] = new(BeforeDecision, Supervisor: true),
        [CaseAction.LodgeAppeal] = new([CaseState.Decided]),
        [CaseAction.RecordAppealResult] = new([CaseState.Appealed]),
        [CaseAction.MarkFinal] = new([CaseState.Decided]),
        [CaseAction.OrderCard] = new([CaseState.Final]),
        [CaseAction.CardReady] = new([CaseState.CardOrdered]),
        [CaseAction.CardCollected] = new([CaseState.CardReady]),
        [CaseAction.Take] = new([CaseState.Submitted, .. BeforeDecision, CaseState.Decided, CaseState.Appealed]),
        [CaseAction.Assign] = new([CaseState.Submitted, .. BeforeDecision, CaseState.Decided, CaseState.Appealed, CaseState.Final, CaseState.CardOrdered, CaseState.CardReady],
            Supervisor: true),
    };

    public static IReadOnlyCollection<CaseAction> Actions => Table.Keys;

    public static bool NeedsSupervisor(CaseAction action) => Table[action].Supervisor;

    public static bool AllowedIn(CaseAction action, CaseState state) => Table.TryGetValue(action, out var rule) && rule.States.Contains(state);

    /// <summary>The actions a person may take in the case's state, in the table's order, for the case page.</summary>
    public static IReadOnlyList<CaseAction> Offered(ResidenceCase @case, bool maySupervise) =>
        [.. Table.Where(r => r.Value.States.Contains(@case.State) && (maySupervise || !r.Value.Supervisor)
            && (r.Key != CaseAction.OrderCard || @case.Outcome == DecisionOutcome.Granted)).Select(r => r.Key)];

    private sealed record Rule(CaseState[] States, bool Supervisor = false);
}
