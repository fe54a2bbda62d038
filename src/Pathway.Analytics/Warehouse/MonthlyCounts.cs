namespace Pathway.Analytics.Warehouse;

/// <summary>The office a monthly count is kept by: the dashboard filters on it and, through it, on the voivodeship.</summary>
public interface IOfficeCount
{
    Guid TenantId { get; }
    Guid OfficeId { get; }
}

/// <summary>Decisions counted by the month they were made, their outcome and the calendar days they took.</summary>
public interface IDecisionCount : IOfficeCount
{
    DateOnly DecidedMonth { get; }
    string Outcome { get; }
    int ProcessingDays { get; }
    int Decisions { get; }
    int WithDueDay { get; }
    int InTime { get; }
}

/// <summary>
/// The dimensions every monthly count of persons is kept by: the ones the dashboard filters on (office, and
/// through it the voivodeship; application type, citizenship, sex, age band).
/// </summary>
public interface IMonthlyCount : IOfficeCount
{
    string ApplicationType { get; }
    string Citizenship { get; }
    string Sex { get; }
    string AgeBand { get; }
}

/// <summary>
/// Applications counted by the month they came in and the month they were settled, kept with the
/// facts (the rebuild counts them from the facts, the outbox feed moves a case from its old cell to its
/// new one). The dashboard reads these few thousand rows instead of millions of facts: inflow, the
/// backlog at each month's end, citizenships, offices and the forecast's history all follow from them.
/// </summary>
public sealed class MonthlyApplications : IMonthlyCount
{
    /// <summary>The settled month of applications still awaiting a decision: a key column cannot be empty.</summary>
    public static readonly DateOnly Unsettled = new(9999, 12, 1);

    public Guid TenantId { get; init; }
    public DateOnly SubmittedMonth { get; init; }
    /// <summary>The first day of the month the office stopped owing a decision; <see cref="Unsettled"/> while it owes one.</summary>
    public DateOnly SettledMonth { get; init; }
    public Guid OfficeId { get; init; }
    public string ApplicationType { get; init; } = "";
    public string Citizenship { get; init; } = "";
    public string Sex { get; init; } = "";
    public string AgeBand { get; init; } = "";
    public int Applications { get; init; }
}

/// <summary>
/// Decisions counted by the month they were made, their outcome and the calendar days they took, with how
/// many had a due day and how many came by it: the outcomes and the processing times' percentiles follow.
/// </summary>
public sealed class MonthlyDecisions : IMonthlyCount, IDecisionCount
{
    /// <summary>The outcome of a decided case whose outcome is not recorded: a key column cannot be empty.</summary>
    public const string NoOutcome = "";

    public Guid TenantId { get; init; }
    public DateOnly DecidedMonth { get; init; }
    public string Outcome { get; init; } = NoOutcome;
    public int ProcessingDays { get; init; }
    public Guid OfficeId { get; init; }
    public string ApplicationType { get; init; } = "";
    public string Citizenship { get; init; } = "";
    public string Sex { get; init; } = "";
    public string AgeBand { get; init; } = "";
    public int Decisions { get; init; }
    /// <summary>Of <see cref="Decisions"/>, those whose statutory due day is known.</summary>
    public int WithDueDay { get; init; }
    /// <summary>Of <see cref="WithDueDay"/>, those made by it.</summary>
    public int InTime { get; init; }
}

/// <summary>
/// <see cref="MonthlyDecisions"/> summed over everything but the office: the decisions of each office by month,
/// outcome and days. A dashboard view that filters on nothing of the persons (the one most opened, and
/// those of an office or a voivodeship) reads these instead of one row for every mix of type, citizenship,
/// sex and age band (a few thousand rows where those are hundreds of thousands). Kept with them.
/// </summary>
public sealed class MonthlyOfficeDecisions : IDecisionCount
{
    public Guid TenantId { get; init; }
    public DateOnly DecidedMonth { get; init; }
    public string Outcome { get; init; } = MonthlyDecisions.NoOutcome;
    public int ProcessingDays { get; init; }
    public Guid OfficeId { get; init; }
    public int Decisions { get; init; }
    public int WithDueDay { get; init; }
    public int InTime { get; init; }
}
