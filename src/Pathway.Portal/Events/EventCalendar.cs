using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Pathway.Platform.Calendars;

namespace Pathway.Portal.Events;

/// <summary>
/// The portal's events as an iCalendar feed (RFC 5545, published with the iTIP method PUBLISH of RFC
/// 5546): one VEVENT per event with a UID that stays the event's, the time the feed was made as
/// DTSTAMP, start and end in UTC, the title in the reader's language as SUMMARY, the place and its
/// coordinates, and the event's page. Content lines end in CRLF and fold at 75 octets.
/// </summary>
public static class EventCalendar
{
    public const string ProductId = "-//Pathway//Portal events 1.0//EN";
    public const string MediaType = "text/calendar; charset=utf-8";

    /// <summary>The UID of an event: the item's id, which never changes, in the portal's domain.</summary>
    public static string Uid(Guid itemId) => itemId.ToString() + "@events.pathway";

    public static string Write(IEnumerable<PublishedEvent> events, Func<PublishedEvent, Uri> pageOf, DateTime stampedAt)
    {
        var calendar = new Calendar { ProductId = ProductId, Version = "2.0", Method = "PUBLISH" };
        foreach (var item in events)
        {
            var details = item.Details;
            var entry = new CalendarEvent
            {
                Uid = Uid(item.Content.Id),
                DtStamp = Utc(stampedAt),
                DtStart = Utc(details.StartsAt),
                DtEnd = Utc(details.EndsAt),
                Summary = item.Content.Title,
                Url = pageOf(item),
                Status = EventStatus.Confirmed,
                Transparency = TransparencyType.Opaque,
            };
            var location = string.Join(", ", new[] { details.PlaceName, details.Address, details.OnlineUrl }.Where(p => !string.IsNullOrWhiteSpace(p)));
            if (location.Length > 0)
            {
                entry.Location = location;
            }

            if (details is { Latitude: { } latitude, Longitude: { } longitude })
            {
                entry.GeographicLocation = new GeographicLocation(latitude, longitude);
            }

            calendar.Events.Add(entry);
        }

        return CalendarText.Fold(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    // Whole seconds in UTC, written with Z (RFC 5545 §3.3.5 form #2): no time zone definition needed.
    private static CalDateTime Utc(DateTime moment)
    {
        var utc = DateTime.SpecifyKind(moment, DateTimeKind.Utc);
        return new CalDateTime(new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, DateTimeKind.Utc));
    }
}
