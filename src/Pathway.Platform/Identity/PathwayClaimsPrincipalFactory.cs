using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Pathway.Platform.Identity;

/// <summary>Puts the tenant and organisation into the sign-in cookie, so every request knows its data scope.</summary>
public sealed class PathwayClaimsPrincipalFactory(UserManager<PathwayUser> users, RoleManager<PathwayRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PathwayUser, PathwayRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PathwayUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PathwayClaims.TenantId, user.TenantId.ToString()));
        if (user.OrganisationId is { } organisation)
        {
            identity.AddClaim(new Claim(PathwayClaims.OrganisationId, organisation.ToString()));
        }

        identity.AddClaim(new Claim("name", string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        return identity;
    }
}
