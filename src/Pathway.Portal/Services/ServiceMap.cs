namespace Pathway.Portal.Services;

/// <summary>A numbered marker of the map: where it stands in the picture, and the service it marks.</summary>
public sealed record MapMarker(int Number, double X, double Y, PublishedService Service);

/// <summary>
/// Where services stand on a small map drawn on the server: longitude and latitude projected as on
/// a city map (east–west distances shrunk by the cosine of the latitude, which is exact enough
/// over a city), fitted into the picture with a margin, north up. No tiles are fetched: the page
/// stays light and works without JavaScript; each service links to OpenStreetMap for streets.
/// </summary>
public static class ServiceMap
{
    public const double Width = 640;
    public const double Height = 400;
    public const double Margin = 28;

    /// <summary>Markers for the services that have coordinates, numbered as <paramref name="numbers"/> gives them.</summary>
    public static IReadOnlyList<MapMarker> Place(IReadOnlyList<PublishedService> services, Func<PublishedService, int> numbers)
    {
        var located = services.Where(s => s.Details.Latitude is not null && s.Details.Longitude is not null).ToList();
        if (located.Count == 0)
        {
            return [];
        }

        var midLatitude = located.Average(s => s.Details.Latitude!.Value) * Math.PI / 180;
        var xs = located.Select(s => s.Details.Longitude!.Value * Math.Cos(midLatitude)).ToList();
        var ys = located.Select(s => s.Details.Latitude!.Value).ToList();
        double minX = xs.Min(), maxX = xs.Max(), minY = ys.Min(), maxY = ys.Max();
        var spanX = maxX - minX;
        var spanY = maxY - minY;
        // One scale for both axes keeps the shape of the city; a single place stands in the middle.
        var scale = Math.Min(spanX > 0 ? (Width - 2 * Margin) / spanX : double.PositiveInfinity, spanY > 0 ? (Height - 2 * Margin) / spanY : double.PositiveInfinity);
        if (double.IsPositiveInfinity(scale))
        {
            scale = 0;
        }

        var offsetX = (Width - spanX * scale) / 2;
        var offsetY = (Height - spanY * scale) / 2;
        return [.. located.Select((s, i) => new MapMarker(numbers(s), Math.Round(offsetX + (xs[i] - minX) * scale, 1), Math.Round(offsetY + (maxY - ys[i]) * scale, 1), s))];
    }
}
