using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Localization;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Applications;

internal static class EmployerAnnexApi
{
    public const string UsedProblemType = "https://pathway.example/problems/employer-annex-link-used";
    public const string ExpiredProblemType = "https://pathway.example/problems/employer-annex-link-expired";

    public static IEndpointRouteBuilder MapEmployerAnnexApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/applications/{id:guid}/employer-annex/request", RequestAsync).RequireAuthorization(CasesPermissions.Apply).WithIdempotency()
            .WithTags("Cases: online applications").WithName("RequestEmployerAnnex")
            .WithSummary("E-mails the employer a one-time link (14 days) to fill in its annex; the application waits for it. A new request stops the older link.");
        routes.MapGet("/api/v1/employer-annex/{token}", GetAsync).AllowAnonymous().RequireRateLimiting(EmployerAnnexServices.Limit)
            .WithTags("Public: employer's annex").WithName("GetEmployerAnnexLink")
            .WithSummary("What the employer's link is for: the applicant's name and the application type. 410 used or expired, 404 unknown.");
        routes.MapPost("/api/v1/employer-annex/{token}", FileAsync).AllowAnonymous().RequireRateLimiting(EmployerAnnexServices.Limit)
            .WithTags("Public: employer's annex").WithName("FileEmployerAnnex")
            .WithSummary("Files the employer's annex (JSON); the link is used up. 410 used or expired, 404 unknown.");
        return routes;
    }

    /// <summary>The site's address for links in e-mails: Email:PublicUrl, or the address the request came to.</summary>
    public static string SiteBase(HttpContext http)
    {
        var configured = http.RequestServices.GetService(typeof(IConfiguration)) is IConfiguration c ? c["Email:PublicUrl"] : null;
        return string.IsNullOrWhiteSpace(configured) ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}" : configured.TrimEnd('/');
    }

    private static async Task<Results<Ok<EmployerAnnexRequestAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> RequestAsync(
        Guid id, HttpRequest request, EmployerAnnexDesk desk, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await JsonBody.ReadAsync<EmployerAnnexRequestBody>(request, errors, cancellationToken) is not { } body)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await desk.RequestAsync(id, body.Email, http.User, SiteBase(http), errors, cancellationToken) switch
        {
            AnnexRequestOutcome.Sent sent => TypedResults.Ok(new EmployerAnnexRequestAnswer(sent.Request.Email, sent.Request.CreatedAt, sent.Request.ExpiresAt)),
            AnnexRequestOutcome.NotFound => TypedResults.NotFound(),
            AnnexRequestOutcome.ReadOnly => TypedResults.Problem(title: text["The application has been submitted and can no longer be changed."],
                statusCode: StatusCodes.Status409Conflict, type: ApplicationsApi.ReadOnlyProblemType),
            _ => TypedResults.ValidationProblem(errors.ToDictionary()),
        };
    }

    private static async Task<Results<Ok<EmployerAnnexView>, NotFound, ProblemHttpResult>> GetAsync(
        string token, EmployerAnnexDesk desk, IStringLocalizer<CasesText> text, CancellationToken cancellationToken) =>
        await desk.OpenAsync(token, cancellationToken) switch
        {
            AnnexLookup.Open open => TypedResults.Ok(open.View),
            AnnexLookup.Used => Used(text),
            AnnexLookup.Expired => Expired(text),
            _ => TypedResults.NotFound(),
        };

    private static async Task<Results<Created<EmployerAnnexAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> FileAsync(
        string token, HttpRequest request, EmployerAnnexDesk desk, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await JsonBody.ReadAsync<EmployerAnnexForm>(request, errors, cancellationToken) is not { } body)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await desk.FileAsync(token, body, errors, cancellationToken) switch
        {
            AnnexFileOutcome.Filed filed => TypedResults.Created((string?)null, new EmployerAnnexAnswer(filed.Annex.Id, filed.Annex.Sha256, filed.Annex.FiledAt)),
            AnnexFileOutcome.Used => Used(text),
            AnnexFileOutcome.Expired => Expired(text),
            AnnexFileOutcome.Unknown => TypedResults.NotFound(),
            _ => TypedResults.ValidationProblem(errors.ToDictionary()),
        };
    }

    private static ProblemHttpResult Used(IStringLocalizer<CasesText> text) =>
        TypedResults.Problem(title: text["This link has been used: the annex has been filed."], statusCode: StatusCodes.Status410Gone, type: UsedProblemType);

    private static ProblemHttpResult Expired(IStringLocalizer<CasesText> text) =>
        TypedResults.Problem(title: text["This link has expired. Ask the applicant to send a new one."], statusCode: StatusCodes.Status410Gone, type: ExpiredProblemType);
}

public sealed record EmployerAnnexRequestBody(string? Email);

public sealed record EmployerAnnexRequestAnswer(string Email, DateTime SentAt, DateTime ValidUntil);

public sealed record EmployerAnnexAnswer(Guid Id, string Sha256, DateTime FiledAt);
