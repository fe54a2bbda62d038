using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Pathway.Platform.ApiKeys;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Platform.Tenancy;

namespace Pathway.Web.Api;

public sealed record MeResponse(string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, Guid? TenantId, Guid? OrganisationId, bool TwoFactor);

/// <summary>The voivodeship an organisation serves: a TERYT code (02 … 32), or empty to clear it.</summary>
public sealed record VoivodeshipRequest(string? Voivodeship);

public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Scopes, Guid? OrganisationId, int? ValidDays);

internal static class PlatformApi
{
    public static void MapPlatformApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").WithTags("Platform");
        api.MapGet("/me", Me).RequireAuthorization().WithName("Me").WithSummary("Who the caller is: name, roles, permissions, office and two-factor state");

        var keys = api.MapGroup("/admin/api-keys").WithTags("API keys").RequireAuthorization(Permissions.ApiKeysManage);
        keys.MapGet("/", ListKeysAsync).WithName("ListApiKeys").WithSummary("Lists the office's API keys (never their secrets)");
        keys.MapPost("/", CreateKeyAsync).WithName("CreateApiKey").WithSummary("Makes an API key with chosen scopes; the secret is shown once");
        keys.MapDelete("/{id:guid}", RevokeKeyAsync).WithName("RevokeApiKey").WithSummary("Revokes an API key at once");

        var organisations = api.MapGroup("/admin/organisations").WithTags("Organisations").RequireAuthorization(Permissions.OrganisationsManage);
        organisations.MapGet("/", ListOrganisationsAsync).WithName("ListOfficeOrganisations")
            .WithSummary("Lists the office's organisations with the voivodeship each serves (TERYT code, or null)");
        organisations.MapPut("/{id:guid}/voivodeship", SetVoivodeshipAsync).WithName("SetOrganisationVoivodeship")
            .WithSummary("Sets the voivodeship an organisation serves: a TERYT code 02 to 32 (even numbers), or empty to clear it; audited");
    }

    private static Ok<MeResponse> Me(HttpContext http, PermissionCatalog permissions)
    {
        var user = http.User;
        var granted = permissions.All.Where(p => permissions.IsGranted(user, p)).ToList();
        return TypedResults.Ok(new MeResponse(
            user.Identity?.Name ?? "", user.GetRoles().ToList(), granted, user.GetTenantId(), user.GetOrganisationId(),
            Platform.Authorization.PermissionPolicies.HasTwoFactor(user)));
    }

    private static async Task<Ok<IReadOnlyList<ApiKeyView>>> ListKeysAsync(HttpContext http, ApiKeyService keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(await keys.ListAsync(http.User.GetTenantId() ?? Guid.Empty, cancellationToken));

    private static async Task<Results<Created<CreatedApiKey>, ValidationProblem>> CreateKeyAsync(
        CreateApiKeyRequest request, HttpContext http, ApiKeyService keys, OrganisationDirectory directory, PermissionCatalog permissions, IStringLocalizer<Text> text, CancellationToken cancellationToken)
    {
        var tenant = http.User.GetTenantId() ?? Guid.Empty;
        var snapshot = await directory.GetAsync(cancellationToken);
        var errors = ApiKeyRequestValidation.Validate(request, tenant, snapshot, permissions, text);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var created = await keys.CreateAsync(tenant, request.OrganisationId!.Value, request.Name!, request.Scopes!.ToList(), request.ValidDays ?? 90, http.User.GetUserId(), cancellationToken);
        return TypedResults.Created($"/api/v1/admin/api-keys/{created.Key.Id}", created);
    }

    private static async Task<Ok<IReadOnlyList<OrganisationView>>> ListOrganisationsAsync(HttpContext http, OrganisationAdministration organisations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await organisations.ListAsync(http.User.GetTenantId() ?? Guid.Empty, cancellationToken));

    private static async Task<Results<Ok<OrganisationView>, ValidationProblem, NotFound>> SetVoivodeshipAsync(
        Guid id, VoivodeshipRequest request, HttpContext http, OrganisationAdministration organisations, CancellationToken cancellationToken) =>
        await organisations.SetVoivodeshipAsync(http.User.GetTenantId() ?? Guid.Empty, id, request.Voivodeship, cancellationToken) switch
        {
            VoivodeshipOutcome.Saved saved => TypedResults.Ok(saved.Organisation),
            VoivodeshipOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            VoivodeshipOutcome.NotFound => TypedResults.NotFound(),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };

    private static async Task<Results<NoContent, NotFound>> RevokeKeyAsync(Guid id, HttpContext http, ApiKeyService keys, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(http.User.GetTenantId() ?? Guid.Empty, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}

internal static class ApiKeyRequestValidation
{
    public static Dictionary<string, string[]> Validate(CreateApiKeyRequest request, Guid tenant, OrganisationDirectory.Snapshot directory, PermissionCatalog permissions, IStringLocalizer<Text> text)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 200)
        {
            errors["name"] = [text["Give the key a name of 1 to 200 characters."]];
        }

        if (request.Scopes is null || request.Scopes.Count == 0)
        {
            errors["scopes"] = [text["Choose at least one permission."]];
        }
        else if (request.Scopes.FirstOrDefault(s => !permissions.Exists(s)) is { } unknown)
        {
            errors["scopes"] = [text["Unknown permission: {0}.", unknown]];
        }

        if (request.OrganisationId is null || !directory.Organisations.Any(o => o.Id == request.OrganisationId && o.TenantId == tenant))
        {
            errors["organisationId"] = [text["Choose an organisation of this office."]];
        }

        if (request.ValidDays is < 1 or > 366)
        {
            errors["validDays"] = [text["Enter a number from {0} to {1}.", 1, 366]];
        }

        return errors;
    }
}
