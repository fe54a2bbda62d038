using Pathway.Platform.Modules;

namespace Pathway.Platform.Identity;

/// <summary>
/// The platform's own permissions: accounts, machine access, the audit trail and the staff
/// workspace. Modules contribute theirs from their <c>Add…()</c>; see <see cref="PermissionCatalog"/>.
/// </summary>
public static class Permissions
{
    public const string UsersManage = "users.manage";
    public const string ApiKeysManage = "apikeys.manage";
    public const string OrganisationsManage = "organisations.manage";
    public const string AuditRead = "audit.read";
    public const string StaffWorkspace = "workspace.staff";

    public static readonly IReadOnlyList<PermissionGrant> Grants =
    [
        new(UsersManage, [Roles.Admin], "Admins manage accounts but read no personal data."),
        new(ApiKeysManage, [Roles.Admin], "Machine access is an account like any other, managed by admins."),
        new(OrganisationsManage, [Roles.Admin], "Admins keep the office's structure (its units and partners, and the voivodeship each serves); no personal data is behind it."),
        new(AuditRead, [Roles.Supervisor, Roles.Admin], "Supervisors answer for their unit's conduct; admins for the platform's."),
        new(StaffWorkspace, [.. Roles.Staff], "Every member of staff has a home page listing the tools their roles give them."),
    ];
}
