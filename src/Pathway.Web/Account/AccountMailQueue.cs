using System.Threading.Channels;
using Pathway.Platform.Localization;
using Pathway.Web.Hosting;

namespace Pathway.Web.Account;

/// <summary>
/// Takes a page's request for an account e-mail and hands it to <see cref="AccountMailer"/>.
/// The page does the same (nothing) for every address: whether an account exists is looked up
/// after the answer, so neither the answer nor its timing tells a stranger.
/// </summary>
internal sealed class AccountMailQueue(AccountMailOptions options, ILogger<AccountMailQueue> logger)
{
    private readonly Channel<AccountMailRequest> channel = Channel.CreateBounded<AccountMailRequest>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<AccountMailRequest> Reader => channel.Reader;

    public void Enqueue(AccountMailKind kind, string email, HttpContext http, MigrantRegistration? registration = null)
    {
        var language = SupportedCultures.Current;
        var site = options.PublicUrl ?? $"{http.Request.Scheme}://{http.Request.Host}{SitePathBase(http)}";
        var request = new AccountMailRequest(kind, email, language.Code, $"{site}/{language.Code}", http.Connection.RemoteIpAddress?.ToString(), registration);
        if (!channel.Writer.TryWrite(request))
        {
            logger.LogWarning("Account e-mail queue is full; a {Kind} e-mail was not sent", kind);
        }
    }

    /// <summary>The path base without the language prefix, which the link gets anew in the requester's language.</summary>
    private static string SitePathBase(HttpContext http)
    {
        var pathBase = http.Request.PathBase.Value ?? "";
        return http.Items[typeof(CulturePathMiddleware)] is SupportedCultures.UiLanguage language && pathBase.EndsWith("/" + language.Code, StringComparison.Ordinal)
            ? pathBase[..^(language.Code.Length + 1)]
            : pathBase;
    }
}
