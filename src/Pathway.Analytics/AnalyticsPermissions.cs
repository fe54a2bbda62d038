using Pathway.Platform.Identity;
using Pathway.Platform.Modules;

namespace Pathway.Analytics;

/// <summary>What the forecasting and planning tools let each role do, and why. All of it is aggregate figures, no personal data.</summary>
public static class AnalyticsPermissions
{
    public const string AnalyticsForecast = "analytics.forecast";
    public const string PlanningWorkload = "planning.workload";
    public const string PlanningStaffing = "planning.staffing";
    public const string AnalyticsSources = "analytics.sources";
    public const string AnalyticsSourcesRead = "analytics.sources.read";

    public static readonly IReadOnlyList<PermissionGrant> Grants =
    [
        new(AnalyticsForecast, [Roles.Analyst, Roles.Supervisor],
            "Analysts make the forecasts of inflow and workload and supervisors plan staff with them; storing a series is part of the same work."),
        new(PlanningWorkload, [Roles.Supervisor, Roles.Analyst],
            "Planning officer-hours against inflow and deadlines is a supervisor's decision, prepared by analysts."),
        new(PlanningStaffing, [Roles.Supervisor, Roles.Analyst],
            "Helpline staffing likewise: operators work the shifts a supervisor sets and need not see or change the plan."),
        new(AnalyticsSources, [Roles.Analyst],
            "Loading, replacing and deleting outside tables (Eurostat, the statistical office) is an analyst's work: one role answers for which tables the office keeps and where each came from."),
        new(AnalyticsSourcesRead, [Roles.Analyst, Roles.Supervisor],
            "Analysts read what they load; supervisors set targets and staff against national and European figures, so they read the tables too, without changing them."),
    ];
}
