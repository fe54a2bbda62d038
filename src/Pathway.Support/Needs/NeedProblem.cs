namespace Pathway.Support.Needs;

public enum NeedProblem
{
    AssessedOnMissing,
    AssessedInFuture,
    NameTooLong,
    NeedsMissing,
    NoNeedsContradicted,
    CategoryUnknown,
    CategoryTwice,
    CodeNotOfCategory,
    ExploitationMissing,
    ExploitationWithoutTrafficking,
    NoteTooLong,
    ReviewMissing,
    ReviewNotAfterAssessment,
    CaseNotFound,
    CaseClosed,
}

/// <summary>Why an assessment was refused, on the field (as the API names it) it concerns.</summary>
public sealed record NeedRefusal(NeedProblem Problem, string Field);
