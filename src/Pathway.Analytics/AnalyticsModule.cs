using System.Globalization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Analytics.Dashboards;
using Pathway.Analytics.DataExchange;
using Pathway.Analytics.Demo;
using Pathway.Analytics.Fairness;
using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Localization;
using Pathway.Analytics.OfficialStatistics;
using Pathway.Analytics.Persistence;
using Pathway.Analytics.Planning;
using Pathway.Analytics.Reports;
using Pathway.Analytics.Series;
using Pathway.Analytics.Sources;
using Pathway.Analytics.Statistics;
using Pathway.Analytics.Warehouse;
using Pathway.Analytics.Workspace;
using Pathway.Platform.Demo;
using Pathway.Platform.Modules;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Reporting;
using Pathway.Platform.Settings;

namespace Pathway.Analytics;

/// <summary>
/// The migration analytics centre: the warehouse fed from the outbox, its dashboard and the protected
/// statistics every role that needs the broad picture reads, the outside
/// tables (Eurostat, the statistical office) loaded beside the office's own figures, the series the
/// office keeps for forecasting, forecasts of them with the Forecasting engine, and the workload and
/// helpline staffing plans made from such forecasts.
/// </summary>
public static class AnalyticsModule
{
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, AnalyticsModel>();
        services.AddPermissions(AnalyticsPermissions.Grants);
        services.AddPages(typeof(AnalyticsModule).Assembly);
        services.AddNavigation(
            new NavigationEntry("analytics/forecasts", "Forecasts", AnalyticsPermissions.AnalyticsForecast, typeof(AnalyticsText), 200),
            new NavigationEntry("analytics/hierarchy", "Hierarchy", AnalyticsPermissions.AnalyticsForecast, typeof(AnalyticsText), 210),
            new NavigationEntry("analytics/workload", "Workload planning", AnalyticsPermissions.PlanningWorkload, typeof(AnalyticsText), 220),
            new NavigationEntry("analytics/staffing", "Helpline staffing", AnalyticsPermissions.PlanningStaffing, typeof(AnalyticsText), 230),
            new NavigationEntry("analytics/statistics", "Office statistics", AnalyticsPermissions.AnalyticsStatistics, typeof(AnalyticsText), 194),
            new NavigationEntry("analytics/dashboard", "Dashboard", AnalyticsPermissions.AnalyticsDashboard, typeof(AnalyticsText), 195),
            new NavigationEntry("analytics/warehouse", "Warehouse", AnalyticsPermissions.WarehouseManage, typeof(AnalyticsText), 290),
            new NavigationEntry("analytics/sources", "Outside sources", AnalyticsPermissions.AnalyticsSourcesRead, typeof(AnalyticsText), 240),
            new NavigationEntry("analytics/fairness", "Fairness monitor", AnalyticsPermissions.AnalyticsFairness, typeof(AnalyticsText), 196),
            new NavigationEntry("analytics/reports", "Reports", AnalyticsPermissions.AnalyticsReports, typeof(AnalyticsText), 197),
            new NavigationEntry("analytics/official-statistics", "Official statistics", AnalyticsPermissions.AnalyticsOfficial, typeof(AnalyticsText), 250),
            new NavigationEntry("analytics/partners", "Data partners", AnalyticsPermissions.AnalyticsPartners, typeof(AnalyticsText), 295));
        services.AddPublicLinks(new PublicLink("open-data", "Open data", typeof(AnalyticsText), 90));
        services.AddWorkspaceCards(
            new WorkspaceCard(typeof(ForecastsCard), AnalyticsPermissions.AnalyticsForecast, 200),
            new WorkspaceCard(typeof(WorkloadCard), AnalyticsPermissions.PlanningWorkload, 210),
            new WorkspaceCard(typeof(StaffingCard), AnalyticsPermissions.PlanningStaffing, 220),
            new WorkspaceCard(typeof(StatisticsCard), AnalyticsPermissions.AnalyticsStatistics, 190));
        services.AddScoped<ISeriesStore, SeriesStore>();
        services.AddScoped<ISourceTables, SourceTableStore>();
        services.AddScoped<IDemoSeeder, DemoSeriesSeeder>();
        services.AddScoped<IOutboxConsumer, WarehouseFeed>();
        services.AddScoped<WarehouseRebuild>();
        services.AddScoped<WarehouseDesk>();
        services.AddScoped<ParquetExport>();
        services.AddScoped<DashboardFigures>();
        services.AddScoped<FairnessFigures>();
        services.AddScoped<ReportLibrary>();
        services.AddReportScheduling();
        services.AddScoped<IReportDefinition, MonthlyOfficeReport>();
        services.AddScoped<IReportDefinition, EurostatPermitsReport>();
        services.AddScoped<PermitStatistics>();
        services.AddHostedService<WarehouseBackfill>();
        AddDataExchange(services);
        return services;
    }

    public static IEndpointRouteBuilder MapAnalytics(this IEndpointRouteBuilder routes)
    {
        routes.MapSeriesApi();
        routes.MapForecastsApi();
        routes.MapPlanningApi();
        routes.MapWarehouseApi();
        routes.MapDashboardApi();
        routes.MapFairnessApi();
        routes.MapSourcesApi();
        routes.MapReportsApi();
        routes.MapPartnersApi();
        routes.MapExchangeApi();
        routes.MapStatisticsApi();
        routes.MapOfficialStatisticsApi();
        return routes;
    }

    /// <summary>Datasets for partners and open data, each protected once per warehouse version, with the threshold from the settings.</summary>
    private static void AddDataExchange(IServiceCollection services)
    {
        services.AddSettings<DisclosureSettings, DisclosureSettings.Validator>(DisclosureSettings.Section);
        services.AddSingleton<ProtectedDatasets>();
        services.AddSingleton<PartnerRateLimits>();
        services.AddScoped<DatasetCounts>();
        services.AddScoped<DatasetDesk>();
        services.AddScoped<StatisticsDesk>();
        services.AddScoped<PartnerDesk>();
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((limiter, configuration) =>
        {
            var perMinute = int.TryParse(configuration[OpenDataLimit.Setting], NumberStyles.None, CultureInfo.InvariantCulture, out var set) && set > 0 ? set : OpenDataLimit.DefaultPerMinute;
            limiter.AddPolicy(OpenDataLimit.Name, new OpenDataLimit(perMinute));
        });
    }
}
