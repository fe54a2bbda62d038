using Pathway.Matching;
using Pathway.People.Registry;

namespace Pathway.People.Duplicates;

/// <summary>A registered person who may be the one being registered, with the evidence field by field.</summary>
public sealed record DuplicateCandidate(PersonSummary Person, double Probability, IReadOnlyList<FieldWeight> Evidence);

/// <summary>
/// A fraud signal about a document: on another person, or on a lost/stolen list. <paramref name="SameDocument"/>:
/// the other person holds the number for the same kind and issuing state, so it cannot be saved again
/// (without a supervisor's exception). The name is given only when the caller may see that person.
/// </summary>
public sealed record DocumentSignal(SuspicionKind Kind, string DocumentNumber, Guid? OtherPersonId, bool OtherPersonVisible, string? ListSource,
    string? OtherPersonName = null, bool SameDocument = false);

/// <summary>A document whose validity ended before today: it may be saved, but the officer should know.</summary>
public sealed record ExpiredDocument(string DocumentNumber, DateOnly ExpiredOn);

public sealed record RegistryCheckResult(IReadOnlyList<DuplicateCandidate> Candidates, IReadOnlyList<DocumentSignal> Signals, int Compared, IReadOnlyList<ExpiredDocument> Expired)
{
    /// <summary>Some document number is already another person's for the same kind and issuing state.</summary>
    public bool NumberHeld => Signals.Any(s => s.SameDocument);

    public bool IsClear => Candidates.Count == 0 && Signals.Count == 0;
}
