namespace Pathway.Platform.Tenancy;

/// <summary>One office's instance of the platform: its name, defaults, branding and the features it switched off.</summary>
public sealed class Tenant
{
    public const int MaxDisplayNameLength = 60;

    public Guid Id { get; set; }
    public required string Slug { get; set; }
    /// <summary>The office's full legal name, as its letters carry it.</summary>
    public required string Name { get; set; }
    public string DefaultCulture { get; set; } = "pl";
    public string TimeZone { get; set; } = "Europe/Warsaw";

    /// <summary>The short name the portal's header shows; without one, <see cref="DefaultDisplayName"/>.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The colour of the header, buttons and links: six hex digits, dark enough for white text on it.</summary>
    public string BrandColour { get; set; } = DefaultBrandColour;

    /// <summary>The hash that names the logo's address (the logo itself is the portal's to keep); none without a logo.</summary>
    public string? LogoHash { get; set; }

    /// <summary>
    /// Comma-separated names of the features this office switched off. Features are on unless named
    /// here, so a feature a new release brings is on for every office until one switches it off.
    /// </summary>
    public string SwitchedOffFeatures { get; set; } = "";

    /// <summary>Rises with every change of the branding or features: the style sheet's address carries it, and an edit made on an older one is refused.</summary>
    public int Version { get; set; }

    /// <summary>The version of the tenant's data key that seals special-category fields now; older versions still open what they sealed.</summary>
    public int DataKeyVersion { get; set; } = 1;

    public DateTime CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    public const string DefaultBrandColour = "#1d4f91";

    public const string DefaultDisplayName = "Pathway";

    // The list as a set, made once per value of the list: the feature gate and the layouts ask on every request.
    private ParsedFeatures? parsed;

    /// <summary>The name the portal shows: the office's short name, or <see cref="DefaultDisplayName"/>.</summary>
    public string ShownName => string.IsNullOrWhiteSpace(DisplayName) ? DefaultDisplayName : DisplayName;

    public IReadOnlySet<string> SwitchedOff
    {
        get
        {
            var current = parsed;
            if (current is null || !ReferenceEquals(current.Source, SwitchedOffFeatures))
            {
                current = parsed = new ParsedFeatures(
                    SwitchedOffFeatures, SwitchedOffFeatures.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));
            }

            return current.Set;
        }
    }

    public bool IsOn(string feature) => !SwitchedOff.Contains(feature);

    private sealed record ParsedFeatures(string Source, IReadOnlySet<string> Set);
}
