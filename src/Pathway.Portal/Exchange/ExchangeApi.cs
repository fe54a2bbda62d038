using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Platform.Uploads;
using Pathway.Portal.Content;
using Pathway.Portal.Localization;

namespace Pathway.Portal.Exchange;

/// <summary>A problem of an import as the API answers it: the file (item address), the unit, and the message in the reader's language.</summary>
public sealed record ExchangeProblemAnswer(string? File, string? Unit, string Message);

internal static class ExchangeApi
{
    public const string ImportRefusedProblemType = "https://pathway.example/problems/xliff-refused";
    public const string MediaType = "application/xliff+xml";

    private static readonly string[] AcceptedTypes = [MediaType, "application/xml", "text/xml"];

    public static IEndpointRouteBuilder MapExchangeApi(this IEndpointRouteBuilder routes)
    {
        var xliff = routes.MapGroup("/api/v1/portal/content/xliff").WithTags("Portal: content").RequireAuthorization(PortalPermissions.ContentTranslate);
        xliff.MapGet("/", ExportAsync).WithName("ExportContentXliff")
            .WithSummary("Every item written in the source language with its translation into the target language, as XLIFF 2.0 (format=xliff2) or 1.2 (format=xliff12)");
        xliff.MapPost("/", ImportAsync).WithName("ImportContentXliff")
            .WithSummary("Reads an XLIFF 2.0 or 1.2 file (the request body) and saves its translations, all or nothing: a file for another item, language or version is refused whole, each problem named with its unit");
        return routes;
    }

    private static async Task<IResult> ExportAsync(
        string? source, string? target, string? format, ContentExchange exchange, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var from = ContentRequests.Language(source, "source", errors);
        var to = ContentRequests.Language(target, "target", errors);
        if (from is not null && from == to)
        {
            errors.Add("target", "Choose a target language other than the source language.");
        }

        var chosen = format is null ? XliffFormat.Xliff2 : XliffFormats.Of(format);
        if (chosen is null)
        {
            errors.Add("format", "Choose XLIFF 2.0 (xliff2) or XLIFF 1.2 (xliff12).");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var export = await exchange.ExportAsync(from!, to!, chosen!.Value, cancellationToken);
        if (export is null)
        {
            return TypedResults.Problem(title: text["No item is written in {0}.", SupportedCultures.ByCode(from!)!.NativeName], statusCode: StatusCodes.Status404NotFound);
        }

        using var buffer = new MemoryStream();
        export.Document.Save(buffer, ContentExchange.SaveOptions);
        var name = $"pathway-{from}-{to}{(chosen == XliffFormat.Xliff12 ? "-1.2" : "")}.xlf";
        return TypedResults.File(buffer.ToArray(), MediaType, name);
    }

    private static async Task<IResult> ImportAsync(
        HttpContext http, ContentExchange exchange, LimitedUpload uploads, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        // Only XML media types: a page elsewhere cannot send them from a signed-in browser without the browser asking first.
        if (http.Request.ContentType is not { } type || !AcceptedTypes.Any(t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.Problem(title: text["Send the body as {0}.", string.Join(", ", AcceptedTypes)], statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var upload = await uploads.ReadAsync(http.Request.Body, XliffText.MaxBytes, cancellationToken);
        if (!upload.IsRead || upload.Content.Length == 0)
        {
            var errors = new FieldErrors(text);
            errors.AddTranslated("file", upload.Problem ?? text["Send the XLIFF file as the request body."]);
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        using var stream = new MemoryStream(upload.Content, writable: false);
        var outcome = await exchange.ImportAsync(stream, http.User, cancellationToken);
        if (!outcome.Succeeded)
        {
            return Refused(outcome, text);
        }

        return TypedResults.Ok(outcome.Items);
    }

    /// <summary>422 with every problem in the reader's language: nothing of the file was saved.</summary>
    public static ProblemHttpResult Refused(ImportOutcome outcome, IStringLocalizer<PortalText> text) =>
        TypedResults.Problem(
            title: text["Nothing of the file was saved: it has {0} problems.", outcome.Problems.Count],
            statusCode: StatusCodes.Status422UnprocessableEntity,
            type: ImportRefusedProblemType,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["problems"] = Answers(outcome.Problems, text) });

    public static List<ExchangeProblemAnswer> Answers(IEnumerable<ExchangeProblem> problems, IStringLocalizer<PortalText> text) =>
        [.. problems.Select(p => new ExchangeProblemAnswer(p.File, p.Unit, text[p.Message, p.Arguments]))];
}
