using Pathway.Platform.Identity;
using Pathway.Platform.Modules;

namespace Pathway.Cases;

/// <summary>What the residence cases module lets each role do, and why.</summary>
public static class CasesPermissions
{
    public const string CasesRead = "cases.read";

    public static readonly IReadOnlyList<PermissionGrant> Grants =
    [
        new(CasesRead, [Roles.CaseOfficer, Roles.Supervisor],
            "Officers and their supervisors work residence cases: their time limits, letters and paper files."),
    ];
}
