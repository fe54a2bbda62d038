using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Dashboards;

internal static class DashboardApi
{
    private const string FilterHelp = "Filters: from and to (YYYY-MM, whole months, at most 60; default the last twelve), office (id), type (application type code), "
        + "citizenship (3 letters), sex (F, M, X, U), ageBand (Y_LT14, Y14-17, Y18-34, Y35-64, Y_GE65), voivodeship (TERYT code of the offices' province, 02 to 32). "
        + "400 names each wrong filter in the caller's language.";

    public static void MapDashboardApi(this IEndpointRouteBuilder routes)
    {
        routes.MapChartLibrary();
        var group = routes.MapGroup("/api/v1/analytics/dashboard").WithTags("Analytics dashboard").RequireAuthorization(AnalyticsPermissions.AnalyticsDashboard);
        group.MapGet("/", FiguresAsync).WithName("DashboardFigures")
            .WithSummary("The dashboard's figures from the warehouse: applications by month and type, the backlog at each month's end by age, processing times and the share decided in time, decisions by outcome, the top citizenships, applications by voivodeship, the applications forecast with its 80% and 95% intervals, and the support services given by kind with the helpline's calls answered, abandoned and logged by month (supportLoad: only the period, and for services citizenship, sex and age band, apply to it)")
            .WithDescription(FilterHelp);
        group.MapGet("/{chart}.csv", (string chart, [AsParameters] DashboardQuery query, DashboardFigures figures, IStringLocalizer<AnalyticsText> text, IStringLocalizer<Text> places, TimeProvider clock, CancellationToken cancellationToken) =>
                FileAsync(chart, query, figures, text, places, clock, csv: true, cancellationToken))
            .WithName("DashboardTableCsv").WithSummary("A dashboard chart's table as CSV (inflow, backlog, processing, decisions, citizenships, voivodeships, forecast, support-load)").WithDescription(FilterHelp);
        group.MapGet("/{chart}.xlsx", (string chart, [AsParameters] DashboardQuery query, DashboardFigures figures, IStringLocalizer<AnalyticsText> text, IStringLocalizer<Text> places, TimeProvider clock, CancellationToken cancellationToken) =>
                FileAsync(chart, query, figures, text, places, clock, csv: false, cancellationToken))
            .WithName("DashboardTableXlsx").WithSummary("A dashboard chart's table as an XLSX workbook").WithDescription(FilterHelp);
    }

    private static async Task<Results<Ok<DashboardData>, ValidationProblem>> FiguresAsync(
        [AsParameters] DashboardQuery query, DashboardFigures figures, IStringLocalizer<AnalyticsText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (DashboardFilter.Read(query, Today(clock), errors) is not { } filter)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await figures.ForAsync(filter, cancellationToken));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> FileAsync(
        string chart, DashboardQuery query, DashboardFigures figures, IStringLocalizer<AnalyticsText> text, IStringLocalizer<Text> places, TimeProvider clock, bool csv, CancellationToken cancellationToken)
    {
        if (!DashboardCharts.All.Contains(chart, StringComparer.Ordinal))
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors(text);
        if (DashboardFilter.Read(query, Today(clock), errors) is not { } filter)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var view = DashboardCharts.Of(chart, await figures.ForAsync(filter, cancellationToken), text, places, DashboardPage.Path);
        var name = $"{chart}-{DashboardFilter.Month(filter.From)}-{DashboardFilter.Month(filter.To)}";
        return csv
            ? TypedResults.File(ChartTableFile.Csv(view.Table), ChartTableFile.CsvType, name + ".csv")
            : TypedResults.File(ChartTableFile.Xlsx(view.Table, view.Title), ChartTableFile.XlsxType, name + ".xlsx");
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
