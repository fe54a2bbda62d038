using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Pathway.Platform.Demo;

namespace Pathway.Testing;

/// <summary>A browser-like client of the platform: cookies, forms with antiforgery tokens, the sign-in flow.</summary>
public sealed class WebSession : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly PathwayFactory factory;

    public WebSession(PathwayFactory factory, CookieContainer cookies)
    {
        this.factory = factory;
        Cookies = cookies;
        Client = factory.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(cookies), new SetCookieRecorder(SetCookies));
        NoRedirect = factory.CreateDefaultClient(new CookieContainerHandler(cookies), new SetCookieRecorder(SetCookies));
    }

    public CookieContainer Cookies { get; }

    /// <summary>Every Set-Cookie header the platform sent this session, redirects included, as sent.</summary>
    public List<string> SetCookies { get; } = [];

    /// <summary>Follows redirects, as a browser does.</summary>
    public HttpClient Client { get; }

    /// <summary>Shows redirects, to see where the platform sends a user.</summary>
    public HttpClient NoRedirect { get; }

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The page a response carries, e.g. the answer to a form's post.</summary>
    public static async Task<IHtmlDocument> PageOfAsync(HttpResponseMessage response) => Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Fills and posts the Blazor form named <paramref name="handler"/> on the page at <paramref name="url"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string handler, IDictionary<string, string> fields)
    {
        var values = HiddenFields(await GetPageAsync(url), handler);
        values.AddRange(fields);
        return await Client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>The hidden fields (antiforgery token, handler, one-time token) of the Blazor form named <paramref name="handler"/>, as the page holds them.</summary>
    public static List<KeyValuePair<string, string>> HiddenFields(IDocument page, string handler)
    {
        var form = page.QuerySelectorAll("form").OfType<IHtmlFormElement>().FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{handler}']") is not null)
            ?? throw new InvalidOperationException($"No form '{handler}' on the page '{page.Title}'.");
        return form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
    }

    /// <summary>Signs in with the demo password; enrols or answers two-factor for staff as a person with an authenticator app would.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password = DemoAccounts.Password, string prefix = "")
    {
        var response = await PostFormAsync($"{prefix}/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        if (path.EndsWith("/account/enrol-2fa", StringComparison.Ordinal))
        {
            var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
            var key = page.QuerySelector("#shared-key")?.TextContent ?? throw new InvalidOperationException("No authenticator key on the enrolment page.");
            factory.AuthenticatorKeys[email] = key.Replace(" ", "", StringComparison.Ordinal);
            response.Dispose();
            response = await PostFormAsync($"{prefix}/account/enrol-2fa", "enrol-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
        }
        else if (path.EndsWith("/account/login-2fa", StringComparison.Ordinal))
        {
            response.Dispose();
            response = await PostFormAsync($"{prefix}/account/login-2fa", "login-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(factory.AuthenticatorKeys[email]) });
        }

        return response;
    }

    public void Dispose()
    {
        Client.Dispose();
        NoRedirect.Dispose();
    }

    private sealed class SetCookieRecorder(List<string> seen) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                lock (seen)
                {
                    seen.AddRange(values);
                }
            }

            return response;
        }
    }
}
