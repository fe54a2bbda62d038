using System.Net.Mail;
using Pathway.Platform.ApiKeys;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.DataExchange;

/// <summary>A partner as an administrator records or changes it (the API's body, the page's form).</summary>
public sealed record PartnerRequest(string? Name, string? ContactEmail, IReadOnlyList<string>? Datasets, int? RateLimitPerMinute);

/// <summary>A key to issue to a partner: a name to tell it apart, and how many days it is valid (90 when not said, at most 366).</summary>
public sealed record PartnerKeyRequest(string? Name, int? ValidDays);

/// <summary>A partner as the list, the page and the API show it, with its keys (never their secrets).</summary>
public sealed record PartnerView(
    Guid Id, string Name, string ContactEmail, IReadOnlyList<string> Datasets, int RateLimitPerMinute, bool Suspended, DateTime? SuspendedAt,
    DateTime CreatedAt, IReadOnlyList<ApiKeyView> Keys);

/// <summary>A key just issued to a partner: the secret is in this answer and nowhere else.</summary>
public sealed record IssuedPartnerKey(Guid PartnerId, ApiKeyView Key, string Secret);

/// <summary>Checks what an administrator sends about a partner, field by field, in the reader's language.</summary>
internal static class PartnerTermsCheck
{
    public const int DefaultRateLimit = 60;
    public const int DefaultValidDays = 90;

    public static PartnerTerms? Read(PartnerRequest request, FieldErrors errors)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add("name", "This field is required.");
        }
        else if (name.Length > Partner.MaxNameLength)
        {
            errors.Add("name", "Use at most {0} characters.", Partner.MaxNameLength);
        }

        var email = request.ContactEmail?.Trim() ?? "";
        if (email.Length == 0)
        {
            errors.Add("contactEmail", "This field is required.");
        }
        else if (email.Length > Partner.MaxEmailLength || !MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            errors.Add("contactEmail", "Write an e-mail address, e.g. {0}.", "stat@example.org");
        }

        var datasets = request.Datasets ?? [];
        foreach (var unknown in datasets.Where(d => DatasetCatalogue.Find(d) is null).Distinct(StringComparer.Ordinal))
        {
            errors.Add("datasets", "There is no dataset {0}. The datasets are: {1}.", unknown, string.Join(", ", DatasetCatalogue.All.Select(d => d.Id)));
        }

        var rate = request.RateLimitPerMinute ?? DefaultRateLimit;
        if (rate is < 1 or > Partner.MaxRateLimit)
        {
            errors.Add("rateLimitPerMinute", "Enter a number from {0} to {1}.", 1, Partner.MaxRateLimit);
        }

        return errors.Any ? null : new PartnerTerms(name, email, [.. datasets.Distinct(StringComparer.Ordinal)], rate);
    }

    public static (string Name, int ValidDays)? Read(PartnerKeyRequest request, string partnerName, FieldErrors errors)
    {
        var name = string.IsNullOrWhiteSpace(request.Name) ? partnerName : request.Name.Trim();
        if (name.Length > 200)
        {
            errors.Add("name", "Use at most {0} characters.", 200);
        }

        var days = request.ValidDays ?? DefaultValidDays;
        if (days < 1 || days > (int)ApiKeyService.MaxLifetime.TotalDays)
        {
            errors.Add("validDays", "Enter a number from {0} to {1}.", 1, (int)ApiKeyService.MaxLifetime.TotalDays);
        }

        return errors.Any ? null : (name, days);
    }
}
