namespace Pathway.Analytics.Dashboards;

/// <summary>Applications of a type that came in in a month.</summary>
public sealed record TypeMonth(DateOnly Month, string ApplicationType, int Count);

/// <summary>Decisions of an outcome made in a month.</summary>
public sealed record OutcomeMonth(DateOnly Month, string Outcome, int Count);

/// <summary>
/// The cases still awaiting a decision at the end of a month, by how long they had waited by then:
/// under one month, one to two, two to three, three months or more (whole months since submission).
/// </summary>
public sealed record BacklogMonth(DateOnly Month, int UnderOne, int OneToTwo, int TwoToThree, int ThreeOrMore)
{
    public int Total => UnderOne + OneToTwo + TwoToThree + ThreeOrMore;
}

/// <summary>
/// The decisions of a month: how many, the median and 90th percentile of calendar days from submission,
/// and how many of those with a known due day came by it.
/// </summary>
public sealed record ProcessingMonth(DateOnly Month, int Decided, int? MedianDays, int? Percentile90Days, int WithDueDay, int InTime)
{
    public double? InTimeShare => WithDueDay == 0 ? null : (double)InTime / WithDueDay;
}

/// <summary>Applications from a citizenship in the period; <see cref="Citizenship"/> is null for all the others together.</summary>
public sealed record CitizenshipCount(string? Citizenship, int Count);

/// <summary>Everything the dashboard shows for one filter, each figure from the warehouse.</summary>
public sealed record DashboardData(
    DashboardFilter Filter,
    IReadOnlyList<TypeMonth> Inflow,
    IReadOnlyList<BacklogMonth> Backlog,
    IReadOnlyList<ProcessingMonth> Processing,
    IReadOnlyList<OutcomeMonth> Decisions,
    IReadOnlyList<CitizenshipCount> Citizenships);

/// <summary>What the filter's lists offer: the offices, application types and citizenships the warehouse knows.</summary>
public sealed record DashboardChoices(IReadOnlyList<(Guid Id, string Name)> Offices, IReadOnlyList<string> ApplicationTypes, IReadOnlyList<string> Citizenships);
