namespace Pathway.Platform.Tenancy;

/// <summary>An office unit or partner NGO inside a tenant; every personal-data row belongs to one.</summary>
public sealed class Organisation
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
}
