using Pathway.Cases.Workflow;

namespace Pathway.Cases.Confirmations;

/// <summary>
/// Whether a confirmation of legal stay still holds, read from its case: the stay is legal until the
/// decision becomes final, or the proceedings end without one (discontinued, withdrawn, left without
/// consideration, not initiated). <see cref="EndedOn"/> is the day the case ended.
/// </summary>
public sealed record StayValidity(bool IsValid, DateOnly? EndedOn)
{
    public static readonly StayValidity Valid = new(true, null);

    public static StayValidity Of(ResidenceCase c) => c.State switch
    {
        CaseState.Submitted or CaseState.FormalCheck or CaseState.FormalDeficiency or CaseState.Examination or CaseState.EvidenceRequested
            or CaseState.Suspended or CaseState.DecisionDrafted or CaseState.Appealed => Valid,
        // A discontinuance (a withdrawn application among them) ends the proceedings at once; another decision only once final.
        CaseState.Decided => c.Outcome == DecisionOutcome.Discontinued ? new(false, c.DecidedOn ?? EnteredOn(c)) : Valid,
        CaseState.Final or CaseState.CardOrdered or CaseState.CardReady or CaseState.CardCollected => new(false, c.FinalOn ?? EnteredOn(c)),
        CaseState.NotInitiated or CaseState.LeftWithoutConsideration => new(false, EnteredOn(c)),
        _ => throw new ArgumentOutOfRangeException(nameof(c), c.State, null),
    };

    // The day the case reached its present state, from its timeline.
    private static DateOnly? EnteredOn(ResidenceCase c) =>
        c.Events.Where(e => e.ToState == c.State && e.FromState != c.State).OrderByDescending(e => e.At)
            .Select(e => (DateOnly?)(e.EffectiveOn ?? DateOnly.FromDateTime(e.At))).FirstOrDefault();
}
