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
    }
}

public enum DecisionResult
{
    Done,
    AlreadyDecided,
    NotAllowed,
}
