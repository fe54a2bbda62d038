namespace Pathway.Platform.Identity;

/// <summary>
/// What a role may do. Policies are named after permissions; endpoints ask for a permission,
/// never for a role, so the whole grant table lives here.
/// </summary>
public static class Permissions
{
    public const string PersonsRead = "persons.read";
    public const string PersonsWrite = "persons.write";
    public const string DuplicatesReview = "duplicates.review";
    public const string UsersManage = "users.manage";
    public const string ApiKeysManage = "apikeys.manage";
    public const string AuditRead = "audit.read";
    public const string AnalyticsForecast = "analytics.forecast";
    public const string PlanningWorkload = "planning.workload";
    public const string PlanningStaffing = "planning.staffing";
    public const string StaffWorkspace = "workspace.staff";
    public const string PortalAccount = "portal.account";

    private static readonly Dictionary<string, string[]> Grants = new(StringComparer.Ordinal)
    {
        // Office staff work the registry; NGO workers see only their organisation's records
        // (enforced by the tenancy filter and the resource handler, not here).
        [PersonsRead] = [Roles.CaseOfficer, Roles.Supervisor, Roles.NgoWorker],
        [PersonsWrite] = [Roles.CaseOfficer, Roles.Supervisor],
        // Merging identities and judging fraud signals is a supervisor's call, recorded with their name.
        [DuplicatesReview] = [Roles.Supervisor],
        // Admins manage accounts and machine access but read no personal data.
        [UsersManage] = [Roles.Admin],
        [ApiKeysManage] = [Roles.Admin],
        // Supervisors answer for their unit's conduct, so they may read the audit trail.
        [AuditRead] = [Roles.Supervisor, Roles.Admin],
        // Forecasts of inflow and workload: the analysts make them, supervisors plan staff with them.
        // Storing a series is part of the same work (aggregate counts, no personal data).
        [AnalyticsForecast] = [Roles.Analyst, Roles.Supervisor],
        // Planning officer-hours against the inflow and deadlines is a supervisor's decision, prepared
        // by analysts; it uses aggregate figures only.
        [PlanningWorkload] = [Roles.Supervisor, Roles.Analyst],
        // Helpline staffing likewise: operators work the shifts a supervisor sets and need not
        // see or change the plan, so they are not granted it.
        [PlanningStaffing] = [Roles.Supervisor, Roles.Analyst],
        [StaffWorkspace] = [.. Roles.Staff],
        [PortalAccount] = [Roles.Migrant],
    };

    public static IReadOnlyCollection<string> All => Grants.Keys;

    public static IReadOnlyList<string> RolesGranted(string permission) => Grants[permission];

    public static bool IsGranted(string permission, IEnumerable<string> roles) =>
        Grants.TryGetValue(permission, out var granted) && roles.Any(granted.Contains);

    public static IEnumerable<string> GrantedTo(string role) =>
        Grants.Where(g => g.Value.Contains(role)).Select(g => g.Key);
}
