using System.Globalization;
using Pathway.Platform;

namespace Pathway.Web.Account;

/// <summary>
/// <c>RateLimits:AccountMailsPerAddressPerHour</c>: at most this many account e-mails (confirmation,
/// password reset, "someone tried to register") go to one account per hour, whoever asks.
/// <c>Email:PublicUrl</c>: the site's address for links in e-mails; without it the address the
/// request came to is used, so behind a proxy it must be set (or AllowedHosts narrowed), or a
/// forged Host header could put a foreign address into a reset link.
/// </summary>
internal sealed record AccountMailOptions(int PerAddressPerHour, string? PublicUrl)
{
    public static AccountMailOptions From(IConfiguration configuration)
    {
        const string LimitKey = "RateLimits:AccountMailsPerAddressPerHour";
        const string UrlKey = "Email:PublicUrl";
        var limitText = configuration[LimitKey];
        var limit = 5;
        if (!string.IsNullOrWhiteSpace(limitText) && (!int.TryParse(limitText, CultureInfo.InvariantCulture, out limit) || limit <= 0))
        {
            throw new InvalidConfigurationException(LimitKey, $"'{limitText}' is not a whole number above zero.");
        }

        var urlText = configuration[UrlKey];
        if (string.IsNullOrWhiteSpace(urlText))
        {
            return new AccountMailOptions(limit, null);
        }

        return Uri.TryCreate(urlText, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && url.Query.Length == 0
            ? new AccountMailOptions(limit, url.GetLeftPart(UriPartial.Path).TrimEnd('/'))
            : throw new InvalidConfigurationException(UrlKey, $"'{urlText}' is not an http or https address such as https://pathway.example.org.");
    }
}
