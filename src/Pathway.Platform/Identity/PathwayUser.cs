using Microsoft.AspNetCore.Identity;

namespace Pathway.Platform.Identity;

/// <summary>A person who signs in: staff of an organisation, or a migrant using the portal.</summary>
public sealed class PathwayUser : IdentityUser<Guid>
{
    public Guid TenantId { get; set; }
    /// <summary>The organisation a staff member works for; null for migrants.</summary>
    public Guid? OrganisationId { get; set; }
    public string DisplayName { get; set; } = "";
    public string? PreferredCulture { get; set; }
    public DateTime CreatedAt { get; set; }
}
