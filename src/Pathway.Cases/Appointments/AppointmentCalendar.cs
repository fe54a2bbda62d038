using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Pathway.Platform.Calendars;

namespace Pathway.Cases.Appointments;

/// <summary>The texts of the migrant's calendar entry, already in their language.</summary>
public sealed record AppointmentTexts(string Summary, string Location, string? Description = null);

/// <summary>
/// The <c>.ics</c> file of one booking (RFC 5545, with the iTIP method of RFC 5546): a request
/// while it stands, a cancellation once cancelled, always with the booking's UID and SEQUENCE so
/// the migrant's calendar replaces the entry it already holds instead of adding a second one.
/// </summary>
internal static class AppointmentCalendar
{
    public const string ProductId = "-//Pathway//Appointments 1.0//EN";
    public const string MediaType = "text/calendar; charset=utf-8";

    public static string Write(Booking booking, Slot slot, AppointmentTexts texts, DateTime stampedAt)
    {
        var cancelled = booking.Status == BookingStatus.Cancelled;
        var calendar = new Calendar
        {
            ProductId = ProductId,
            Version = "2.0",
            Method = cancelled ? "CANCEL" : "REQUEST",
        };
        var appointment = new CalendarEvent
        {
            Uid = booking.Uid,
            DtStamp = Utc(stampedAt),
            DtStart = Utc(slot.StartsAt),
            DtEnd = Utc(slot.EndsAt),
            Summary = texts.Summary,
            Location = texts.Location,
            Sequence = booking.Sequence,
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Transparency = TransparencyType.Opaque,
        };
        if (!string.IsNullOrWhiteSpace(texts.Description))
        {
            appointment.Description = texts.Description;
        }

        calendar.Events.Add(appointment);
        var serialized = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return CalendarText.Fold(serialized);
    }

    // Whole seconds in UTC, written with Z (RFC 5545 §3.3.5 form #2): no time zone definition needed.
    private static CalDateTime Utc(DateTime moment)
    {
        var utc = DateTime.SpecifyKind(moment, DateTimeKind.Utc);
        return new CalDateTime(new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, DateTimeKind.Utc));
    }
}
