namespace Pathway.Support.Needs;

/// <summary>
/// A vulnerability assessment of a support case on a day: who assessed, the specific needs found (or
/// that none were), a short note and the day of the next review. Assessments are never changed: a
/// review is a new one, the newest is the case's current assessment and the older ones its history.
/// Part of the case, so it opens to the case team and the organisation's supervisors only.
/// </summary>
public sealed class NeedAssessment
{
    public const int MaxNoteLength = 1000;
    public const int MaxNameLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The case's tenant: the note is sealed under its key.</summary>
    public required Guid TenantId { get; init; }
    public Guid BeneficiaryId { get; init; }
    public DateOnly AssessedOn { get; init; }
    public required string AssessedBy { get; init; }
    public List<AssessedNeed> Needs { get; init; } = [];
    public string? Note { get; init; }
    public DateOnly NextReviewOn { get; init; }
    public DateTime RecordedAt { get; init; }
    public required string RecordedBy { get; init; }

    /// <summary>An assessment saved without needs says that none were found: the form asks for it in so many words.</summary>
    public bool NoSpecificNeeds => Needs.Count == 0;
}
