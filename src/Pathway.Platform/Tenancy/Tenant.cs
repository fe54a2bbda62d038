namespace Pathway.Platform.Tenancy;

/// <summary>One office's instance of the platform: its name, defaults, branding and enabled features.</summary>
public sealed class Tenant
{
    public Guid Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string DefaultCulture { get; set; } = "pl";
    public string TimeZone { get; set; } = "Europe/Warsaw";
    public string BrandColour { get; set; } = "#1d4f91";
    /// <summary>Comma-separated feature names switched on for this tenant.</summary>
    public string EnabledFeatures { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    public bool HasFeature(string feature) =>
        EnabledFeatures.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Contains(feature, StringComparer.OrdinalIgnoreCase);
}
