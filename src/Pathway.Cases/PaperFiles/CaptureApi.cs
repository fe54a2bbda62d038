using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Localization;
using Pathway.Platform.Modules;
using Pathway.Platform.Uploads;

namespace Pathway.Cases.PaperFiles;

/// <summary>Where reader gateways send what they read: EPCIS 2.0 capture, and CSV exports of older readers.</summary>
internal static class CaptureApi
{
    private const long MaxBodyBytes = 4 * 1024 * 1024;

    public static IEndpointRouteBuilder MapCaptureApi(this IEndpointRouteBuilder routes)
    {
        // A gateway's key carries only the capture scope; an officer may send reads as part of daily work.
        void Policy(AuthorizationPolicyBuilder policy) => policy.RequireAuthenticatedUser().RequireAssertion(context =>
            context.Resource is HttpContext http && http.RequestServices.GetRequiredService<PermissionCatalog>() is var catalog
            && (catalog.IsGranted(context.User, CasesPermissions.FilesCapture) || catalog.IsGranted(context.User, CasesPermissions.CasesWork)));

        routes.MapPost("/api/v1/cases/epcis/capture", CaptureEpcisAsync).RequireAuthorization(Policy).WithTags("Cases: paper files").WithName("CaptureEpcis")
            .WithSummary("Captures a GS1 EPCIS 2.0 document (JSON-LD) of reader events")
            .WithDescription("ObjectEvents become reads of bound files; other event types, unknown tags, unknown readers and malformed EPCs are kept as anomalies. "
                + "Answers 202 with the counts. A body that is not an EPCISDocument is refused whole (400).");
        routes.MapPost("/api/v1/cases/paper-files/reads", ImportCsvAsync).RequireAuthorization(Policy).WithTags("Cases: paper files").WithName("ImportReadsCsv")
            .WithSummary("Imports reader events from CSV (text/csv): header reader,epc,time")
            .WithDescription("EPC as hexadecimal or URI, time ISO 8601 with its offset. A line that cannot be read is kept as an anomaly with its number.");
        return routes;
    }

    private static Task<Results<Accepted<CaptureCounts>, ProblemHttpResult>> CaptureEpcisAsync(
        HttpRequest request, ReadCapture capture, LimitedUpload upload, IStringLocalizer<CasesText> text, CancellationToken cancellationToken) =>
        CaptureAsync(request, capture, upload, text, EpcisDocumentReader.Read, "The body is not an EPCIS 2.0 document.", cancellationToken);

    private static Task<Results<Accepted<CaptureCounts>, ProblemHttpResult>> ImportCsvAsync(
        HttpRequest request, ReadCapture capture, LimitedUpload upload, IStringLocalizer<CasesText> text, CancellationToken cancellationToken) =>
        CaptureAsync(request, capture, upload, text, ReadCsv.Read, "The body is not a CSV file of reads with the header reader,epc,time.", cancellationToken);

    private delegate CaptureBatch? Reader(string body, out string refusal);

    private static async Task<Results<Accepted<CaptureCounts>, ProblemHttpResult>> CaptureAsync(
        HttpRequest request, ReadCapture capture, LimitedUpload upload, IStringLocalizer<CasesText> text, Reader read, string refusedKey, CancellationToken cancellationToken)
    {
        var body = await upload.ReadAsync(request.Body, MaxBodyBytes, cancellationToken);
        if (!body.IsRead)
        {
            return PaperFilesApi.Invalid("body", body.Problem!);
        }

        string content;
        try
        {
            content = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body.Content);
        }
        catch (DecoderFallbackException)
        {
            return PaperFilesApi.Invalid("body", text[refusedKey], "The body is not UTF-8 text.");
        }

        if (read(content, out var refusal) is not { } batch)
        {
            return PaperFilesApi.Invalid("body", text[refusedKey], refusal);
        }

        var counts = await capture.CaptureAsync(batch, cancellationToken);
        return TypedResults.Accepted((string?)null, counts);
    }
}
