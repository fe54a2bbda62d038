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

    public const string MfaClaim = "amr";
    public const string MfaValue = "mfa";

    public static bool IsGranted(System.Security.Claims.ClaimsPrincipal user, string permission)
    {
        if (user.HasClaim(c => c.Type == PathwayClaims.ApiKeyId))
        {
            return user.FindAll(PathwayClaims.ApiKeyScope).Any(c => c.Value == permission);
        }

        var roles = user.GetRoles().ToList();
        // Staff reach personal data only after a two-factor sign-in; a password alone is not enough.
        return Permissions.IsGranted(permission, roles) && (!Roles.IsStaff(roles) || HasTwoFactor(user));
    }

    public static bool HasTwoFactor(System.Security.Claims.ClaimsPrincipal user) => user.HasClaim(MfaClaim, MfaValue);
}
