namespace Pathway.Analytics.Warehouse;

/// <summary>An application type of a tenant's catalogue, with the permit it leads to and the purpose of stay statistics count it under.</summary>
public sealed class ApplicationTypeDimension
{
    public Guid TenantId { get; init; }
    public string Code { get; init; } = "";
    public string Permit { get; set; } = "";
    public string Purpose { get; set; } = "";
}
