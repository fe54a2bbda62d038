namespace Pathway.Cases.Workflow;

/// <summary>
/// A case a search found, with what a queue is sorted by: the matches of a search (at most the cap)
/// are sorted and paged in memory, so only the page's cases are read a second time.
/// </summary>
internal sealed record SearchMatch(Guid Id, string Number, DateOnly SubmittedOn, DateOnly? DecisionDueOn)
{
    public static IQueryable<SearchMatch> Of(IQueryable<ResidenceCase> cases) =>
        cases.Select(c => new SearchMatch(c.Id, c.Number, c.SubmittedOn, c.DecisionDueOn));

    /// <summary>The queue's orders (see <c>CaseDesk.QueueAsync</c>); the case number breaks ties, so a page is the same each time.</summary>
    public static IEnumerable<SearchMatch> Sorted(IEnumerable<SearchMatch> matches, CaseQueueSort sort) => sort switch
    {
        CaseQueueSort.Submitted => matches.OrderBy(m => m.SubmittedOn).ThenBy(m => m.Number, StringComparer.Ordinal),
        CaseQueueSort.Number => matches.OrderBy(m => m.Number, StringComparer.Ordinal),
        // Cases without a due date (clock not started) come after the dated ones.
        _ => matches.OrderBy(m => m.DecisionDueOn is null).ThenBy(m => m.DecisionDueOn).ThenBy(m => m.SubmittedOn).ThenBy(m => m.Number, StringComparer.Ordinal),
    };
}
