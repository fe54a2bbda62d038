using Microsoft.AspNetCore.Authorization;
using Pathway.Platform.Identity;

namespace Pathway.Platform.Authorization;

public static class PermissionPolicies
{
    /// <summary>One policy per permission: granted by a role (people) or by a scope (API keys).</summary>
    public static AuthorizationOptions AddPermissionPolicies(this AuthorizationOptions options)
    {
        foreach (var permission in Permissions.All)
        {
            options.AddPolicy(permission, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => IsGranted(context.User, permission)));
        }

        return options;
    }

    public static bool IsGranted(System.Security.Claims.ClaimsPrincipal user, string permission) =>
        Permissions.IsGranted(permission, user.GetRoles())
        || user.FindAll(PathwayClaims.ApiKeyScope).Any(c => c.Value == permission);
}
