using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Platform.Tenancy;
using Pathway.Platform.Uploads;
using Pathway.Portal.Localization;
using Pathway.Portal.Pictures;

namespace Pathway.Portal.Settings;

/// <summary>A feature as the settings list it: its stored name, its label in the caller's language, and whether it is on.</summary>
public sealed record FeatureAnswer(string Name, string Label, bool On);

/// <summary>An office's portal settings: the header's name (null for "Pathway"), the brand colour, the logo's address and the features.</summary>
public sealed record SettingsAnswer(string? DisplayName, string BrandColour, string? LogoUrl, IReadOnlyList<FeatureAnswer> Features, int Version);

/// <summary>A change of the settings: the features named in switchedOff are off, all others on; version is the one read.</summary>
public sealed record SettingsRequest(string? DisplayName, string? BrandColour, IReadOnlyList<string?>? SwitchedOff, int? Version);

/// <summary>An organisation as an editor adds or renames it: its name, and (when added) its kind, OfficeUnit or PartnerNgo.</summary>
public sealed record OrganisationRequest(string? Name, string? Kind);

internal static class SettingsApi
{
    public const string ChangedProblemType = "https://pathway.example/problems/settings-changed";

    /// <summary>A logo is small: a larger upload is no logo.</summary>
    public const int MaxLogoBytes = 2 * 1024 * 1024;

    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder routes)
    {
        var settings = routes.MapGroup("/api/v1/portal/settings").WithTags("Portal: settings");
        settings.MapGet("/", ReadAsync).AllowAnonymous().WithName("GetPortalSettings")
            .WithSummary("The office's portal name, brand colour, logo address and which features are on: public, so an app can dress itself as the portal");
        settings.MapPut("/", SaveAsync).RequireAuthorization(PortalPermissions.Customise).WithName("SavePortalSettings")
            .WithSummary("Sets the name, the brand colour (six hex digits, at least 4.5:1 against white text) and the features switched off; version is the one read, and a change made since is refused (409)");
        settings.MapPut("/logo", SetLogoAsync).RequireAuthorization(PortalPermissions.Customise).WithName("SetPortalLogo")
            .WithSummary("Sets the logo from the request body (a JPEG or PNG up to 2 MB, judged by its content; version= the settings' version); it is scaled to fit 320 pixels and written anew as WebP");
        settings.MapDelete("/logo", RemoveLogoAsync).RequireAuthorization(PortalPermissions.Customise).WithName("RemovePortalLogo")
            .WithSummary("Removes the logo (version= the settings' version)");
        var organisations = settings.MapGroup("/organisations").RequireAuthorization(PortalPermissions.Customise);
        organisations.MapGet("/", (OrganisationsDesk desk, CancellationToken cancellationToken) => desk.ListAsync(cancellationToken)).WithName("ListOrganisations")
            .WithSummary("The office's units and partner organisations, with how many accounts belong to each");
        organisations.MapPost("/", AddOrganisationAsync).WithName("AddOrganisation")
            .WithSummary("Adds a unit of the office (OfficeUnit) or a partner organisation (PartnerNgo): {name, kind}; a name is unique in the office");
        organisations.MapPut("/{id:guid}", RenameOrganisationAsync).WithName("RenameOrganisation")
            .WithSummary("Renames an organisation: {name}");
        routes.MapGet("/branding/logo/{hash}", LogoAsync).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> AddOrganisationAsync(
        OrganisationRequest request, OrganisationsDesk desk, IStringLocalizer<PortalText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        return await desk.AddAsync(request.Name, request.Kind, http.User, errors, cancellationToken) is { } added
            ? TypedResults.Created($"/api/v1/portal/settings/organisations/{added.Id}", added)
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<IResult> RenameOrganisationAsync(
        Guid id, OrganisationRequest request, OrganisationsDesk desk, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        return await desk.RenameAsync(id, request.Name, errors, cancellationToken) is { } renamed ? TypedResults.Ok(renamed)
            : errors.Any ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.NotFound();
    }

    private static async Task<IResult> ReadAsync(PortalSettings settings, IStringLocalizerFactory strings, CancellationToken cancellationToken) =>
        await settings.ReadAsync(cancellationToken) is { } tenant ? TypedResults.Ok(Answer(tenant, settings, strings)) : TypedResults.NotFound();

    private static async Task<IResult> SaveAsync(
        SettingsRequest request, PortalSettings settings, IStringLocalizer<PortalText> text, IStringLocalizerFactory strings, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var change = SettingsRules.Check(request.DisplayName, request.BrandColour, request.SwitchedOff, settings.Features, errors);
        if (request.Version is null)
        {
            errors.Add("version", "Give the version of the settings you read.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return Answer(await settings.SaveAsync(change!, request.Version!.Value, http.User, cancellationToken), settings, text, strings);
    }

    private static async Task<IResult> SetLogoAsync(
        string? version, PortalSettings settings, LimitedUpload uploads, IStringLocalizer<PortalText> text, IStringLocalizerFactory strings, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var settingsVersion = Version(version, errors);
        var reading = await uploads.ReadAsync(http.Request.Body, MaxLogoBytes, cancellationToken);
        PreparedPicture? logo = null;
        if (!reading.IsRead)
        {
            errors.AddTranslated("logo", reading.Problem!);
        }
        else if (reading.Content.Length == 0)
        {
            errors.Add("logo", "Choose a logo: a JPEG or PNG image.");
        }
        else if (PictureImages.Prepare(reading.Content, PictureSize.Logo) is var (prepared, refusal) && refusal is not null)
        {
            errors.Add("logo", refusal.Reason, refusal.Arguments);
        }
        else
        {
            logo = prepared;
        }

        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : Answer(await settings.SetLogoAsync(logo, settingsVersion!.Value, http.User, cancellationToken), settings, text, strings);
    }

    private static async Task<IResult> RemoveLogoAsync(
        string? version, PortalSettings settings, IStringLocalizer<PortalText> text, IStringLocalizerFactory strings, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var settingsVersion = Version(version, errors);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : Answer(await settings.SetLogoAsync(null, settingsVersion!.Value, http.User, cancellationToken), settings, text, strings);
    }

    private static async Task<IResult> LogoAsync(string hash, PortalSettings settings, HttpContext http, CancellationToken cancellationToken)
    {
        if (await settings.LogoAsync(hash, cancellationToken) is not { } image)
        {
            return TypedResults.NotFound();
        }

        // A new logo has a new address: this one never changes.
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.File(image, PictureImages.MediaType);
    }

    private static IResult Answer(SettingsResult result, PortalSettings settings, IStringLocalizer<PortalText> text, IStringLocalizerFactory strings) =>
        result switch
        {
            { Outcome: SettingsOutcome.Saved, Saved: { } tenant } => TypedResults.Ok(Answer(tenant, settings, strings)),
            { Outcome: SettingsOutcome.Conflict } => TypedResults.Problem(
                title: text["Someone changed the settings since you opened them. Nothing was saved; open them again to see the change."],
                statusCode: StatusCodes.Status409Conflict, type: ChangedProblemType,
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["currentVersion"] = result.Version }),
            _ => TypedResults.NotFound(),
        };

    private static SettingsAnswer Answer(Tenant tenant, PortalSettings settings, IStringLocalizerFactory strings) => new(
        tenant.DisplayName, BrandColours.IsHexColour(tenant.BrandColour) ? tenant.BrandColour : Tenant.DefaultBrandColour,
        tenant.LogoHash is { } hash ? $"/branding/logo/{hash}" : null,
        [.. settings.Features.Select(f => new FeatureAnswer(f.Name, strings.Create(f.Strings)[f.Label], tenant.IsOn(f.Name)))],
        tenant.Version);

    private static int? Version(string? text, FieldErrors errors)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        errors.Add("version", "Give the version of the settings you read.");
        return null;
    }
}
