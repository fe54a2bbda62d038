using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Analytics.Api;
using Pathway.Analytics.Demo;
using Pathway.Analytics.Persistence;
using Pathway.Analytics.Series;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics;

/// <summary>
/// The series the office keeps for forecasting, forecasts of them with the Forecasting engine, and
/// the workload and helpline staffing plans made from such forecasts.
/// </summary>
public static class AnalyticsModule
{
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.AddSingleton<IModuleModel, AnalyticsModel>();
        services.AddScoped<ISeriesStore, SeriesStore>();
        services.AddScoped<IDemoSeeder, DemoSeriesSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapAnalytics(this IEndpointRouteBuilder routes)
    {
        routes.MapSeriesApi();
        routes.MapForecastsApi();
        routes.MapPlanningApi();
        return routes;
    }
}
