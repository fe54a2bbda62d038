using System.Text.RegularExpressions;
using Pathway.Platform.Tenancy;

namespace Pathway.Web.Api;

/// <summary>The tenant's colours as a style sheet: the strict content policy allows no inline styles.</summary>
internal static partial class BrandingEndpoint
{
    public static void MapBranding(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/branding.css", async (OrganisationDirectory directory, HttpContext http) =>
            {
                var tenant = (await directory.GetAsync(http.RequestAborted)).Tenants.FirstOrDefault();
                // Only a plain hex colour reaches the sheet, so a tenant setting cannot inject CSS.
                var colour = tenant is not null && HexColour().IsMatch(tenant.BrandColour) ? tenant.BrandColour : "#1d4f91";
                http.Response.Headers.CacheControl = "public, max-age=300";
                return Results.Text($":root {{ --brand: {colour}; }}\n", "text/css");
            })
            .ExcludeFromDescription();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HexColour();
}
