using System.Text.Json.Serialization;

namespace Pathway.Support.Tracing;

/// <summary>What a candidate is: a child's support case (a relative looks for a child), or a relative's request (a child looks for family).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CandidateKind>))]
public enum CandidateKind
{
    ChildCase,
    Request,
}

/// <summary>A proposed match waits for a case worker; confirmed or rejected, it is never proposed again.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MatchState>))]
public enum MatchState
{
    Proposed,
    Confirmed,
    Rejected,
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

    internal void Decide(MatchState state, DateTime at, string by) => (State, DecidedAt, DecidedBy) = (state, at, by);
}
