namespace Pathway.Platform.Tenancy;

/// <summary>
/// Who is asking, as far as data visibility goes: the tenant, and which organisations'
/// records are visible. A system scope (migrations, seeding, jobs) sees everything.
/// </summary>
public sealed record TenantScope(Guid TenantId, bool AllOrganisations, IReadOnlyCollection<Guid> OrganisationIds, bool IsSystem = false)
{
    public static readonly TenantScope System = new(Guid.Empty, true, [], IsSystem: true);

    public static TenantScope Anonymous(Guid tenantId) => new(tenantId, false, []);

    public bool CanSee(ITenantOwned row) =>
        IsSystem || (row.TenantId == TenantId && (AllOrganisations || OrganisationIds.Contains(row.OrganisationId)));
}
