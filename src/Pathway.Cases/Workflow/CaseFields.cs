namespace Pathway.Cases.Workflow;

/// <summary>The inputs the case page asks for with each action; the rules in <see cref="CaseTransitions"/> say which are required.</summary>
public enum CaseField
{
    On,
    TermDays,
    Reason,
    Outcome,
    AppealResult,
    Delivery,
    NewDate,
    Officer,
    /// <summary>A granted permit's validity: first and last day, temporary protection.</summary>
    PermitValidity,
}

public static class CaseFields
{
    public static IReadOnlyList<CaseField> Of(CaseAction action) => action switch
    {
        CaseAction.StartFormalCheck or CaseAction.Take or CaseAction.CloseEvidenceTerm or CaseAction.MarkFinal => [],
        CaseAction.RefuseToInitiate or CaseAction.ReturnDraft or CaseAction.Discontinue or CaseAction.LeaveWithoutConsideration or CaseAction.Decide => [CaseField.Reason],
        CaseAction.FormalDeficiency or CaseAction.RequestEvidence => [CaseField.On, CaseField.TermDays, CaseField.Reason],
        CaseAction.CureDeficiency or CaseAction.CompleteFormally or CaseAction.ReceiveEvidence or CaseAction.LodgeAppeal
            or CaseAction.OrderCard or CaseAction.CardReady or CaseAction.CardCollected => [CaseField.On],
        CaseAction.RecordAppearance or CaseAction.Suspend or CaseAction.Resume or CaseAction.RecordInactivityComplaint => [CaseField.On, CaseField.Reason],
        CaseAction.RecordDelivery => [CaseField.Delivery],
        CaseAction.NotifyDelay => [CaseField.NewDate, CaseField.Reason],
        CaseAction.DraftDecision => [CaseField.Outcome, CaseField.PermitValidity, CaseField.Reason],
        CaseAction.RecordAppealResult => [CaseField.On, CaseField.AppealResult, CaseField.Outcome, CaseField.PermitValidity, CaseField.Reason],
        CaseAction.Assign => [CaseField.Officer, CaseField.Reason],
        _ => [],
    };
}
