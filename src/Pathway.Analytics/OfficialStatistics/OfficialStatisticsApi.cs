using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Platform.Audit;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.OfficialStatistics;

internal static class OfficialStatisticsApi
{
    public const string Path = "/api/v1/analytics/official-statistics";
    public const string ProblemsType = "https://pathway.example/problems/permits-not-countable";

    public static void MapOfficialStatisticsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).WithTags("Analytics official statistics").RequireAuthorization(AnalyticsPermissions.AnalyticsOfficial);
        group.MapGet("/", SummaryAsync).WithName("OfficialStatisticsSummary")
            .WithSummary("A reference year's residence-permit statistics for Eurostat: the permits counted, first permits, changes of status, renewals and those left out, the cells suppressed in each table, and what stops the tables")
            .WithDescription("year: the reference year (YYYY). 400 names a wrong year in the caller's language.");
        group.MapGet("/{dataflow}", FileAsync).WithName("OfficialStatisticsFile")
            .WithSummary("One table of the year (migr_resfirst or migr_reschange) as SDMX-CSV 1.0: the transmission with every true count and its CONF_STATUS, or the publication with suppressed cells empty; audited")
            .WithDescription("year: YYYY; edition: transmission or publication (default). 404 for another dataflow; 409 when some permits cannot be counted (the summary lists why).");
    }

    private static async Task<Results<Ok<OfficialStatisticsAnswer>, ValidationProblem>> SummaryAsync(
        string? year, PermitStatistics statistics, IStringLocalizer<AnalyticsText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (OfficialStatisticsQuery.Year(year, ThisYear(clock), errors) is not { } reference)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(OfficialStatisticsAnswer.Of(await statistics.ForYearAsync(reference, cancellationToken), text));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound, ProblemHttpResult>> FileAsync(
        string dataflow, string? year, string? edition, PermitStatistics statistics, PathwayDbContext db, IStringLocalizer<AnalyticsText> text, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var reference = OfficialStatisticsQuery.Year(year, ThisYear(clock), errors);
        var chosen = OfficialStatisticsQuery.Edition(edition, errors);
        if (new[] { Dataflow.FirstPermits, Dataflow.ChangesOfStatus }.FirstOrDefault(d => string.Equals(d.Id, dataflow, StringComparison.OrdinalIgnoreCase)) is not { } flow)
        {
            return TypedResults.NotFound();
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await statistics.ForYearAsync(reference!.Value, cancellationToken);
        if (outcome.Tables?.Of(flow.Id) is not { } table)
        {
            return TypedResults.Problem(
                title: text["Some of the year's permits cannot be counted; the page lists why."], statusCode: StatusCodes.Status409Conflict, type: ProblemsType);
        }

        var bytes = table.Sdmx(chosen!.Value);
        await Audit.DownloadAsync(db, table, outcome.Year, chosen.Value, actor: null, cancellationToken);
        return TypedResults.File(bytes, "text/csv; charset=utf-8", OfficialStatisticsQuery.FileName(flow, outcome.ReportingCountry, outcome.Year, chosen.Value));
    }

    private static int ThisYear(TimeProvider clock) => clock.GetLocalNow().Year;
}

/// <summary>A year's statistics as the API gives them.</summary>
public sealed record OfficialStatisticsAnswer(
    int Year, string ReportingCountry, int Permits, int WithoutValidity, int FirstPermits, int ChangesOfStatus, int Renewals, int TooShort, int TemporaryProtection,
    IReadOnlyList<OfficialTableAnswer> Tables, IReadOnlyList<OfficialProblemAnswer> Problems)
{
    internal static OfficialStatisticsAnswer Of(PermitStatisticsOutcome outcome, IStringLocalizer<AnalyticsText> text)
    {
        var tables = outcome.Tables;
        int Count(PermitStanding standing) => tables?.Tables.Count(standing) ?? 0;
        return new(
            outcome.Year, outcome.ReportingCountry, outcome.Permits, outcome.WithoutValidity,
            Count(PermitStanding.First), Count(PermitStanding.ChangeOfStatus), Count(PermitStanding.Renewal), Count(PermitStanding.TooShort), Count(PermitStanding.TemporaryProtection),
            tables is null ? [] : [Table(tables.FirstPermits, outcome.Year), Table(tables.ChangesOfStatus, outcome.Year)],
            [.. outcome.Problems.Select(p => new OfficialProblemAnswer(p.Kind.ToString(), p.Value, p.Permits, PermitProblemText.Describe(p, text)))]);
    }

    private static OfficialTableAnswer Table(ConfidentialTable table, int year)
    {
        var id = table.Table.Dataflow.Id.ToLowerInvariant();
        var file = string.Create(CultureInfo.InvariantCulture, $"{OfficialStatisticsApi.Path}/{id}?year={year}&edition=");
        return new(table.Table.Dataflow.Reference, table.Table.Cells.Count, table.Primary, table.Secondary, table.Total, file + "transmission", file + "publication");
    }
}

/// <summary>One table: its dataflow, its cells, those suppressed, the persons in it, and its two files.</summary>
public sealed record OfficialTableAnswer(string Dataflow, int Cells, int Primary, int Secondary, long Total, string Transmission, string Publication);

/// <summary>What stops the tables: the kind, the value at fault, the permits that have it, and what to do, in the caller's language.</summary>
public sealed record OfficialProblemAnswer(string Kind, string Value, int Permits, string Message);
