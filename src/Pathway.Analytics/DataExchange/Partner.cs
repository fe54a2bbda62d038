using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.DataExchange;

/// <summary>
/// An institution that reads the office's aggregated datasets over the partner API (a ministry, a
/// statistical office, a research institute): its name and contact, the datasets granted, the calls a
/// minute it may make, and whether it is suspended. Its API keys are the platform's, linked by
/// <see cref="PartnerKey"/>, with the datasets granted as their scopes. Owned by the organisation of
/// the administrator who recorded it; the contact is personal data.
/// </summary>
public sealed class Partner : ITenantOwned
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxRateLimit = 10_000;

    private Partner() { }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; } = "";
    public string ContactEmail { get; private set; } = "";

    /// <summary>The ids of the datasets granted, space-separated in the catalogue's order.</summary>
    public string Datasets { get; private set; } = "";
    public int RateLimitPerMinute { get; private set; }
    public DateTime? SuspendedAt { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }

    public IReadOnlyList<string> DatasetList => Datasets.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool Suspended => SuspendedAt is not null;

    public static Partner Record(Guid tenantId, Guid organisationId, PartnerTerms terms, DateTime now, Guid? by)
    {
        var partner = new Partner
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            OrganisationId = organisationId,
            CreatedAt = now,
            CreatedBy = by,
        };
        partner.Change(terms);
        return partner;
    }

    public void Change(PartnerTerms terms)
    {
        Name = terms.Name.Trim();
        ContactEmail = terms.ContactEmail.Trim();
        Datasets = string.Join(' ', DatasetCatalogue.All.Select(d => d.Id).Where(terms.Datasets.Contains));
        RateLimitPerMinute = terms.RateLimitPerMinute;
    }

    /// <summary>A suspended partner's keys stay, but every call is refused until it is resumed.</summary>
    public void Suspend(DateTime now) => SuspendedAt ??= now;

    public void Resume() => SuspendedAt = null;

    public bool IsGranted(string dataset) => DatasetList.Contains(dataset, StringComparer.Ordinal);
}

/// <summary>What an administrator sets of a partner, checked by <see cref="PartnerTermsCheck"/>.</summary>
public sealed record PartnerTerms(string Name, string ContactEmail, IReadOnlyCollection<string> Datasets, int RateLimitPerMinute);
