using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Pathway.Platform.Localization;
using Pathway.Platform.Printing;
using Pathway.Support.FundReports;
using Pathway.Support.Localization;

namespace Pathway.Support.SubjectExport;

internal static class SubjectExportApi
{
    public static void MapSubjectExportApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/beneficiaries/{id:guid}/export", ExportAsync).WithName("ExportBeneficiaryData")
            .WithTags("Support: beneficiaries").RequireAuthorization(SupportPermissions.BeneficiariesExport)
            .WithSummary("Everything the organisation holds about the person of a case (GDPR art. 15), as JSON or as a PDF in the person's language")
            .WithDescription("?format=json|pdf (json when left out). The case, its consents, services, vulnerability assessments, referrals, transfers, closures, "
                + "plans in force, interpreter requests, tracing requests, break-glass openings and who read the case; with exportedAt, exportedBy and the organisation. "
                + "The PDF names its exporter on every page. Audited as subject-export. 404 for a case the caller may not open.")
            .Produces<SubjectData>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
    }

    private static async Task<Results<Ok<SubjectData>, FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> ExportAsync(
        Guid id, string? format, SubjectExportDesk desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var kind = (format ?? "json").Trim().ToLowerInvariant();
        if (kind is not ("json" or "pdf"))
        {
            var errors = new FieldErrors(text);
            errors.Add("format", "Ask for json or pdf.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (kind == "json")
        {
            var data = await desk.ExportAsync(id, kind, d => d, http.User, cancellationToken);
            if (data is null)
            {
                return TypedResults.NotFound();
            }

            http.Response.Headers.ContentDisposition = Attachment(FileName(data, kind));
            return TypedResults.Ok(data);
        }

        try
        {
            var zone = await desk.ZoneAsync(cancellationToken);
            var printer = new SubjectExportPdf(http.RequestServices.GetRequiredService<Lazy<PrintFonts>>().Value, text);
            var file = await desk.ExportAsync(id, kind, d => new PrintedExport(FileName(d, kind), printer.Write(d, zone)), http.User, cancellationToken);
            return file is null ? TypedResults.NotFound() : TypedResults.File(file.Content, "application/pdf", file.Name);
        }
        catch (PrintFontsMissingException missing)
        {
            return TypedResults.Problem(title: text["The report cannot be printed on this server: a font is missing."], detail: missing.Message,
                statusCode: StatusCodes.Status503ServiceUnavailable, type: PrintFontsMissingException.ProblemType);
        }
    }

    /// <summary>The file's name: the case's number (letters, digits and dashes only), e.g. <c>B-2026-00001-export.json</c>.</summary>
    internal static string FileName(SubjectData data, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{new string([.. data.Case.Number.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_')])}-export.{extension}");

    private static string Attachment(string name) => new ContentDispositionHeaderValue("attachment") { FileNameStar = name, FileName = name }.ToString();

    private sealed record PrintedExport(string Name, byte[] Content);
}
