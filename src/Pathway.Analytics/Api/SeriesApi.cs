using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Analytics.Series;
using Pathway.Forecasting;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;

using Pathway.Platform.Uploads;

namespace Pathway.Analytics.Api;

internal static class SeriesApi
{
    public static RouteGroupBuilder MapSeriesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/analytics/series").WithTags("Analytics series").RequireAuthorization(AnalyticsPermissions.AnalyticsForecast);
        group.MapGet("/", ListAsync).WithName("ListSeries").WithSummary("Lists the stored series");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetSeries").WithSummary("Reads one stored series with its points");
        group.MapPost("/", StoreAsync).WithIdempotency().WithName("StoreSeries").WithSummary("Keeps a series sent as JSON or CSV")
            // One declaration for both: a second one would replace the first in the content-type filter.
            .Accepts<StoreSeriesRequest>("application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithDescription("Keeps a series: JSON (key, title, unit, frequency, points), or a CSV file series_id,period,value with "
                + "?key= naming the series to keep when the file holds several, and optional ?title= and ?unit=. Errors name the field or the line.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<SeriesSummary>>> ListAsync(ISeriesStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(cancellationToken));

    private static async Task<Results<Ok<SeriesDetail>, NotFound>> GetAsync(Guid id, ISeriesStore store, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var series = found.Series;
        var points = Enumerable.Range(0, series.Length)
            .Select(i => new SeriesPoint(series.Frequency.Format(series.PeriodAt(i)), double.IsNaN(series.Values[i]) ? null : series.Values[i]))
            .ToList();
        return TypedResults.Ok(new SeriesDetail(found.Summary, points));
    }

    private static async Task<Results<Created<SeriesSummary>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> StoreAsync(
        HttpContext http, string? key, string? title, string? unit, ISeriesStore store, LimitedUpload uploads, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        if (http.User.GetOrganisationId() is not { } organisation)
        {
            return TypedResults.Forbid();
        }

        var errors = new FieldErrors(text);
        TimeSeries? series;
        SeriesDescription description;
        if (JsonBody.IsJson(http.Request))
        {
            var body = await JsonBody.ReadAsync<StoreSeriesRequest>(http.Request, errors, cancellationToken);
            if (body is null)
            {
                return TypedResults.ValidationProblem(errors.ToDictionary());
            }

            // The points are checked even when the key is wrong, so one answer lists every problem.
            var name = StoreRules.Key(body.Key, errors);
            var parsed = InlineSeries.Parse(name ?? SeriesArgument.InlineId, body.Frequency, body.Points, errors, text);
            series = name is null ? null : parsed;
            description = new SeriesDescription(body.Title, body.Unit);
        }
        else if (IsCsv(http.Request))
        {
            var upload = await uploads.ReadAsync(http.Request.Body, SeriesUpload.MaxBytes, cancellationToken);
            if (!upload.IsRead)
            {
                errors.AddTranslated("file", upload.Problem!);
                return TypedResults.ValidationProblem(errors.ToDictionary());
            }

            var reading = SeriesUpload.Read(upload.Content, text);
            if (reading.Errors.Count > 0)
            {
                // Nothing of a file with errors is kept; each error is reported on its line.
                return TypedResults.ValidationProblem(reading.Errors
                    .GroupBy(e => e.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {e.Line}") : "file", StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));
            }

            series = StoreRules.Pick(reading.Series, key, errors);
            if (series is not null)
            {
                StoreRules.Key(series.Id, errors);
            }

            description = new SeriesDescription(title, unit);
        }
        else
        {
            return TypedResults.Problem(title: text["Send the body as {0}.", "application/json, text/csv"], statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        StoreRules.Description(description, errors);
        if (errors.Any || series is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var result = await store.StoreAsync(series, description, organisation, cancellationToken);
        return result.Outcome switch
        {
            StoreOutcome.Stored => TypedResults.Created($"/api/v1/analytics/series/{result.Series!.Id}", result.Series),
            StoreOutcome.KeyTaken => TypedResults.Problem(title: text["A series with the key {0} is already stored.", series.Id], statusCode: StatusCodes.Status409Conflict),
            StoreOutcome.Empty => NothingToStore(errors),
        };
    }

    private static ValidationProblem NothingToStore(FieldErrors errors)
    {
        errors.Add("points", "The series has no observations: there is nothing to store.");
        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static bool IsCsv(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && string.Equals(type.MediaType, "text/csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
}
