using Microsoft.AspNetCore.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Web.Hosting;

/// <summary>
/// A language prefix (/ar/staff/persons) selects the language and becomes part of the path base,
/// so every relative link on the page keeps it. The choice is remembered in the culture cookie.
/// </summary>
internal sealed class CulturePathMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var segmentEnd = path.IndexOf('/', 1);
        var first = segmentEnd < 0 ? path.TrimStart('/') : path[1..segmentEnd];
        var language = SupportedCultures.ByCode(first);
        if (language is null)
        {
            return next(context);
        }

        context.Request.PathBase = context.Request.PathBase.Add("/" + language.Code);
        context.Request.Path = segmentEnd < 0 ? "/" : path[segmentEnd..];
        context.Items[typeof(CulturePathMiddleware)] = language;
        var cookie = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language.CultureName));
        if (context.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] != cookie)
        {
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, cookie,
                new CookieOptions { Path = "/", IsEssential = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
        }

        return next(context);
    }

    /// <summary>Reads the language the path named, for the localization middleware.</summary>
    internal sealed class Provider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            Task.FromResult(httpContext.Items[typeof(CulturePathMiddleware)] is SupportedCultures.UiLanguage language
                ? new ProviderCultureResult(language.CultureName)
                : null);
    }
}
