namespace Pathway.Platform.Tenancy;

/// <summary>
/// Marks an entity that holds personal data. The platform filters every query on such an
/// entity by the caller's tenant and the organisations the caller may see.
/// </summary>
public interface ITenantOwned
{
    Guid TenantId { get; }
    Guid OrganisationId { get; }
}
