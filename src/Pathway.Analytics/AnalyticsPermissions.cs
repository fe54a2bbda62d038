using Pathway.Platform.Identity;
using Pathway.Platform.Modules;

namespace Pathway.Analytics;

/// <summary>What the forecasting and planning tools let each role do, and why. Aggregate figures and pseudonymised facts, no names.</summary>
public static class AnalyticsPermissions
{
    public const string AnalyticsForecast = "analytics.forecast";
    public const string PlanningWorkload = "planning.workload";
    public const string PlanningStaffing = "planning.staffing";
    public const string WarehouseManage = "warehouse.manage";
    public const string AnalyticsDashboard = "analytics.dashboard";
    public const string AnalyticsSources = "analytics.sources";
    public const string AnalyticsSourcesRead = "analytics.sources.read";
    public const string AnalyticsExport = "analytics.export";
    public const string AnalyticsReports = "analytics.reports";
    public const string AnalyticsTransmission = "analytics.transmission";
    public const string AnalyticsPartners = "analytics.partners";
    public const string AnalyticsOfficial = "analytics.official";
    public const string AnalyticsFairness = "analytics.fairness";
    public const string AnalyticsStatistics = "analytics.statistics";

    public static readonly IReadOnlyList<PermissionGrant> Grants =
    [
        new(AnalyticsForecast, [Roles.Analyst, Roles.Supervisor],
            "Analysts make the forecasts of inflow and workload and supervisors plan staff with them; storing a series is part of the same work."),
        new(PlanningWorkload, [Roles.Supervisor, Roles.Analyst],
            "Planning officer-hours against inflow and deadlines is a supervisor's decision, prepared by analysts."),
        new(PlanningStaffing, [Roles.Supervisor, Roles.Analyst],
            "Helpline staffing likewise: operators work the shifts a supervisor sets and need not see or change the plan."),
        new(AnalyticsDashboard, [Roles.Analyst],
            "Analysts read the office's figures in full; the counts are of persons, and small ones could point to someone, so roles "
            + "that need only the broad picture read the office statistics (analytics.statistics), protected by disclosure control, not this dashboard."),
        new(AnalyticsStatistics, [Roles.CaseOfficer, Roles.Supervisor, Roles.NgoWorker, Roles.HelplineOperator, Roles.ContentEditor, Roles.Analyst],
            "Office statistics, protected: case officers and supervisors see the workload coming in and waiting, NGO workers, helpline operators and content "
            + "editors what the people they serve and write for face (how many apply, how decisions go, how long they wait). They need the broad picture, never "
            + "a count that could point to a person: every figure is a cell of the protected datasets, small counts hidden as for partners. Translators have no "
            + "need of it; administrators keep the system, not its figures."),
        new(WarehouseManage, [Roles.Analyst, Roles.Admin],
            "Analysts run the analytics centre and see whether its warehouse is current; administrators rebuild it after an upgrade or a restore. "
            + "The warehouse holds pseudonymised facts only, and neither sees a person through this page."),
        new(AnalyticsSources, [Roles.Analyst],
            "Loading, replacing and deleting outside tables (Eurostat, the statistical office) is an analyst's work: one role answers for which tables the office keeps and where each came from."),
        new(AnalyticsSourcesRead, [Roles.Analyst, Roles.Supervisor],
            "Analysts read what they load; supervisors set targets and staff against national and European figures, so they read the tables too, without changing them."),
        new(AnalyticsExport, [Roles.Analyst],
            "The export hands the warehouse's pseudonymised rows, case by case, to tools outside the system: only analysts, whose work that is, "
            + "and every export is audited with its table and row count. Administrators rebuild the warehouse but have no need to take its rows away."),
        new(AnalyticsReports, [Roles.Analyst, Roles.Supervisor],
            "Analysts run and schedule the office's reports; supervisors read and run the monthly office report they manage by. "
            + "A report leaves the system as a file, so its small counts are hidden by disclosure control whoever runs it."),
        new(AnalyticsTransmission, [Roles.Analyst],
            "The transmission file for a statistical authority (Eurostat) keeps the true small counts with their confidentiality flags: "
            + "only analysts, who answer for the office's returns, make it, and every one is audited."),
        new(AnalyticsPartners, [Roles.Admin],
            "Recording partner institutions, granting them datasets and issuing their API keys hands credentials to outsiders, as the platform's other keys: "
            + "administrators, who answer for every credential of the office. They see no figures through it; what partners read is suppressed aggregates."),
        new(AnalyticsFairness, [Roles.Analyst, Roles.Supervisor],
            "Analysts run the fairness monitor and answer for its method; supervisors answer for how their office decides, so they read "
            + "where a group is refused more often or waits longer than comparable applicants and send the cases for review. Case officers "
            + "do not: they decide cases one by one, and ratios by citizenship beside their work could colour the next decision. "
            + "Aggregates only, with groups under the disclosure threshold hidden."),
        .. DataExchange.DatasetCatalogue.All.Select(d => new PermissionGrant(d.Scope, [],
            $"A scope of partners' API keys only, never of a person's role: the key of a partner granted the dataset '{d.Id}' reads it through the partner API. "
            + "Staff read the warehouse through their own pages.")),
        new(AnalyticsOfficial, [Roles.Analyst, Roles.Admin],
            "The office's statistical return to Eurostat (residence permits, Regulation 862/2007) is prepared by analysts and sent by the administrator who "
            + "answers for the office's data transmissions. The transmission holds true counts, small ones included, flagged for Eurostat; every download is audited."),
    ];
}
