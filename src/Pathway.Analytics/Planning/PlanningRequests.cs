using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Series;
namespace Pathway.Analytics.Planning;

/// <summary>
/// A workload plan: the application types, each type's monthly inflow from <c>startMonth</c> (the
/// same number of months for every type, up to 60) and the officer-hours for case work in each
/// of those months.
/// </summary>
/// <param name="StartMonth">The first month of the plan, YYYY-MM; the backlogs are counted at its start.</param>
/// <param name="OfficerHours">Officer-hours for case work, one per month of the inflow.</param>
/// <param name="HoursPerFte">Productive hours of one full-time officer a month (140 when left out).</param>
public sealed record WorkloadRequest(
    string? StartMonth,
    IReadOnlyList<ApplicationTypeRequest?>? Types,
    IReadOnlyList<InflowRequest?>? Inflow,
    IReadOnlyList<double>? OfficerHours,
    double? HoursPerFte);

/// <summary>One kind of application: hours one case takes, its statutory deadline, the cases waiting now.</summary>
/// <param name="BacklogAverageAgeDays">How long the waiting cases have waited on average; when left out, they count as arrived at the start.</param>
public sealed record ApplicationTypeRequest(string? Name, double? HandlingHours, int? DeadlineDays, int? Backlog, double? BacklogAverageAgeDays);

/// <summary>New cases of one type per month: a forecast's mean and, optionally, the upper bound of its 80% interval.</summary>
public sealed record InflowRequest(string? Type, IReadOnlyList<double>? Mean, IReadOnlyList<double>? Upper80);

/// <summary>Operators per hour of the week for the calls expected in each hour and a service target.</summary>
public sealed record StaffingRequest(IReadOnlyList<HourlyCallsRequest?>? Calls, StaffingTargetRequest? Target);

/// <summary>Calls expected in one hour of a typical week.</summary>
/// <param name="Weekday">Mon..Sun, Monday..Sunday, or 1 (Monday) to 7 (Sunday).</param>
/// <param name="Hour">0 to 23: the hour starting then.</param>
public sealed record HourlyCallsRequest(string? Weekday, int? Hour, double? Calls);

/// <summary>What the helpline promises, e.g. 80% of calls answered within 20 seconds at 180 seconds handle time.</summary>
/// <param name="ServiceLevel">Share of calls answered within the answer time, above 0 and below 1 (0.8 for 80%).</param>
/// <param name="PatienceSeconds">Callers' mean patience: plans with Erlang A (callers hang up); without it Erlang C.</param>
/// <param name="MaxOccupancy">Highest share of time an operator spends on calls, above 0 and at most 1.</param>
/// <param name="Shrinkage">Share of paid time off the phones (breaks, training), 0 to 0.9 (0 when left out).</param>
public sealed record StaffingTargetRequest(
    double? ServiceLevel,
    double? AnswerWithinSeconds,
    double? AverageHandleSeconds,
    double? PatienceSeconds,
    double? MaxOccupancy,
    double? Shrinkage);
