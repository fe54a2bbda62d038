namespace Pathway.Cases.Workflow;

/// <summary>
/// Where a residence case stands in its proceedings (Code of Administrative Procedure, KPA). Stored
/// by name, so the database reads the same as the code.
/// </summary>
public enum CaseState
{
    /// <summary>Filed and registered; nobody has looked at it yet.</summary>
    Submitted,
    /// <summary>An officer checks the formal requirements (form, fee, signature, documents).</summary>
    FormalCheck,
    /// <summary>A notice to cure a formal defect is out (KPA art. 64 §2): at least 7 days from delivery.</summary>
    FormalDeficiency,
    /// <summary>Formally complete; the substance is examined (appearance, security checks, evidence).</summary>
    Examination,
    /// <summary>A request for evidence is out with its own term.</summary>
    EvidenceRequested,
    /// <summary>The proceedings are suspended (KPA art. 97); the days do not count.</summary>
    Suspended,
    /// <summary>A decision is drafted and waits for a supervisor's signature.</summary>
    DecisionDrafted,
    /// <summary>Decided; the appeal term of 14 days runs from delivery (KPA art. 129 §2).</summary>
    Decided,
    /// <summary>An appeal was lodged and goes to the Head of the Office for Foreigners.</summary>
    Appealed,
    /// <summary>The decision can no longer be appealed.</summary>
    Final,
    CardOrdered,
    CardReady,
    CardCollected,
    /// <summary>The office refused to initiate the proceedings (KPA art. 61a).</summary>
    NotInitiated,
    /// <summary>The formal defect was not cured in time (KPA art. 64 §2).</summary>
    LeftWithoutConsideration,
}

/// <summary>What a decision said.</summary>
public enum DecisionOutcome
{
    Granted,
    Refused,
    /// <summary>The proceedings were discontinued, e.g. the application was withdrawn (KPA art. 105).</summary>
    Discontinued,
}

/// <summary>What the appeal authority did with an appealed decision (KPA art. 138).</summary>
public enum AppealResult
{
    /// <summary>The decision stands and is final.</summary>
    Upheld,
    /// <summary>The appeal authority decided the case itself; its outcome is final.</summary>
    Changed,
    /// <summary>Annulled and returned: the office examines the case again.</summary>
    Returned,
}

/// <summary>A letter whose delivery starts a time limit.</summary>
public enum Letter
{
    Notice,
    Decision,
}
