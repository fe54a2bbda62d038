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

/// <summary>
/// Applications received in the period at the offices of a voivodeship: <see cref="Voivodeship"/> is its
/// TERYT code and <see cref="Name"/> its Polish name, both null for offices whose voivodeship is not known.
/// </summary>
public sealed record VoivodeshipCount(string? Voivodeship, string? Name, int Count);

/// <summary>
/// A month of the applications forecast: what came in (<see cref="Observed"/>) for a month of the
/// history, or the forecast with its 80% and 95% intervals for a month after it.
/// </summary>
public sealed record ForecastMonth(DateOnly Month, int? Observed, double? Forecast, double? Low80, double? High80, double? Low95, double? High95);

/// <summary>Everything the dashboard shows for one filter, each figure from the warehouse.</summary>
/// <param name="ForecastModel">The model the engine chose for the forecast; null when the history was too short to forecast.</param>
/// <param name="SupportLoad">Support services given and helpline calls by month (<see cref="SupportLoadFigures"/>); null where it was not asked for.</param>
public sealed record DashboardData(
    DashboardFilter Filter,
    IReadOnlyList<TypeMonth> Inflow,
    IReadOnlyList<BacklogMonth> Backlog,
    IReadOnlyList<ProcessingMonth> Processing,
    IReadOnlyList<OutcomeMonth> Decisions,
    IReadOnlyList<CitizenshipCount> Citizenships,
    IReadOnlyList<VoivodeshipCount> Voivodeships,
    IReadOnlyList<ForecastMonth> Forecast,
    string? ForecastModel,
    SupportLoad? SupportLoad = null);

/// <summary>What the filter's lists offer: the offices, application types and citizenships the warehouse knows.</summary>
public sealed record DashboardChoices(IReadOnlyList<(Guid Id, string Name)> Offices, IReadOnlyList<string> ApplicationTypes, IReadOnlyList<string> Citizenships);
