using System.Text;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Calendars;
using Pathway.Platform.Localization;
using Pathway.Portal.Content;
using Pathway.Portal.Events;

namespace Pathway.Portal.Tests;

public sealed class EventsTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    [Theory]
    [InlineData("2027-01-11T17:00", "2027-01-11T16:00:00Z", "2027-01-11T17:00:00+01:00")] // winter: UTC+1
    [InlineData("2027-07-11T17:00", "2027-07-11T15:00:00Z", "2027-07-11T17:00:00+02:00")] // summer: UTC+2
    [InlineData("2027-07-11T17:00+02:00", "2027-07-11T15:00:00Z", "2027-07-11T17:00:00+02:00")]
    [InlineData("2027-07-11T15:00Z", "2027-07-11T15:00:00Z", "2027-07-11T17:00:00+02:00")]
    public void ATime_IsTheOfficesLocalTime_UnlessItCarriesAnOffset(string given, string utc, string local)
    {
        var errors = new FieldErrors(new EchoLocalizer());

        var input = EventRequests.Check(Request(given, "2027-12-31T18:00"), Warsaw, errors)!;

        errors.Any.ShouldBeFalse();
        input.StartsAt.ShouldBe(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
        EventSchema.Local(input.StartsAt, Warsaw).ShouldBe(local);
    }

    [Fact]
    public void ATimeTheClockSkips_WhenSummerTimeBegins_IsRefused()
    {
        var errors = new FieldErrors(new EchoLocalizer());

        EventRequests.Check(Request("2027-03-28T02:30", "2027-03-28T05:00"), Warsaw, errors).ShouldBeNull();

        errors.ToDictionary().Keys.ShouldBe(["startsAt"]);
    }

    [Fact]
    public void TheFeed_FoldsLongUkrainianTitles_WithoutSplittingALetter_AndEndsEveryLineInCrlf()
    {
        var content = new PublishedContent(Guid.CreateVersion7(), ContentKind.Event, "long", "uk", "uk",
            string.Join(" ", Enumerable.Repeat("Майстер-клас для іноземців", 6)), null, DateTime.UtcNow, "editor", false);
        var details = new EventDetails { StartsAt = new DateTime(2027, 1, 11, 16, 0, 0, DateTimeKind.Utc), EndsAt = new DateTime(2027, 1, 11, 18, 0, 0, DateTimeKind.Utc), PlaceName = "Sala", Languages = "uk", Capacity = 5 };

        var feed = EventCalendar.Write([new PublishedEvent(content, details, 0, 0)], _ => new Uri("https://portal.example/uk/portal/events/long"), new DateTime(2027, 1, 1, 9, 30, 15, DateTimeKind.Utc));

        feed.ShouldEndWith("END:VCALENDAR\r\n");
        foreach (var line in feed.Split("\r\n"))
        {
            Encoding.UTF8.GetByteCount(line).ShouldBeLessThanOrEqualTo(CalendarText.MaxOctets);
            line.ShouldNotContain('\uFFFD');
        }

        var lines = CalendarText.Unfold(feed).ToList();
        lines.ShouldContain("SUMMARY:" + content.Title);
        lines.ShouldContain("DTSTART:20270111T160000Z");
        lines.ShouldContain("DTSTAMP:20270101T093015Z");
        lines.ShouldContain("UID:" + EventCalendar.Uid(content.Id));
    }

    [Fact]
    public void TheSchemaOrgData_CannotCloseItsScriptElement()
    {
        var content = new PublishedContent(Guid.CreateVersion7(), ContentKind.Event, "x", "pl", "pl", "</script><script>alert(1)</script>", null, DateTime.UtcNow, "e", false);
        var details = new EventDetails { StartsAt = DateTime.UtcNow, EndsAt = DateTime.UtcNow.AddHours(1), OnlineUrl = "https://meet.example.org/a", Languages = "pl", Capacity = 3 };

        var json = EventSchema.Json(new PublishedEvent(content, details, 1, 0), new Uri("https://portal.example/pl/portal/events/x"), Warsaw);

        json.ShouldNotContain("</script>");
        json.ShouldContain("\"eventAttendanceMode\":\"https://schema.org/OnlineEventAttendanceMode\"");
        json.ShouldContain("\"remainingAttendeeCapacity\":2");
    }

    private static EventDetailsRequest Request(string starts, string ends) =>
        new(1, starts, ends, "Sala 101", "ul. Marszałkowska 3/5", null, null, null, ["uk", "pl"], 20);

    /// <summary>Gives the English key back: the tests read which fields were refused, not the words.</summary>
    private sealed class EchoLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
