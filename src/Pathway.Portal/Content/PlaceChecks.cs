namespace Pathway.Portal.Content;

/// <summary>
/// The checks an event's and a procedure step's place share: an online address is a web address,
/// and coordinates come as a pair in their ranges (or not at all). One rule, so the two never drift.
/// </summary>
public static class PlaceChecks
{
    public const string OnlineUrlMessage = "The online address is a web address starting with https://.";
    public const string CoordinatesMessage = "Give both coordinates in degrees (latitude −90 to 90, longitude −180 to 180), or neither.";

    /// <summary>The trimmed online address, or null when none was given.</summary>
    public static string? OnlineUrl(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Whether a given (trimmed) online address is an http or https address of at most the stored length.</summary>
    public static bool IsWebAddress(string online) =>
        online.Length <= Events.EventDetails.MaxUrlLength && Uri.TryCreate(online, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    /// <summary>Both coordinates in degrees within their ranges, or neither.</summary>
    public static bool AreCoordinates(double? latitude, double? longitude) =>
        (latitude is null) == (longitude is null) && latitude is not (< -90 or > 90 or double.NaN) && longitude is not (< -180 or > 180 or double.NaN);

    /// <summary>The OpenStreetMap page centred on a place: an open map, no key, no tracking script on our page.</summary>
    public static string MapLink(double latitude, double longitude) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"https://www.openstreetmap.org/?mlat={latitude}&mlon={longitude}#map=17/{latitude}/{longitude}");

    /// <summary>A coordinate typed into a form (invariant digits), or null when none was; a wrong one is named under <paramref name="field"/>.</summary>
    public static double? Coordinate(string? text, string field, Platform.Localization.FieldErrors found)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        found.Add(field, CoordinatesMessage);
        return null;
    }
}
