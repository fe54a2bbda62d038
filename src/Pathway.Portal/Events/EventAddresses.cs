using Microsoft.AspNetCore.Http;
using Pathway.Platform.Localization;

namespace Pathway.Portal.Events;

/// <summary>The absolute addresses an event's page is known by, in a feed and in its schema.org data.</summary>
internal static class EventAddresses
{
    /// <summary>
    /// The site's root: scheme, host and path base without the language prefix the request came
    /// with (/uk/events.ics has the path base /uk), since every address names its own language.
    /// </summary>
    public static string Site(HttpRequest request)
    {
        var pathBase = request.PathBase.Value ?? "";
        var slash = pathBase.LastIndexOf('/');
        if (slash >= 0 && SupportedCultures.ByCode(pathBase[(slash + 1)..]) is not null)
        {
            pathBase = pathBase[..slash];
        }

        return $"{request.Scheme}://{request.Host}{pathBase}";
    }
}
