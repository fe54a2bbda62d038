using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Pathway.Platform.ApiKeys;
using Pathway.Platform.Tenancy;

namespace Pathway.Platform.Caching;

/// <summary>
/// Anonymous public pages (the portal's guides and events) are rendered once per address, language
/// and tenant and then served from memory, until what they show changes. Anyone signed in, and any
/// request with an API key, is rendered afresh: a cached page never carries anyone's data.
/// </summary>
public static class PublicPages
{
    public const string Policy = "public-page";

    /// <summary>The tag of every cached page that shows portal content: evicted when content changes.</summary>
    public const string PortalTag = "portal";

    /// <summary>The longest a page is kept without a change evicting it sooner.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
}

/// <summary>The output-cache policy of <see cref="PublicPages"/>.</summary>
public sealed class PublicPagePolicy : IOutputCachePolicy
{
    // The culture cookie the language prefix sets is the same for every reader of that address: a
    // page may be kept with it. Any other cookie (a session, an antiforgery token) keeps it out.
    private const string CultureCookie = ".AspNetCore.Culture=";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var anonymous = http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization)
            && !http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName);
        var reading = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = anonymous && reading;
        context.AllowCacheStorage = anonymous && reading;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = PublicPages.Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["tenant"] =
            http.RequestServices.GetService<ITenantScopeAccessor>()?.Current.TenantId.ToString() ?? "";
        context.Tags.Add(PublicPages.PortalTag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Any(c => c is not null && !c.StartsWith(CultureCookie, StringComparison.Ordinal))
            || response.Headers.CacheControl.Any(c => c is not null && (c.Contains("no-store", StringComparison.OrdinalIgnoreCase) || c.Contains("private", StringComparison.OrdinalIgnoreCase))))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>Evicts cached public pages when what they show changes; a no-op where nothing caches (the CLI).</summary>
public sealed class PublicPageCache(IServiceProvider services)
{
    public ValueTask EvictAsync(string tag, CancellationToken cancellationToken = default) =>
        services.GetService<IOutputCacheStore>() is { } store ? store.EvictByTagAsync(tag, cancellationToken) : ValueTask.CompletedTask;
}
