using Pathway.Cases.TimeLimits;

namespace Pathway.Cases.Workflow;

/// <summary>A case as an officer opens it: the record, its decision clock, and the terms now running.</summary>
public sealed record CaseFile(ResidenceCase Case, ClockReading Clock, Deadline? NoticeTerm, Deadline? AppealTerm);

/// <summary>What registering a case gives.</summary>
public abstract record RegisterOutcome
{
    public sealed record Registered(ResidenceCase Case) : RegisterOutcome;

    /// <summary>The tenant's catalogue has no such application type.</summary>
    public sealed record UnknownType(string Code) : RegisterOutcome;
}

/// <summary>What taking an action on a case gives.</summary>
public abstract record ActOutcome
{
    public sealed record Done(CaseFile File) : ActOutcome;

    public sealed record NotFound : ActOutcome;

    public sealed record Refused(Refusal Refusal) : ActOutcome;

    /// <summary>Someone changed the case since the caller read it; nothing was saved.</summary>
    public sealed record Stale(int CurrentVersion) : ActOutcome;
}

/// <summary>The details of a new application, as an officer registers it or the portal files it.</summary>
public sealed record NewCase(
    string ApplicationType, string Surname, string GivenNames, DateOnly BirthDate, string Citizenship, string? PassportNumber, DateOnly SubmittedOn, Guid? PersonId = null, Guid? ApplicantUserId = null,
    string? Sex = null);

/// <summary>Which cases a queue shows and in which order.</summary>
public sealed record CaseQueueQuery(
    CaseQueueScope Scope = CaseQueueScope.All, CaseState? State = null, string? ApplicationType = null, bool OverdueOnly = false, bool SoonDueOnly = false,
    string? Search = null, CaseQueueSort Sort = CaseQueueSort.Due, int Page = 1, int PageSize = 50, Guid? Officer = null, string? Employer = null)
{
    /// <summary>The longest employer filter: a part of the employer's name, or its NIP.</summary>
    public const int MaxEmployerLength = 200;

    public const int MaxPageSize = 200;

    /// <summary>
    /// The most matches a search sorts: one page of the largest size. A common surname alone matches
    /// thousands of cases in a large office; each match is one more read of a case (about 10 µs at
    /// 2,000,000 cases), and a list longer than a page helps nobody, who would add a given name.
    /// </summary>
    public const int MaxSearchMatches = MaxPageSize;

    /// <summary>A case is soon due when its decision is due within this many days.</summary>
    public const int SoonDueDays = 7;
}

public enum CaseQueueScope
{
    All,
    Mine,
    Unassigned,
}

public enum CaseQueueSort
{
    Due,
    Submitted,
    Number,
}

/// <summary>One line of a queue.</summary>
public sealed record CaseSummary(
    string Number, string ApplicationType, string Applicant, string Citizenship, CaseState State, DateOnly SubmittedOn, DateOnly? DecisionDueOn, Guid? AssignedOfficerId, int Version);

/// <summary>
/// One page of a queue. A name search that matches more than <see cref="CaseQueueQuery.MaxSearchMatches"/>
/// cases is <see cref="Capped"/>: only that many are sorted and paged, and the officer is asked to narrow it.
/// </summary>
public sealed record CaseQueuePage(IReadOnlyList<CaseSummary> Items, int Total, int Page, int PageSize, bool Capped = false);
