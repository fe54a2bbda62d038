using System.Security.Claims;
using Pathway.Platform.Authorization;
using Pathway.Platform.Identity;

namespace Pathway.Platform.Modules;

/// <summary>
/// Every permission the platform and its modules grant, gathered from their <see cref="PermissionGrant"/>s.
/// Endpoints and pages ask for a permission, never for a role.
/// </summary>
public sealed class PermissionCatalog
{
    private readonly Dictionary<string, PermissionGrant> grants = new(StringComparer.Ordinal);

    public PermissionCatalog(IEnumerable<PermissionGrant> contributed)
    {
        foreach (var grant in contributed)
        {
            // Two modules claiming one name would let one silently widen the other's access.
            if (!grants.TryAdd(grant.Permission, grant))
            {
                throw new InvalidOperationException($"The permission '{grant.Permission}' is granted twice; each permission belongs to one module.");
            }

            if (grant.Roles.FirstOrDefault(r => !Roles.All.Contains(r, StringComparer.Ordinal)) is { } unknown)
            {
                throw new InvalidOperationException($"The permission '{grant.Permission}' names the unknown role '{unknown}'.");
            }

            if (string.IsNullOrWhiteSpace(grant.Reason))
            {
                throw new InvalidOperationException($"The permission '{grant.Permission}' has no reason for its grant.");
            }
        }
    }

    public IReadOnlyCollection<string> All => grants.Keys;

    public IReadOnlyCollection<PermissionGrant> Grants => grants.Values;

    public bool Exists(string permission) => grants.ContainsKey(permission);

    public IReadOnlyList<string> RolesGranted(string permission) => grants[permission].Roles;

    public bool IsGranted(string permission, IEnumerable<string> roles) =>
        grants.TryGetValue(permission, out var grant) && roles.Any(grant.Roles.Contains);

    public IEnumerable<string> GrantedTo(string role) =>
        grants.Values.Where(g => g.Roles.Contains(role, StringComparer.Ordinal)).Select(g => g.Permission);

    /// <summary>
    /// Granted by a role (people) or by a scope (API keys). Staff reach personal data only after a
    /// two-factor sign-in; a password alone is not enough.
    /// </summary>
    public bool IsGranted(ClaimsPrincipal user, string permission)
    {
        if (user.HasClaim(c => c.Type == PathwayClaims.ApiKeyId))
        {
            return user.FindAll(PathwayClaims.ApiKeyScope).Any(c => c.Value == permission);
        }

        var roles = user.GetRoles().ToList();
        return IsGranted(permission, roles) && (!Roles.IsStaff(roles) || PermissionPolicies.HasTwoFactor(user));
    }
}
