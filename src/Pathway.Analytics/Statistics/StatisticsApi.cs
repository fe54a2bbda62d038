using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Dashboards;
using Pathway.Analytics.DataExchange;
using Pathway.Analytics.Localization;
using Pathway.Platform.Audit;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.Statistics;

/// <summary>
/// The office statistics for staff signed in (<c>/api/v1/analytics/statistics</c>): the protected
/// datasets as the partner API gives them, the same cubes cell for cell, and the statistics page's tables
/// as files. Every answer is on the audit trail as the partner calls are, with the person as actor.
/// </summary>
internal static class StatisticsApi
{
    public const string Base = "api/v1/analytics/statistics";

    /// <summary>Where the page's tables are served as files.</summary>
    public const string Charts = Base + "/charts";

    private const string SliceHelp = "The partner API's answer for the same slice: filters from and to (YYYY-MM), and one code of any dimension by its id "
        + "(_T is a dimension's total); unfiltered dimensions come at every code and their total. A suppressed cell has OBS_VALUE null and CONF_STATUS C. "
        + "400 names each wrong filter in the caller's language.";

    private const string ChartHelp = "Filters: from and to (YYYY-MM, whole months, at most 60; default the last twelve), type, citizenship and sex (codes of the datasets' "
        + "code lists), each applied to the tables whose dataset has the dimension. A confidential cell is written C. 400 names each wrong filter in the caller's language.";

    public static void MapStatisticsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/" + Base).WithTags("Office statistics").RequireAuthorization(AnalyticsPermissions.AnalyticsStatistics);
        group.MapGet("/", ListAsync).WithName("StatisticsDatasets")
            .WithSummary("The protected datasets the office statistics are cut from, with their code lists and when the warehouse last changed; audited");
        group.MapGet("/{dataset}", (string dataset, HttpContext http, DatasetDesk desk, PathwayDbContext db, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken) =>
                SliceAsync(dataset, csv: false, http, desk, db, text, cancellationToken))
            .WithName("StatisticsDataset").WithSummary("A protected dataset's slice as JSON, exactly as the partner API answers it; audited").WithDescription(SliceHelp);
        group.MapGet("/{dataset}.csv", (string dataset, HttpContext http, DatasetDesk desk, PathwayDbContext db, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken) =>
                SliceAsync(dataset, csv: true, http, desk, db, text, cancellationToken))
            .WithName("StatisticsDatasetCsv").WithSummary("A protected dataset's slice as SDMX-CSV 1.0, as the partner API gives it; audited").WithDescription(SliceHelp);
        group.MapGet("/charts/{figure}.csv", (string figure, [AsParameters] StatisticsQuery query, HttpContext http, StatisticsDesk desk, PathwayDbContext db, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken) =>
                TableAsync(figure, query, csv: true, http, desk, db, text, cancellationToken))
            .WithName("StatisticsTableCsv").WithSummary("A table of the office statistics page as CSV (applications, decisions, backlog, citizenships, services, calls); confidential cells C; audited")
            .WithDescription(ChartHelp);
        group.MapGet("/charts/{figure}.xlsx", (string figure, [AsParameters] StatisticsQuery query, HttpContext http, StatisticsDesk desk, PathwayDbContext db, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken) =>
                TableAsync(figure, query, csv: false, http, desk, db, text, cancellationToken))
            .WithName("StatisticsTableXlsx").WithSummary("A table of the office statistics page as an XLSX workbook; confidential cells C; audited")
            .WithDescription(ChartHelp);
    }

    private static async Task<Ok<StatisticsCatalogue>> ListAsync(StatisticsDesk statistics, DatasetDesk desk, PathwayDbContext db, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        var data = await statistics.ProtectedAsync(cancellationToken);
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, "Dataset", "", Details: $"statistics; datasets listed: {string.Join(' ', data.Keys)}"), cancellationToken);
        return TypedResults.Ok(new StatisticsCatalogue(statistics.Rules.Threshold, StatisticsDesk.UpdatedAt(data),
        [
            .. data.Values.Select(d => new StatisticsDataset(d.Dataset.Id, text[d.Dataset.Title], text[d.Dataset.Description], d.Dataset.Dataflow,
                desk.Dimensions(d), $"{Base}/{d.Dataset.Id}", $"{Base}/{d.Dataset.Id}.csv")),
        ]));
    }

    private static async Task<Results<Ok<DatasetAnswer>, FileContentHttpResult, ValidationProblem, NotFound>> SliceAsync(
        string id, bool csv, HttpContext http, DatasetDesk desk, PathwayDbContext db, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        var format = csv ? "csv" : "json";
        if (!StatisticsViews.Datasets.Any(d => d.Id == id) || DatasetCatalogue.Find(id) is not { } dataset)
        {
            await db.AuditNowAsync(new AuditRecord(AuditAction.Read, "Dataset", ExchangeApi.Trimmed(id), Details: $"statistics; {format}; refused: no such dataset"), cancellationToken);
            return TypedResults.NotFound();
        }

        var answer = (await ExchangeApi.SliceAsync(dataset, csv, http, desk, text, cancellationToken)).Result;
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, "Dataset", dataset.Id,
            Details: $"statistics; {format}; {ExchangeApi.Filter(http)}; {Outcome(answer)}"), cancellationToken);
        return answer switch
        {
            Ok<DatasetAnswer> ok => ok,
            FileContentHttpResult file => file,
            ValidationProblem problem => problem,
            _ => throw new InvalidOperationException("A slice answers with data or a validation problem."),
        };
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> TableAsync(
        string figure, StatisticsQuery query, bool csv, HttpContext http, StatisticsDesk desk, PathwayDbContext db, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        if (!StatisticsViews.Exists(figure))
        {
            return TypedResults.NotFound();
        }

        var data = await desk.ProtectedAsync(cancellationToken);
        var errors = new FieldErrors(text);
        var filter = StatisticsFilter.Read(query, desk.Today, StatisticsViews.Choices(data), errors);
        var view = filter is null ? null : StatisticsViews.Of(figure, data, filter);
        var format = csv ? "csv" : "xlsx";
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, "Dataset", StatisticsViews.All.Single(v => v.Id == figure).Dataset,
            Details: $"statistics table {figure}; {format}; {ExchangeApi.Filter(http)}; {(filter is null ? "refused: " + string.Join(", ", errors.ToDictionary().Keys) : "answered")}"), cancellationToken);
        if (filter is null || view is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var chart = StatisticsCharts.Of(view, text);
        var name = string.Create(CultureInfo.InvariantCulture, $"{figure}-{DashboardFilter.Month(filter.From)}-{DashboardFilter.Month(filter.To)}");
        return csv
            ? TypedResults.File(ChartTableFile.Csv(chart.Table), ChartTableFile.CsvType, name + ".csv")
            : TypedResults.File(ChartTableFile.Xlsx(chart.Table, chart.Title), ChartTableFile.XlsxType, name + ".xlsx");
    }

    private static string Outcome(IResult answer) => answer switch
    {
        ValidationProblem problem => "refused: " + string.Join(", ", problem.ProblemDetails.Errors.Keys),
        _ => "answered",
    };
}
