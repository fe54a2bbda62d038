using System.Security.Claims;
using Pathway.Platform.Identity;
using Pathway.Platform.Modules;

namespace Pathway.Platform.Tests;

public sealed class PermissionsTests
{
    private const string RecordsRead = "records.read";
    private const string PortalUse = "account.use";

    /// <summary>The platform's grants and two as a module would contribute them.</summary>
    private static readonly PermissionCatalog Catalog = new(
    [
        .. Permissions.Grants,
        new PermissionGrant(RecordsRead, [Roles.CaseOfficer, Roles.Supervisor], "Office staff work the records."),
        new PermissionGrant(PortalUse, [Roles.Migrant], "Migrants use their own account."),
    ]);

    private static ClaimsPrincipal User(string role, bool twoFactor) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, role), .. twoFactor ? new[] { new Claim("amr", "mfa") } : []], "test"));

    [Fact]
    public void IsGranted_StaffWithoutTwoFactorSignIn_IsDenied()
    {
        Catalog.IsGranted(User(Roles.CaseOfficer, twoFactor: false), RecordsRead).ShouldBeFalse();
        Catalog.IsGranted(User(Roles.CaseOfficer, twoFactor: true), RecordsRead).ShouldBeTrue();
    }

    [Fact]
    public void IsGranted_MigrantWithPasswordOnly_MayUseTheirAccount() =>
        Catalog.IsGranted(User(Roles.Migrant, twoFactor: false), PortalUse).ShouldBeTrue();

    [Fact]
    public void IsGranted_RoleWithoutTheGrant_IsDenied()
    {
        Catalog.IsGranted(User(Roles.Admin, true), RecordsRead).ShouldBeFalse();
        Catalog.IsGranted(User(Roles.Analyst, true), RecordsRead).ShouldBeFalse();
        Catalog.IsGranted(User(Roles.Supervisor, true), "no.such.permission").ShouldBeFalse();
    }

    [Fact]
    public void IsGranted_ApiKey_OnlyItsScopesCount_NotRoles()
    {
        var key = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(PathwayClaims.ApiKeyId, Guid.NewGuid().ToString()),
            new Claim(PathwayClaims.ApiKeyScope, RecordsRead),
            new Claim(ClaimTypes.Role, Roles.Admin),
        ], "ApiKey"));
        Catalog.IsGranted(key, RecordsRead).ShouldBeTrue();
        Catalog.IsGranted(key, Permissions.UsersManage).ShouldBeFalse();
    }

    [Fact]
    public void Catalog_APermissionGrantedByTwoModules_IsRefusedAtStart() =>
        Should.Throw<InvalidOperationException>(() => new PermissionCatalog(
        [
            new PermissionGrant(RecordsRead, [Roles.CaseOfficer], "One module."),
            new PermissionGrant(RecordsRead, [Roles.Analyst], "Another module widening it."),
        ])).Message.ShouldContain(RecordsRead);

    [Fact]
    public void Catalog_AGrantWithoutAReasonOrToAnUnknownRole_IsRefused()
    {
        Should.Throw<InvalidOperationException>(() => new PermissionCatalog([new PermissionGrant(RecordsRead, [Roles.CaseOfficer], " ")]));
        Should.Throw<InvalidOperationException>(() => new PermissionCatalog([new PermissionGrant(RecordsRead, ["Janitor"], "Cleaning.")]))
            .Message.ShouldContain("Janitor");
    }

    [Fact]
    public void GrantedTo_ListsWhatARoleHolds() =>
        Catalog.GrantedTo(Roles.Admin).ShouldBe([Permissions.UsersManage, Permissions.ApiKeysManage, Permissions.OrganisationsManage, Permissions.AuditRead, Permissions.StaffWorkspace], ignoreOrder: true);
}
