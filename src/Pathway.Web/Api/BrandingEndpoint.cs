using Pathway.Platform.Tenancy;

namespace Pathway.Web.Api;

/// <summary>The office's colours as a style sheet: the strict content policy allows no inline styles.</summary>
internal static class BrandingEndpoint
{
    public static void MapBranding(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/branding.css", (CurrentTenant tenant, HttpContext http) =>
            {
                // The layouts link it with the branding's version in the address (?v=): a change is a
                // new address, fetched at once, so a browser may keep each version as long as it likes.
                // A node that has not yet seen the change answers briefly, or it would pin the old colours.
                var current = http.Request.Query["v"] == (tenant.Tenant?.Version ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
                http.Response.Headers.CacheControl = current ? "public, max-age=31536000, immutable" : "no-cache";
                return Results.Text(BrandColours.StyleSheet(tenant.Tenant?.BrandColour), "text/css");
            })
            .ExcludeFromDescription();
}
