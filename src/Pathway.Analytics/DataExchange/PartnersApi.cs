using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.DataExchange;

/// <summary>The administrators' API for partners and their keys (<c>/api/v1/analytics/partners</c>), the page's twin.</summary>
internal static class PartnersApi
{
    public static void MapPartnersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/analytics/partners").WithTags("Partners").RequireAuthorization(AnalyticsPermissions.AnalyticsPartners);
        group.MapGet("/", async (PartnerDesk desk, CancellationToken cancellationToken) => TypedResults.Ok(await desk.ListAsync(cancellationToken)))
            .WithName("ListDataPartners").WithSummary("The office's partner institutions with their datasets, rate limits and keys (never the keys' secrets)");
        group.MapPost("/", RecordAsync).WithName("RecordDataPartner")
            .WithSummary("Records a partner institution: name, contact e-mail, datasets granted, calls a minute (60 when not said)")
            .WithDescription("Datasets: " + string.Join(", ", DatasetCatalogue.All.Select(d => d.Id)) + ". 400 names each wrong field in the caller's language.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetDataPartner").WithSummary("One partner with its keys");
        group.MapPut("/{id:guid}", ChangeAsync).WithName("ChangeDataPartner")
            .WithSummary("Changes a partner's name, contact, datasets granted and calls a minute; its keys get the datasets as their scopes at once");
        group.MapPost("/{id:guid}/suspend", (Guid id, PartnerDesk desk, CancellationToken cancellationToken) => SuspendAsync(id, true, desk, cancellationToken))
            .WithName("SuspendDataPartner").WithSummary("Suspends a partner: every call of its keys is refused until it is resumed");
        group.MapPost("/{id:guid}/resume", (Guid id, PartnerDesk desk, CancellationToken cancellationToken) => SuspendAsync(id, false, desk, cancellationToken))
            .WithName("ResumeDataPartner").WithSummary("Resumes a suspended partner");
        group.MapPost("/{id:guid}/keys", IssueKeyAsync).WithName("IssueDataPartnerKey")
            .WithSummary("Issues an API key to a partner, its scopes the datasets granted; the secret is in this answer only")
            .WithDescription("Body: {name, validDays} (the partner's name and 90 days when not said; at most 366). The key is sent in the X-Api-Key header.");
        group.MapDelete("/{id:guid}/keys/{keyId:guid}", RevokeKeyAsync).WithName("RevokeDataPartnerKey").WithSummary("Revokes one of a partner's keys at once");
    }

    private static async Task<Results<Created<PartnerView>, ValidationProblem>> RecordAsync(
        PartnerRequest request, ClaimsPrincipal user, PartnerDesk desk, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        return await desk.RecordAsync(request, user, errors, cancellationToken) is { } partner
            ? TypedResults.Created($"/api/v1/analytics/partners/{partner.Id}", partner)
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<Results<Ok<PartnerView>, NotFound>> GetAsync(Guid id, PartnerDesk desk, CancellationToken cancellationToken) =>
        await desk.GetAsync(id, cancellationToken) is { } partner ? TypedResults.Ok(partner) : TypedResults.NotFound();

    private static async Task<Results<Ok<PartnerView>, ValidationProblem, NotFound>> ChangeAsync(
        Guid id, PartnerRequest request, PartnerDesk desk, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await desk.ChangeAsync(id, request, errors, cancellationToken) is { } partner)
        {
            return TypedResults.Ok(partner);
        }

        return errors.Any ? TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<PartnerView>, NotFound>> SuspendAsync(Guid id, bool suspended, PartnerDesk desk, CancellationToken cancellationToken) =>
        await desk.SuspendAsync(id, suspended, cancellationToken) is { } partner ? TypedResults.Ok(partner) : TypedResults.NotFound();

    private static async Task<Results<Created<IssuedPartnerKey>, ValidationProblem, NotFound>> IssueKeyAsync(
        Guid id, PartnerKeyRequest request, ClaimsPrincipal user, PartnerDesk desk, IStringLocalizer<AnalyticsText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (await desk.IssueKeyAsync(id, request, user, errors, cancellationToken) is { } issued)
        {
            return TypedResults.Created($"/api/v1/analytics/partners/{id}", issued);
        }

        return errors.Any ? TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.NotFound();
    }

    private static async Task<Results<NoContent, NotFound>> RevokeKeyAsync(Guid id, Guid keyId, PartnerDesk desk, CancellationToken cancellationToken) =>
        await desk.RevokeKeyAsync(id, keyId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
