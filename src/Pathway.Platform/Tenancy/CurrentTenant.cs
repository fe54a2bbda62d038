using Microsoft.AspNetCore.Http;

namespace Pathway.Platform.Tenancy;

/// <summary>
/// The office a web request is served for, as <see cref="TenantScopeMiddleware"/> found it in the
/// directory: its branding for the layouts, its features for the links. Outside a request (the CLI,
/// background work) there is none, and every feature counts as on.
/// </summary>
public sealed class CurrentTenant(IHttpContextAccessor http)
{
    public Tenant? Tenant => http.HttpContext?.Features.Get<Tenant>();

    public bool IsOn(string? feature) => feature is null || Tenant?.IsOn(feature) != false;

    /// <summary>The name the header shows.</summary>
    public string DisplayName => Tenant?.ShownName ?? Tenant.DefaultDisplayName;

    /// <summary>The style sheet's address: it names the branding's version, so a change is fetched at once and an unchanged one is kept.</summary>
    public string StyleSheetHref => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"branding.css?v={Tenant?.Version ?? 0}");

    /// <summary>The logo's address, or null without one.</summary>
    public string? LogoHref => Tenant?.LogoHash is { } hash ? $"branding/logo/{hash}" : null;
}
