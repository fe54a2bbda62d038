namespace Pathway.Cases.Workflow;

/// <summary>
/// The English names of states, actions and outcomes: shown on the pages and in refusals, and the
/// keys of their translations (tools/ui_strings.py lists them as dynamic keys).
/// </summary>
public static class CaseNames
{
    public static string Of(CaseState state) => state switch
    {
        CaseState.Submitted => "Submitted",
        CaseState.FormalCheck => "Formal check",
        CaseState.FormalDeficiency => "Formal defect to cure",
        CaseState.Examination => "Examination",
        CaseState.EvidenceRequested => "Evidence requested",
        CaseState.Suspended => "Suspended",
        CaseState.DecisionDrafted => "Decision drafted",
        CaseState.Decided => "Decided",
        CaseState.Appealed => "Appealed",
        CaseState.Final => "Final",
        CaseState.CardOrdered => "Card ordered",
        CaseState.CardReady => "Card ready",
        CaseState.CardCollected => "Card collected",
        CaseState.NotInitiated => "Not initiated",
        CaseState.LeftWithoutConsideration => "Left without consideration",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static string Of(CaseAction action) => action switch
    {
        CaseAction.Register => "Application registered",
        CaseAction.StartFormalCheck => "Start the formal check",
        CaseAction.RefuseToInitiate => "Refuse to initiate (KPA art. 61a)",
        CaseAction.FormalDeficiency => "Notice to cure a formal defect (KPA art. 64 §2)",
        CaseAction.CureDeficiency => "Defect cured",
        CaseAction.LeaveWithoutConsideration => "Leave without consideration",
        CaseAction.CompleteFormally => "Formally complete",
        CaseAction.RecordAppearance => "Personal appearance (fingerprints, passport)",
        CaseAction.RecordFee => "Stamp duty paid",
        CaseAction.RequestEvidence => "Request evidence",
        CaseAction.ReceiveEvidence => "Evidence received",
        CaseAction.CloseEvidenceTerm => "Term for evidence ended",
        CaseAction.RecordDelivery => "Delivery of a letter",
        CaseAction.Suspend => "Suspend the proceedings (KPA art. 97)",
        CaseAction.Resume => "Resume the proceedings",
        CaseAction.NotifyDelay => "Delay notice with a new date (KPA art. 36)",
        CaseAction.RecordInactivityComplaint => "Complaint about inactivity (KPA art. 37)",
        CaseAction.DraftDecision => "Draft the decision",
        CaseAction.ReturnDraft => "Return the draft",
        CaseAction.Decide => "Sign the decision",
        CaseAction.Discontinue => "Discontinue the proceedings (KPA art. 105)",
        CaseAction.LodgeAppeal => "Appeal lodged",
        CaseAction.RecordAppealResult => "Appeal decided",
        CaseAction.MarkFinal => "Decision final",
        CaseAction.OrderCard => "Residence card ordered",
        CaseAction.CardReady => "Residence card ready",
        CaseAction.CardCollected => "Residence card collected",
        CaseAction.Take => "Take the case",
        CaseAction.Assign => "Assign to an officer",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static string Of(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Granted => "Granted",
        DecisionOutcome.Refused => "Refused",
        DecisionOutcome.Discontinued => "Discontinued",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string Of(AppealResult result) => result switch
    {
        AppealResult.Upheld => "Upheld",
        AppealResult.Changed => "Changed by the appeal authority",
        AppealResult.Returned => "Annulled and returned for examination",
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, null),
    };
}
