namespace Pathway.Platform.Tenancy;

/// <summary>An office unit or partner NGO inside a tenant; every personal-data row belongs to one.</summary>
public sealed class Organisation
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }

    /// <summary>The TERYT code of the province the organisation serves (<see cref="Voivodeships"/>); null when nobody has said.</summary>
    public string? Voivodeship { get; set; }
}
