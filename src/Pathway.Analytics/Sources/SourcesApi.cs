using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Uploads;

namespace Pathway.Analytics.Sources;

internal static class SourcesApi
{
    public const int DefaultPageSize = 100;
    public const int MostPageSize = 1000;

    private static readonly string[] Media = ["text/csv", "application/vnd.sdmx.data+csv", "text/plain", "text/tab-separated-values"];

    public static RouteGroupBuilder MapSourcesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/analytics/sources").WithTags("Analytics sources");
        group.MapGet("/", ListAsync).RequireAuthorization(AnalyticsPermissions.AnalyticsSourcesRead)
            .WithName("ListSourceTables").WithSummary("Lists the outside tables loaded");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AnalyticsPermissions.AnalyticsSourcesRead)
            .WithName("GetSourceTable").WithSummary("Reads an outside table's description, dimensions and codes");
        group.MapGet("/{id:guid}/observations", ObservationsAsync).RequireAuthorization(AnalyticsPermissions.AnalyticsSourcesRead)
            .WithName("ListSourceObservations").WithSummary("Reads a page of an outside table's observations, filtered by dimension codes")
            .WithDescription("Query: page (from 1), pageSize (1 to 1000, 100 when left out), and any dimension's id with a code, e.g. ?geo=PL&sex=F.");
        group.MapPost("/", LoadAsync).RequireAuthorization(AnalyticsPermissions.AnalyticsSources).WithIdempotency()
            .WithName("LoadSourceTable").WithSummary("Loads an outside table sent as CSV or SDMX-CSV")
            // No Accepts metadata: routing would answer another content type with 415 before authorization, telling
            // anyone that the endpoint exists; the handler answers it after.
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            // The upload's own limit is checked by LimitedUpload; the server's default (30 MB) would stop it first.
            .WithMetadata(new RequestSizeLimitAttribute(SourceUpload.MaxBytes + (1024 * 1024)))
            .WithDescription("The file is the body (SDMX-CSV 1.0, 2.0, 2.1 or plain CSV, up to 50 MB). Query: name, title, source, "
                + "separator (comma, semicolon, tab, pipe; detected when left out), missing (the missing markers, separated by spaces), "
                + "timeColumn and valueColumn (plain CSV), replace=true to replace a stored table of the same name. "
                + "A refused file loads nothing; the problem lists every fault by line and column.");
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(AnalyticsPermissions.AnalyticsSources)
            .WithName("DeleteSourceTable").WithSummary("Deletes an outside table and its observations");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<SourceTableSummary>>> ListAsync(ISourceTables tables, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tables.ListAsync(cancellationToken));

    private static async Task<Results<Ok<SourceTableDetail>, NotFound>> GetAsync(Guid id, ISourceTables tables, CancellationToken cancellationToken) =>
        await tables.GetAsync(id, cancellationToken) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<Results<Ok<SourceObservationPage>, ValidationProblem, NotFound>> ObservationsAsync(
        Guid id, HttpRequest request, ISourceTables tables, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        if (await tables.GetAsync(id, cancellationToken) is not { } detail)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors(text);
        var page = Number(request, "page", 1, int.MaxValue, 1, errors);
        var size = Number(request, "pageSize", 1, MostPageSize, DefaultPageSize, errors);
        var filter = new Dictionary<int, string>();
        foreach (var (name, values) in request.Query)
        {
            if (name is "page" or "pageSize")
            {
                continue;
            }

            var dimension = detail.Dimensions.FirstOrDefault(d => d.Id.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (dimension is null)
            {
                errors.Add(name, "There is no dimension {0} in this table. The dimensions are: {1}.", name, string.Join(", ", detail.Dimensions.Select(d => d.Id)));
            }
            else
            {
                filter[dimension.Position] = values.ToString().Trim();
            }
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok((await tables.ObservationsAsync(id, filter, page, size, cancellationToken))!);
    }

    private static int Number(HttpRequest request, string name, int least, int most, int fallback, FieldErrors errors)
    {
        var written = request.Query[name].ToString();
        if (written.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(written, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= least && number <= most)
        {
            return number;
        }

        errors.Add(name, "Enter a number from {0} to {1}.", least, most);
        return fallback;
    }

    /// <summary>Reads the file sent and loads it by the command the sources page uses too (<see cref="LoadSourceTable"/>).</summary>
    private static async Task<Results<Created<SourceTableSummary>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> LoadAsync(
        HttpContext http, string? name, string? title, string? source, string? separator, string? missing, string? timeColumn, string? valueColumn, bool? replace,
        ISourceTables tables, LimitedUpload uploads, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) || !Media.Contains(type.MediaType, StringComparer.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(title: text["Send the body as {0}.", "text/csv, application/vnd.sdmx.data+csv"], statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var errors = new FieldErrors(text);
        var options = SourceUpload.Options(separator, missing, timeColumn, valueColumn, errors);
        var upload = await uploads.ReadAsync(http.Request.Body, SourceUpload.MaxBytes, cancellationToken);
        if (!upload.IsRead)
        {
            errors.AddTranslated("file", upload.Problem!);
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var command = new LoadSourceTable(name, title, source, options, replace ?? false, http.User.GetOrganisationId(), http.User.Identity?.Name ?? "");
        return await tables.LoadAsync(command, upload.Content, cancellationToken) switch
        {
            LoadOutcome.Loaded loaded => TypedResults.Created($"/api/v1/analytics/sources/{loaded.Table.Id}", loaded.Table),
            LoadOutcome.Refused refused => Refused(refused, text),
            LoadOutcome.NameTaken taken => TypedResults.Problem(
                title: text["A table named {0} is already loaded; send replace=true to replace it.", taken.Name], statusCode: StatusCodes.Status409Conflict),
            LoadOutcome.NoOrganisation => TypedResults.Forbid(),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, ISourceTables tables, CancellationToken cancellationToken) =>
        await tables.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>Every fault, keyed by its line and column, and listed whole in <c>faults</c> for clients that read them one by one.</summary>
    private static ValidationProblem Refused(LoadOutcome.Refused refused, IStringLocalizer<AnalyticsText> text)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var field in refused.Fields)
        {
            Add(errors, SourceProblemText.FieldName(field.Field), SourceProblemText.Describe(field, text));
        }

        var faults = refused.Faults.Select(f => new SourceFault(f.Line, f.Column, f.ColumnNumber, f.Kind.ToString(), f.Value, f.OtherLine > 0 ? f.OtherLine : null,
            SourceProblemText.Describe(f, text))).ToList();
        foreach (var (problem, fault) in refused.Faults.Zip(faults))
        {
            Add(errors, SourceProblemText.Key(problem), fault.Message);
        }

        return TypedResults.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            title: text["Nothing was loaded: the table has faults."],
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["faults"] = faults });
    }

    private static void Add(Dictionary<string, List<string>> errors, string key, string message)
    {
        if (!errors.TryGetValue(key, out var list))
        {
            errors[key] = list = [];
        }

        list.Add(message);
    }
}
