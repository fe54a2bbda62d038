using Microsoft.AspNetCore.Identity;

namespace Pathway.Platform.Identity;

public sealed class PathwayRole : IdentityRole<Guid>
{
    public PathwayRole() { }

    public PathwayRole(string name) : base(name) => NormalizedName = name.ToUpperInvariant();
}
