using Pathway.Matching;
using Pathway.People.Registry;

namespace Pathway.People.Duplicates;

/// <summary>A registered person who may be the one being registered, with the evidence field by field.</summary>
public sealed record DuplicateCandidate(PersonSummary Person, double Probability, IReadOnlyList<FieldWeight> Evidence);

/// <summary>A fraud signal about a document: on another person, or on a lost/stolen list.</summary>
public sealed record DocumentSignal(SuspicionKind Kind, string DocumentNumber, Guid? OtherPersonId, bool OtherPersonVisible, string? ListSource);

public sealed record RegistryCheckResult(IReadOnlyList<DuplicateCandidate> Candidates, IReadOnlyList<DocumentSignal> Signals, int Compared)
{
    public bool IsClear => Candidates.Count == 0 && Signals.Count == 0;
}
