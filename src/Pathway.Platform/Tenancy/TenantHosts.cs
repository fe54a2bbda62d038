namespace Pathway.Platform.Tenancy;

/// <summary>
/// Which office a host name serves (section <c>Tenancy</c>, <c>Hosts</c>: host name to the office's
/// slug), so that one installation runs several offices' portals, each at its own address with its
/// own name, colours, features and content. It decides for visitors who are not signed in; a
/// signed-in person is always served in their own office, whatever the address (a sign-in cookie
/// belongs to the host that set it anyway), so no address opens another office's records. A host
/// not named, or naming no office, is served by the first office, as with one office.
/// </summary>
public sealed class TenantHosts
{
    public const string Section = "Tenancy";

    public Dictionary<string, string> Hosts { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The office <paramref name="host"/> (without its port) names, if any.</summary>
    public Guid? TenantOf(string host, OrganisationDirectory.Snapshot directory) =>
        host.Length > 0 && Hosts.TryGetValue(host, out var slug) && directory.Tenants.FirstOrDefault(t => string.Equals(t.Slug, slug, StringComparison.Ordinal)) is { } tenant
            ? tenant.Id
            : null;
}
