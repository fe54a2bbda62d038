using System.Text.Json.Serialization;

namespace Pathway.Support.Tracing;

/// <summary>What a candidate is: a child's support case (a relative looks for a child), or a relative's request (a child looks for family).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CandidateKind>))]
public enum CandidateKind
{
    ChildCase,
    Request,
}

/// <summary>
/// A proposed match waits for a case worker; confirmed or rejected, it is never proposed again. A
/// match across organisations stays proposed until a case worker on each side has confirmed it.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<MatchState>))]
public enum MatchState
{
    Proposed,
    Confirmed,
    Rejected,
}

/// <summary>Who judges a match across organisations: the organisation of the request it belongs to, or the one holding the candidate.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MatchSide>))]
public enum MatchSide
{
    Request,
    Holder,
}

/// <summary>What a side's decision did to the match.</summary>
public enum MatchOutcome
{
    Confirmed,
    Rejected,

    /// <summary>This side confirmed a match across organisations; the other side has not yet.</summary>
    AwaitingOtherSide,

    /// <summary>The match, or this side of it, was decided already: nothing changed.</summary>
    AlreadyDecided,
}

/// <summary>
/// A candidate the record linkage proposed for a request, with its score and the evidence it was
/// proposed on (as JSON, <see cref="TracingEvidence"/>), and the case worker's decision. Part of
/// its request: read only through it.
/// </summary>
public sealed class TracingMatch
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid RequestId { get; init; }
    public CandidateKind CandidateKind { get; init; }

    /// <summary>The child's case (<see cref="CandidateKind.ChildCase"/>) or the relative's request (<see cref="CandidateKind.Request"/>).</summary>
    public Guid CandidateId { get; init; }

    /// <summary>For a child's case: the child's own open request for family, whose places were compared too.</summary>
    public Guid? ChildRequestId { get; set; }

    public double Probability { get; set; }

    /// <summary>The field-by-field evidence of the last run, as JSON.</summary>
    public required string Evidence { get; set; }

    public MatchState State { get; private set; }
    public DateTime FoundAt { get; set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }

    /// <summary>
    /// The organisation holding the candidate when it is outside the request's data scope (another
    /// NGO, or the office for an NGO): each side then confirms, and neither learns who the other's
    /// person is before both have. Null within one data scope, where one confirmation is enough.
    /// </summary>
    public Guid? HeldBy { get; init; }

    /// <summary>When and by whom the request's side confirmed a match across organisations.</summary>
    public DateTime? RequestSideConfirmedAt { get; private set; }

    public string? RequestSideConfirmedBy { get; private set; }

    /// <summary>When and by whom the holding organisation confirmed it.</summary>
    public DateTime? HolderConfirmedAt { get; private set; }

    public string? HolderConfirmedBy { get; private set; }

    public bool IsAcrossOrganisations => HeldBy is not null;

    /// <summary>Whether <paramref name="side"/> has confirmed this match across organisations.</summary>
    public bool ConfirmedBy(MatchSide side) => side switch
    {
        MatchSide.Request => RequestSideConfirmedAt is not null,
        MatchSide.Holder => HolderConfirmedAt is not null,
    };

    /// <summary>
    /// A side's decision. Within one data scope the one confirmation or rejection decides. Across
    /// organisations a rejection by either side ends the match, and it is confirmed only once both
    /// sides have confirmed it; a side cannot confirm twice, nor decide a match decided already.
    /// </summary>
    internal MatchOutcome Decide(MatchSide side, bool confirm, DateTime at, string by)
    {
        if (State != MatchState.Proposed || (IsAcrossOrganisations && confirm && ConfirmedBy(side)))
        {
            return MatchOutcome.AlreadyDecided;
        }

        if (!confirm)
        {
            (State, DecidedAt, DecidedBy) = (MatchState.Rejected, at, by);
            return MatchOutcome.Rejected;
        }

        if (IsAcrossOrganisations)
        {
            if (side == MatchSide.Request)
            {
                (RequestSideConfirmedAt, RequestSideConfirmedBy) = (at, by);
            }
            else
            {
                (HolderConfirmedAt, HolderConfirmedBy) = (at, by);
            }

            if (!ConfirmedBy(MatchSide.Request) || !ConfirmedBy(MatchSide.Holder))
            {
                return MatchOutcome.AwaitingOtherSide;
            }
        }

        (State, DecidedAt, DecidedBy) = (MatchState.Confirmed, at, by);
        return MatchOutcome.Confirmed;
    }
}
