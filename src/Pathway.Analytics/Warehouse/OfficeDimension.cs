namespace Pathway.Analytics.Warehouse;

/// <summary>An office unit or organisation facts are counted for, with the voivodeship it serves when known.</summary>
public sealed class OfficeDimension
{
    public Guid OfficeId { get; init; }
    public Guid TenantId { get; init; }
    public string Name { get; set; } = "";
    /// <summary>TERYT code of the voivodeship (02 dolnośląskie … 32 zachodniopomorskie); null when not set.</summary>
    public string? Voivodeship { get; set; }
}
