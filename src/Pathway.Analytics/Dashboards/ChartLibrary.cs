using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Pathway.Analytics.Dashboards;

/// <summary>
/// Serves Apache ECharts, restored from npm by the build and embedded in this assembly
/// (Pathway.Analytics.csproj), under an address that names its version, so browsers keep it for a year.
/// </summary>
internal static class ChartLibrary
{
    /// <summary>The version package.json pins; the address changes with it.</summary>
    public const string Version = "6.1.0";

    public const string Path = "/analytics/lib/echarts-" + Version + ".min.js";

    private static readonly Lazy<byte[]> Script = new(() =>
    {
        using var stream = typeof(ChartLibrary).Assembly.GetManifestResourceStream("echarts.min.js")
            ?? throw new InvalidOperationException("echarts.min.js is not embedded: build Pathway.Analytics with npm on the path.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void MapChartLibrary(this IEndpointRouteBuilder routes) =>
        routes.MapGet(Path, (HttpContext http) =>
        {
            http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
            return Results.Bytes(Script.Value, "text/javascript; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
}
