using System.Security.Claims;

namespace Pathway.Platform.Identity;

public static class PathwayClaims
{
    public const string TenantId = "pathway:tenant";
    public const string OrganisationId = "pathway:organisation";
    public const string ApiKeyScope = "pathway:scope";
    public const string ApiKeyId = "pathway:apikey";

    public static Guid? GetUserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? GetTenantId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(TenantId), out var id) ? id : null;

    public static Guid? GetOrganisationId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(OrganisationId), out var id) ? id : null;

    public static IEnumerable<string> GetRoles(this ClaimsPrincipal principal) =>
        principal.FindAll(ClaimTypes.Role).Select(c => c.Value);
}
