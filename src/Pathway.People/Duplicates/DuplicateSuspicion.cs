using Pathway.Platform.Tenancy;

namespace Pathway.People.Duplicates;

/// <summary>An entry of the supervisors' review queue. Its status changes only through the methods below.</summary>
public sealed class DuplicateSuspicion : ITenantOwned
{
    private DuplicateSuspicion() { }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid PersonId { get; private set; }
    /// <summary>The other record; null for a lost/stolen document.</summary>
    public Guid? OtherPersonId { get; private set; }
    public SuspicionKind Kind { get; private set; }
    public SuspicionSource Source { get; private set; }
    public double Probability { get; private set; }
    /// <summary>What the evidence was, as JSON: field weights of a likely match, the shared or listed document.</summary>
    public string Explanation { get; private set; } = "";
    public SuspicionStatus Status { get; private set; }
    public DateTime DetectedAt { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public string? DecisionNote { get; private set; }
    /// <summary>The merge that settled this entry or moved it onto the surviving record; undoing the merge undoes that too.</summary>
    public Guid? MergeId { get; private set; }
    /// <summary>The record this entry named before a merge moved it onto the survivor.</summary>
    public Guid? MovedFromId { get; private set; }

    public static DuplicateSuspicion Raise(Guid tenantId, Guid organisationId, Guid personId, Guid? otherPersonId, SuspicionKind kind, SuspicionSource source, double probability, string explanation, DateTime now)
    {
        // Pairs are stored in one order so that a scan finds "A~B" and "B~A" as the same suspicion.
        if (otherPersonId is { } other && other.CompareTo(personId) < 0)
        {
            (personId, otherPersonId) = (other, personId);
        }

        return new DuplicateSuspicion
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            OrganisationId = organisationId,
            PersonId = personId,
            OtherPersonId = otherPersonId,
            Kind = kind,
            Source = source,
            Probability = probability,
            Explanation = explanation,
            Status = SuspicionStatus.Open,
            DetectedAt = now,
        };
    }

    public DecisionResult Decide(SuspicionStatus decision, Guid decidedBy, string? note, DateTime now)
    {
        if (Status != SuspicionStatus.Open)
        {
            return DecisionResult.AlreadyDecided;
        }

        if (decision == SuspicionStatus.Open || (decision == SuspicionStatus.Merged && OtherPersonId is null))
        {
            return DecisionResult.NotAllowed;
        }

        Status = decision;
        DecidedAt = now;
        DecidedBy = decidedBy;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return DecisionResult.Done;
    }

    /// <summary>An undone merge puts the suspicion back in the queue.</summary>
    public void Reopen()
    {
        Status = SuspicionStatus.Open;
        DecidedAt = null;
        DecidedBy = null;
        DecisionNote = null;
        MergeId = null;
    }

    /// <summary>The two records were merged in another entry's decision (or this one would repeat another): nothing left to decide.</summary>
    public void SettleByMerge(Guid mergeId, Guid by, DateTime now)
    {
        Status = SuspicionStatus.Merged;
        DecidedAt = now;
        DecidedBy = by;
        MergeId = mergeId;
    }

    /// <summary>The merged record is reached through the survivor now, so the entry names the survivor instead.</summary>
    public void MoveTo(Guid mergedId, Guid survivorId, Guid mergeId)
    {
        MovedFromId = mergedId;
        MergeId = mergeId;
        Replace(mergedId, survivorId);
    }

    /// <summary>Undoing the merge: the entry names the record it named before instead of the survivor.</summary>
    public void MoveBack(Guid survivorId)
    {
        if (MovedFromId is { } original)
        {
            Replace(survivorId, original);
        }

        MovedFromId = null;
        MergeId = null;
    }

    /// <summary>Whether this entry pairs the same records, of the same kind (and for a listed document, the same one).</summary>
    public bool Repeats(DuplicateSuspicion other) =>
        other.Id != Id && other.PersonId == PersonId && other.OtherPersonId == OtherPersonId && other.Kind == Kind
        && (Kind != SuspicionKind.LostOrStolenDocument || LostStolen.ListedExplanation.DocumentPrefix(other.Explanation) == LostStolen.ListedExplanation.DocumentPrefix(Explanation));

    private void Replace(Guid from, Guid to)
    {
        if (PersonId == from)
        {
            PersonId = to;
        }
        else if (OtherPersonId == from)
        {
            OtherPersonId = to;
        }

        // Pairs keep one order, as when raised.
        if (OtherPersonId is { } other && other.CompareTo(PersonId) < 0)
        {
            (PersonId, OtherPersonId) = (other, PersonId);
        }
    }
}

public enum DecisionResult
{
    Done,
    AlreadyDecided,
    NotAllowed,
}
