using System.Security.Claims;
using Pathway.Platform.Authorization;
using Pathway.Platform.Identity;

namespace Pathway.Platform.Tests;

public sealed class PermissionsTests
{
    private static ClaimsPrincipal User(string role, bool twoFactor) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, role), .. twoFactor ? new[] { new Claim("amr", "mfa") } : []], "test"));

    [Fact]
    public void IsGranted_StaffWithoutTwoFactorSignIn_IsDenied()
    {
        PermissionPolicies.IsGranted(User(Roles.CaseOfficer, twoFactor: false), Permissions.PersonsRead).ShouldBeFalse();
        PermissionPolicies.IsGranted(User(Roles.CaseOfficer, twoFactor: true), Permissions.PersonsRead).ShouldBeTrue();
    }

    [Fact]
    public void IsGranted_MigrantWithPasswordOnly_MayUseThePortal() =>
        PermissionPolicies.IsGranted(User(Roles.Migrant, twoFactor: false), Permissions.PortalAccount).ShouldBeTrue();

    [Fact]
    public void IsGranted_AdminAndAnalyst_ReadNoPersonalData()
    {
        PermissionPolicies.IsGranted(User(Roles.Admin, true), Permissions.PersonsRead).ShouldBeFalse();
        PermissionPolicies.IsGranted(User(Roles.Analyst, true), Permissions.PersonsRead).ShouldBeFalse();
    }

    [Fact]
    public void IsGranted_ApiKey_OnlyItsScopesCount_NotRoles()
    {
        var key = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(PathwayClaims.ApiKeyId, Guid.NewGuid().ToString()),
            new Claim(PathwayClaims.ApiKeyScope, Permissions.PersonsRead),
            new Claim(ClaimTypes.Role, Roles.Admin),
        ], "ApiKey"));
        PermissionPolicies.IsGranted(key, Permissions.PersonsRead).ShouldBeTrue();
        PermissionPolicies.IsGranted(key, Permissions.UsersManage).ShouldBeFalse();
    }
}
