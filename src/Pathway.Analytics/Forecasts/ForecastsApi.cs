using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Export;
using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Localization;
using Pathway.Analytics.Planning;
using Pathway.Analytics.Series;
using Pathway.Forecasting;
using Pathway.Forecasting.Hierarchies;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Forecasts;

internal static class ForecastsApi
{
    public static RouteGroupBuilder MapForecastsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/forecasts").WithTags("Forecasts").RequireAuthorization(AnalyticsPermissions.AnalyticsForecast);
        group.MapPost("/", ForecastAsync).WithName("Forecast").WithSummary("Forecasts a series with 80% and 95% intervals")
            .Accepts<ForecastRequest>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithDescription("Point forecasts with 80% and 95% intervals for a stored series (seriesId) or one sent inline (frequency, points).");
        group.MapPost("/backtest", BacktestAsync).WithName("BacktestModels").WithSummary("Compares the models' accuracy on a series' own history")
            .Accepts<BacktestRequest>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithDescription($"Rolling-origin accuracy (MASE, sMAPE, 80%/95% coverage) over {ForecastAccuracy.Origins} origins, scoring up to {ForecastAccuracy.MaxScoredHorizon} periods ahead.");
        group.MapPost("/hierarchy", HierarchyAsync).WithName("ForecastHierarchy").WithSummary("Forecasts a hierarchy of series and reconciles the totals")
            .Accepts<HierarchyForecastRequest>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithDescription("Forecasts of every node of a hierarchy of stored series (links child → parent), reconciled so that parents equal the sum of their children.");
        group.MapGet("/{id:guid}.csv", (Guid id, string? horizon, string? model, ISeriesStore store, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken) =>
                ExportAsync(id, horizon, model, ForecastFileFormat.Csv, store, text, cancellationToken))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithName("ExportForecastCsv").WithSummary("Downloads the forecast of a stored series as CSV").WithDescription("The forecast of a stored series as CSV: series_id,period,mean,lo80,hi80,lo95,hi95.");
        group.MapGet("/{id:guid}.xlsx", (Guid id, string? horizon, string? model, ISeriesStore store, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken) =>
                ExportAsync(id, horizon, model, ForecastFileFormat.Xlsx, store, text, cancellationToken))
            .Produces(StatusCodes.Status200OK, contentType: ForecastWorkbook.ContentType)
            .WithName("ExportForecastXlsx").WithSummary("Downloads the forecast of a stored series as an Excel workbook").WithDescription("The forecast of a stored series as an Excel workbook (Forecast and History sheets).");
        // The workspace's download buttons for a series that was uploaded but not kept: a form post
        // carrying the series as text, protected by the page's antiforgery token.
        group.MapPost("/export", ExportFormAsync).WithName("ExportForecastFromForm").DisableAntiforgery().ExcludeFromDescription();
        // The hierarchy page's download button posts the page's form (links, series, horizon,
        // model, method) with its antiforgery token; the forecasts are made again by the same code.
        group.MapPost("/hierarchy/export", HierarchyExportAsync).WithName("ExportHierarchyFromForm").DisableAntiforgery().ExcludeFromDescription();
        return group;
    }

    private static async Task<Results<Ok<ForecastView>, NotFound, ValidationProblem, ProblemHttpResult>> ForecastAsync(
        HttpRequest request, ISeriesStore store, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        if (!JsonBody.IsJson(request))
        {
            return UnsupportedBody(text);
        }

        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<ForecastRequest>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var horizon = ForecastParameters.Horizon(body.Horizon, errors);
        var model = ForecastParameters.Model(body.Model, errors);
        var argument = await SeriesArgument.ResolveAsync(body.SeriesId, body.Frequency, body.Points, store, errors, text, cancellationToken);
        if (argument.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (errors.Any || argument.Series is not { } series)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var forecast = SeriesForecasts.Forecast(series, horizon, model);
        if (forecast.Forecast is not { } f)
        {
            errors.Add(body.SeriesId is null ? "points" : "seriesId", "The series has no observations: there is nothing to forecast.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(ForecastView.From(forecast, f, model, argument.Stored?.Id, text));
    }

    private static async Task<Results<Ok<HierarchyForecastView>, ValidationProblem, ProblemHttpResult>> HierarchyAsync(
        HttpRequest request, ISeriesStore store, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        if (!JsonBody.IsJson(request))
        {
            return UnsupportedBody(text);
        }

        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<HierarchyForecastRequest>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var horizon = ForecastParameters.Horizon(body.Horizon, errors);
        var model = ForecastParameters.Model(body.Model, errors);
        var method = HierarchyForecasts.Method(body.Reconcile, errors);
        var links = new List<(string, string)>();
        for (var i = 0; i < (body.Links?.Count ?? 0); i++)
        {
            var link = body.Links![i];
            if (string.IsNullOrWhiteSpace(link?.Child) || string.IsNullOrWhiteSpace(link.Parent))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"links[{i}]"), "Send the links of the hierarchy, each as a child and its parent.");
                continue;
            }
            links.Add((link.Child.Trim(), link.Parent.Trim()));
        }
        if (body.Links is not { Count: > 0 })
        {
            errors.Add("links", "Send the links of the hierarchy, each as a child and its parent.");
        }

        var outcome = await HierarchyForecasts.ForecastAsync(links, body.SeriesIds ?? [], horizon, model, method, store, errors, cancellationToken);
        return outcome is null
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Ok(new HierarchyForecastView(method.ToKey(),
                outcome.Nodes.Select(f => ForecastView.From(f, f.Forecast!, model, outcome.StoredIds.TryGetValue(f.Series.Id, out var id) ? id : null, text)).ToList()));
    }

    private static async Task<Results<Ok<BacktestView>, NotFound, ValidationProblem, ProblemHttpResult>> BacktestAsync(
        HttpRequest request, ISeriesStore store, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        if (!JsonBody.IsJson(request))
        {
            return UnsupportedBody(text);
        }

        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<BacktestRequest>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var horizon = ForecastParameters.Horizon(body.Horizon, errors);
        var models = new List<ModelChoice>();
        for (var i = 0; i < (body.Models?.Count ?? 0); i++)
        {
            var model = ForecastParameters.Model(body.Models![i] ?? "", errors, string.Create(CultureInfo.InvariantCulture, $"models[{i}]"));
            if (!models.Contains(model))
            {
                models.Add(model);
            }
        }

        var argument = await SeriesArgument.ResolveAsync(body.SeriesId, body.Frequency, body.Points, store, errors, text, cancellationToken);
        if (argument.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (errors.Any || argument.Series is not { } series)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var comparison = ForecastAccuracy.Compare(series, horizon, models.Count == 0 ? ModelChoices.All : models);
        return TypedResults.Ok(new BacktestView(
            argument.Stored?.Id, series.Id, comparison.Horizon, comparison.Origins,
            comparison.Models.Select(ModelAccuracyView.From).ToList(), comparison.Best?.ToKey()));
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> ExportAsync(
        Guid id, string? horizonText, string? modelText, ForecastFileFormat format, ISeriesStore store, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var horizon = ForecastParameters.Horizon(horizonText, errors);
        var model = ForecastParameters.Model(modelText, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var stored = await store.GetAsync(id, cancellationToken);
        if (stored is not { } found)
        {
            return TypedResults.NotFound();
        }

        return Export(found.Series, horizon, model, format, "seriesId", errors) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    /// <summary>The forecast as a file, or null with the reason added to <paramref name="errors"/>.</summary>
    private static ForecastFile? Export(TimeSeries series, int horizon, ModelChoice model, ForecastFileFormat format, string seriesField, FieldErrors errors)
    {
        var forecast = SeriesForecasts.Forecast(series, horizon, model);
        if (forecast.Forecast is null)
        {
            errors.Add(seriesField, "The series has no observations: there is nothing to forecast.");
            return null;
        }

        return ForecastFile.Of(forecast, format);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportFormAsync(
        HttpContext http, IStringLocalizer<AnalyticsText> text, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var (form, problem) = await PageForm.ReadAsync(http, antiforgery, text, "Send the form of the forecasting page.", cancellationToken);
        if (form is null)
        {
            return problem!;
        }

        var errors = new FieldErrors(text);
        var horizon = ForecastParameters.Horizon(form["Horizon"].ToString(), errors, "Horizon");
        var model = ForecastParameters.Model(form["Model"].ToString() is { Length: > 0 } m ? m : null, errors, "Model");
        if (!ForecastFile.TryParseFormat(form["Format"], out var format))
        {
            errors.Add("Format", "Choose one of: {0}.", "csv, xlsx");
        }

        var reading = SeriesUpload.Read(form["Data"].ToString(), text);
        var pick = form["Pick"].ToString();
        var series = reading.Series.FirstOrDefault(s => s.Id == pick) ?? reading.Series.FirstOrDefault();
        if (series is null)
        {
            errors.Add("Data", "Choose a file.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return Export(series!, horizon, model, format, "Data", errors) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> HierarchyExportAsync(
        HttpContext http, ISeriesStore store, IStringLocalizer<AnalyticsText> text, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var (form, problem) = await PageForm.ReadAsync(http, antiforgery, text, "Send the form of the hierarchy page.", cancellationToken);
        if (form is null)
        {
            return problem!;
        }

        var errors = new FieldErrors(text);
        var horizon = ForecastParameters.Horizon(form["Horizon"].ToString(), errors, "Horizon");
        var model = ForecastParameters.Model(form["Model"].ToString() is { Length: > 0 } m ? m : null, errors, "Model");
        var method = HierarchyForecasts.Method(form["Reconcile"].ToString(), errors, "Reconcile");
        var links = HierarchyForecasts.ReadLinks(form["Links"].ToString(), errors);
        var ids = new List<Guid>();
        foreach (var value in form["Series"])
        {
            if (Guid.TryParse(value, out var id))
            {
                ids.Add(id);
            }
            else
            {
                errors.Add("Series", "No stored series has this id.");
            }
        }

        var outcome = await HierarchyForecasts.ForecastAsync(links, ids, horizon, model, method, store, errors, cancellationToken);
        if (outcome is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var file = ForecastFile.CsvOf(outcome.Nodes);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static ProblemHttpResult UnsupportedBody(IStringLocalizer<AnalyticsText> text) =>
        TypedResults.Problem(title: text["Send the body as {0}.", "application/json"], statusCode: StatusCodes.Status415UnsupportedMediaType);
}
