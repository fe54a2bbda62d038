using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Letters;
using Pathway.Cases.Localization;
using Pathway.Cases.Portal;
using Pathway.Cases.Workflow;
using Pathway.Platform.Identity;

namespace Pathway.Cases.Confirmations;

internal static class ConfirmationsApi
{
    public const string RefusedProblemType = "https://pathway.example/problems/confirmation-refused";

    public static IEndpointRouteBuilder MapConfirmationsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/cases/{number}/confirmation", IssueAsync).RequireAuthorization(CasesPermissions.CasesWork)
            .WithTags("Cases: confirmations").WithName("IssueStayConfirmation")
            .WithSummary("Issues the confirmation of legal stay while the case runs (act on foreigners art. 108); the same one again if it exists")
            .WithDescription("201 when issued, 200 with the existing one; 409 confirmation-refused says why not yet (not formally complete) or no more (the proceedings ended).");
        routes.MapGet("/api/v1/cases/{number}/confirmation.pdf", StaffPdfAsync).RequireAuthorization(CasesPermissions.CasesRead)
            .WithTags("Cases: confirmations").WithName("PrintStayConfirmation")
            .WithSummary("The case's confirmation of legal stay as PDF with its QR code; the read is audited");
        routes.MapGet("/api/v1/my/cases/{number}/confirmation.pdf", ApplicantPdfAsync).RequireAuthorization(CasesPermissions.Apply)
            .WithTags("Cases: my cases").WithName("PrintMyStayConfirmation")
            .WithSummary("The migrant's confirmation of legal stay as PDF, the translation in their language");
        routes.MapGet("/api/v1/verify/{code}", VerifyAsync).AllowAnonymous().RequireRateLimiting(ConfirmationsServices.VerifyLimit)
            .WithTags("Public: verification").WithName("VerifyStayConfirmation")
            .WithSummary("Whether a confirmation of legal stay is valid: valid, ended (since a day) or unknown; nothing personal")
            .WithDescription("Anonymous and rate-limited per client. 404 with status unknown for a code nobody issued.");
        return routes;
    }

    /// <summary>The public check's address of a code, on this server.</summary>
    public static string VerifyAddress(HttpRequest request, StayConfirmation confirmation) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/verify/{VerificationCode.Grouped(confirmation.Code)}";

    private static async Task<Results<Created<ConfirmationAnswer>, Ok<ConfirmationAnswer>, NotFound, ProblemHttpResult>> IssueAsync(
        string number, ConfirmationDesk desk, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var pdf = $"/api/v1/cases/{Uri.EscapeDataString(number)}/confirmation.pdf";
        switch (await desk.IssueAsync(number, http.User, cancellationToken))
        {
            case IssueOutcome.Issued issued:
                return TypedResults.Created(pdf, ConfirmationAnswer.Of(issued.Confirmation, StayValidity.Valid, VerifyAddress(http.Request, issued.Confirmation), pdf));
            case IssueOutcome.AlreadyIssued existing:
                var validity = (await desk.VerifyAsync(existing.Confirmation.Code, cancellationToken))!.Validity;
                return TypedResults.Ok(ConfirmationAnswer.Of(existing.Confirmation, validity, VerifyAddress(http.Request, existing.Confirmation), pdf));
            case IssueOutcome.Refused refused:
                return TypedResults.Problem(title: text[refused.Reason], statusCode: StatusCodes.Status409Conflict, type: RefusedProblemType);
            default:
                return TypedResults.NotFound();
        }
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> StaffPdfAsync(
        string number, ICaseDesk cases, ConfirmationDesk desk, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        if (await cases.OpenAsync(number, "confirmation", cancellationToken) is not { } file || await desk.ForCaseAsync(file.Case, cancellationToken) is not { } confirmation)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(await desk.PrintAsync(confirmation, file.Case, VerifyAddress(http.Request, confirmation), text, cancellationToken), "application/pdf", FileName(confirmation));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ApplicantPdfAsync(
        string number, ApplicantCases cases, ConfirmationDesk desk, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        if (await cases.OpenAsync(number, http.User.GetUserId()!.Value, cancellationToken) is not { Confirmation: { } confirmation } file)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(await desk.PrintAsync(confirmation, file.Case, VerifyAddress(http.Request, confirmation), text, cancellationToken), "application/pdf", FileName(confirmation));
    }

    private static async Task<Results<Ok<VerifyAnswer>, NotFound<VerifyAnswer>>> VerifyAsync(string code, ConfirmationDesk desk, CancellationToken cancellationToken) =>
        await desk.VerifyAsync(code, cancellationToken) is { } found ? TypedResults.Ok(VerifyAnswer.Of(found)) : TypedResults.NotFound(VerifyAnswer.Of(null));

    private static string FileName(StayConfirmation confirmation) => $"confirmation-{confirmation.Number.Replace('/', '-')}.pdf";
}
