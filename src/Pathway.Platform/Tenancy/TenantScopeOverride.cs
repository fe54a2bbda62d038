namespace Pathway.Platform.Tenancy;

/// <summary>
/// Narrows the data scope of work done outside a request (the command line, a scheduled job) from the
/// system's, which sees every office, to one office's: set it in a fresh service scope before
/// anything there reads the scope, and what runs in it counts that office's records only.
/// </summary>
public sealed class TenantScopeOverride
{
    public TenantScope? Scope { get; set; }

    /// <summary>Everything one office holds, all its organisations: the office's own view, as its reports count it.</summary>
    public static TenantScope OfficeWide(Guid tenant) => new(tenant, AllOrganisations: true, []);
}
