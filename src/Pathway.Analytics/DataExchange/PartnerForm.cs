using System.Globalization;

namespace Pathway.Analytics.DataExchange;

/// <summary>The partner form's fields as posted: text, read into a <see cref="PartnerRequest"/> field by field.</summary>
public sealed class PartnerForm
{
    public string? Name { get; set; }

    public string? ContactEmail { get; set; }

    public List<string>? Datasets { get; set; }

    public string? RateLimitPerMinute { get; set; }

    public static PartnerForm Of(PartnerView partner) => new()
    {
        Name = partner.Name,
        ContactEmail = partner.ContactEmail,
        Datasets = [.. partner.Datasets],
        RateLimitPerMinute = partner.RateLimitPerMinute.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A number that cannot be read is sent on as 0, which the check refuses in the reader's words.</summary>
    public PartnerRequest Request() => new(
        Name, ContactEmail, Datasets ?? [],
        string.IsNullOrWhiteSpace(RateLimitPerMinute) ? null
            : int.TryParse(RateLimitPerMinute.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var rate) ? rate : 0);
}
