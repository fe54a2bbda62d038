using System.Globalization;
using System.Text.Json;

namespace Pathway.Portal.Events;

/// <summary>
/// schema.org Event data for an event's page (JSON-LD), so that search engines and calendar apps
/// read its date, place, language and places. Serialized with the default encoder, which escapes
/// &lt; and &gt;: no text of an event can close the script element it is written in.
/// </summary>
public static class EventSchema
{
    public static string Json(PublishedEvent item, Uri page, TimeZoneInfo zone)
    {
        var details = item.Details;
        var online = details.OnlineUrl is not null;
        var inPlace = details.PlaceName.Length > 0;
        var locations = new List<object>();
        if (inPlace)
        {
            var place = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@type"] = "Place", ["name"] = details.PlaceName };
            if (details.Address.Length > 0)
            {
                place["address"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@type"] = "PostalAddress", ["streetAddress"] = details.Address };
            }

            if (details is { Latitude: { } latitude, Longitude: { } longitude })
            {
                place["geo"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@type"] = "GeoCoordinates", ["latitude"] = latitude, ["longitude"] = longitude };
            }

            locations.Add(place);
        }

        if (online)
        {
            locations.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { ["@type"] = "VirtualLocation", ["url"] = details.OnlineUrl });
        }

        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["@id"] = page.ToString(),
            ["name"] = item.Content.Title,
            ["url"] = page.ToString(),
            ["startDate"] = Local(details.StartsAt, zone),
            ["endDate"] = Local(details.EndsAt, zone),
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = online && inPlace ? "https://schema.org/MixedEventAttendanceMode"
                : online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
            ["location"] = locations.Count == 1 ? locations[0] : locations,
            ["inLanguage"] = details.LanguageCodes.Count == 1 ? details.LanguageCodes[0] : details.LanguageCodes,
            ["maximumAttendeeCapacity"] = details.Capacity,
            ["remainingAttendeeCapacity"] = item.PlacesLeft,
        };
        return JsonSerializer.Serialize(data);
    }

    /// <summary>ISO 8601 in the office's local time with its offset, as schema.org recommends.</summary>
    public static string Local(DateTime utc, TimeZoneInfo zone)
    {
        var moment = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new DateTimeOffset(moment).ToOffset(zone.GetUtcOffset(moment)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
