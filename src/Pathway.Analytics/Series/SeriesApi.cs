using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Localization;
using Pathway.Analytics.Planning;
using Pathway.Analytics.Series;
using Pathway.Forecasting;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Uploads;

namespace Pathway.Analytics.Series;

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

    /// <summary>Reads the series sent, as JSON or CSV, and keeps it by the command the forecasts page uses too (<see cref="KeepSeries"/>).</summary>
    private static async Task<Results<Created<SeriesSummary>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> StoreAsync(
        HttpContext http, string? key, string? title, string? unit, ISeriesStore store, LimitedUpload uploads, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
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

            description = new SeriesDescription(body.Title, body.Unit);
            var parsed = InlineSeries.Parse(SeriesArgument.InlineId, body.Frequency, body.Points, errors, text);
            if (parsed is null)
            {
                // The key, title and unit are checked too, so one answer lists every problem.
                return Refused(KeepSeries.Check(body.Key, description), errors, text);
            }

            series = new TimeSeries(body.Key ?? "", parsed.Frequency, parsed.Start, parsed.Values);
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

            description = new SeriesDescription(title, unit);
            series = Pick(reading.Series, key, errors);
            if (series is null)
            {
                // Which series to keep is said on the key already; the title and unit are checked too.
                return Refused(KeepSeries.Check(null, description).Where(p => p.Field != SeriesField.Key), errors, text);
            }
        }
        else
        {
            return TypedResults.Problem(title: text["Send the body as {0}.", "application/json, text/csv"], statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        return await store.KeepAsync(new KeepSeries(series, description, http.User.GetOrganisationId()), cancellationToken) switch
        {
            KeepOutcome.Kept kept => TypedResults.Created($"/api/v1/analytics/series/{kept.Series.Id}", kept.Series),
            KeepOutcome.Invalid invalid => Refused(invalid.Problems, errors, text),
            KeepOutcome.KeyTaken taken => TypedResults.Problem(title: text["A series with the key {0} is already stored.", taken.Key], statusCode: StatusCodes.Status409Conflict),
            KeepOutcome.NoOrganisation => TypedResults.Forbid(),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
    }

    /// <summary>A validation problem with the command's problems, each on its field, after those already found.</summary>
    private static ValidationProblem Refused(IEnumerable<SeriesProblem> problems, FieldErrors errors, IStringLocalizer<AnalyticsText> text)
    {
        foreach (var problem in problems)
        {
            errors.AddTranslated(SeriesProblemText.FieldName(problem.Field), SeriesProblemText.Describe(problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    /// <summary>The series of a file to keep: the only one, or the one <paramref name="key"/> names.</summary>
    private static TimeSeries? Pick(IReadOnlyList<TimeSeries> series, string? key, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            if (series.Count == 1)
            {
                return series[0];
            }

            errors.Add("key", "The file holds several series; name the one to keep: {0}.", string.Join(", ", series.Select(s => s.Id)));
            return null;
        }

        var found = series.FirstOrDefault(s => s.Id == key.Trim());
        if (found is null)
        {
            errors.Add("key", "The file holds no series {0}.", key.Trim());
        }

        return found;
    }

    private static bool IsCsv(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && string.Equals(type.MediaType, "text/csv", StringComparison.OrdinalIgnoreCase);
}
