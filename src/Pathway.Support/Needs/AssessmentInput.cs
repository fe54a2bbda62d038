namespace Pathway.Support.Needs;

/// <summary>
/// An assessment as a form or the API sends it: the needs found (each a category, with a UNHCR
/// sub-code where one fits) or <see cref="NoSpecificNeeds"/>, the form of exploitation when
/// trafficking is among them, and the next review. Who assessed defaults to the one recording.
/// </summary>
public sealed record AssessmentInput(
    DateOnly? AssessedOn, string? AssessedBy, IReadOnlyList<NeedInput>? Needs, Exploitation? Exploitation, bool NoSpecificNeeds, string? Note, DateOnly? NextReviewOn,
    bool AssessedOnUnreadable = false, bool NextReviewUnreadable = false);

public sealed record NeedInput(NeedCategory? Category, string? Code = null);
