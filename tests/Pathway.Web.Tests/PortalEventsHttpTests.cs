using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// The portal's events on SQLite and PostgreSQL: the iCalendar feed as RFC 5545 writes it, schema.org
/// data on each page, an editor's details checked field by field, and sign-up with a waiting list that
/// holds when people sign up at once.
/// </summary>
public abstract class PortalEventsHttpTests
{
    private const string Workshop = "workshop-residence-application";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheFeed_IsRfc5545_WithCrlfLinesFoldedAt75Octets_AndOneLanguageKeepsItsEvents()
    {
        var factory = await FactoryAsync();
        using var reader = factory.Session();

        using var all = await reader.Client.GetAsync("/events.ics", Cancel);
        using var ukrainian = await reader.Client.GetAsync("/uk/events.ics?lang=uk", Cancel);
        using var german = await reader.Client.GetAsync("/events.ics?lang=de", Cancel);
        using var unknown = await reader.Client.GetAsync("/events.ics?lang=xx", Cancel);
        var text = await ukrainian.Content.ReadAsStringAsync(Cancel);
        var bytes = await ukrainian.Content.ReadAsByteArrayAsync(Cancel);

        all.StatusCode.ShouldBe(HttpStatusCode.OK);
        ukrainian.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        text.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain('\n', "every line ends in CRLF");
        text.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain('\r');
        foreach (var line in SplitCrlf(bytes))
        {
            line.Length.ShouldBeLessThanOrEqualTo(75, Encoding.UTF8.GetString(line));
        }

        var calendar = Ical.Net.Calendar.Load(text)!;
        calendar.Method.ShouldBe("PUBLISH");
        var workshop = calendar.Events.Single(e => e.Url!.AbsolutePath.EndsWith("/uk/portal/events/" + Workshop, StringComparison.Ordinal));
        workshop.Summary.ShouldBe("Майстер-клас: заява на тимчасове проживання крок за кроком");
        workshop.Url!.AbsolutePath.ShouldBe("/uk/portal/events/" + Workshop, "the language prefix of the request is not doubled");
        workshop.Uid.ShouldEndWith("@events.pathway");
        workshop.DtStamp.ShouldNotBeNull();
        workshop.DtStart!.IsUtc.ShouldBeTrue();
        (workshop.GeographicLocation!.Latitude, workshop.GeographicLocation.Longitude).ShouldBe((52.2192, 21.0169));
        var unfolded = string.Join("\n", Pathway.Platform.Calendars.CalendarText.Unfold(text));
        foreach (var property in new[] { "UID:", "DTSTAMP:", "DTSTART:", "SUMMARY:" })
        {
            unfolded.ShouldContain("\n" + property);
        }

        (await german.Content.ReadAsStringAsync(Cancel)).ShouldNotContain("BEGIN:VEVENT", Case.Sensitive, "no event is held in German");
        (await ErrorsAsync(unknown)).Keys.ShouldBe(["lang"]);
    }

    [Fact]
    public async Task AnEventsPage_CarriesSchemaOrgEventData_InTheReadersLanguage()
    {
        var factory = await FactoryAsync();
        var page = await factory.Session().GetPageAsync("/uk/portal/events/" + Workshop);
        var list = await factory.Session().GetPageAsync("/ar/portal/events");

        var data = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        data.GetProperty("@type").GetString().ShouldBe("Event");
        new Uri(data.GetProperty("url").GetString()!).AbsolutePath.ShouldBe("/uk/portal/events/" + Workshop);
        data.GetProperty("name").GetString().ShouldBe("Майстер-клас: заява на тимчасове проживання крок за кроком");
        data.GetProperty("startDate").GetString()!.ShouldMatch(@"^\d{4}-\d{2}-\d{2}T17:00:00\+0[12]:00$");
        data.GetProperty("location").GetProperty("geo").GetProperty("latitude").GetDouble().ShouldBe(52.2192);
        data.GetProperty("inLanguage").EnumerateArray().Select(l => l.GetString()).ShouldBe(["uk", "pl"]);
        data.GetProperty("maximumAttendeeCapacity").GetInt32().ShouldBe(20);
        page.QuerySelector("#signup a")!.GetAttribute("href")!.ShouldStartWith("account/login");
        list.QuerySelector($"#events a[href='portal/events/{Workshop}']").ShouldNotBeNull();
        list.DocumentElement.GetAttribute("dir").ShouldBe("rtl");
    }

    [Fact]
    public async Task AnEditorGivesTheDetails_PeopleSignUp_AndAFreedPlaceGoesToTheFirstWhoWaits()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        editor.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        using var first = await factory.SignInAsync(Roles.Migrant);
        using var second = await factory.SignInAsync(Roles.NgoWorker);
        using var third = await factory.SignInAsync(Roles.HelplineOperator);
        var slug = "course-polish-a1-" + Guid.NewGuid().ToString("N")[..8];
        var item = await JsonAsync(await editor.Client.PostAsJsonAsync("/api/v1/portal/content/",
            new { kind = "Event", slug, sourceLanguage = "pl", title = "Kurs polskiego A1", body = "Dwa razy w tygodniu." }, Cancel), HttpStatusCode.Created);

        using var bad = await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(item)}/event",
            new { version = Version(item), startsAt = "2026-13-01T17:00", endsAt = "wczoraj", placeName = "", languages = new[] { "xx" }, capacity = 0, latitude = 95.0 }, Cancel);
        var errors = await ErrorsAsync(bad);
        item = await JsonAsync(await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(item)}/event",
            new { version = Version(item), startsAt = "2027-01-11T17:00", endsAt = "2027-01-11T19:00", placeName = "Centrum Wielokulturowe", address = "ul. Jagiellońska 54, Warszawa", languages = new[] { "pl", "uk" }, capacity = 1 }, Cancel));
        item = await JsonAsync(await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/pl/publish", new { version = Version(item) }, Cancel));

        var a = await JsonAsync(await first.Client.PostAsync($"/api/v1/portal/events/{slug}/signup", null, Cancel));
        var b = await JsonAsync(await second.Client.PostAsync($"/api/v1/portal/events/{slug}/signup", null, Cancel));
        var c = await JsonAsync(await third.Client.PostAsync($"/api/v1/portal/events/{slug}/signup", null, Cancel));
        var again = await JsonAsync(await first.Client.PostAsync($"/api/v1/portal/events/{slug}/signup", null, Cancel));
        var cancelled = await JsonAsync(await first.Client.DeleteAsync($"/api/v1/portal/events/{slug}/signup", Cancel));
        var bAfter = await JsonAsync(await second.Client.PostAsync($"/api/v1/portal/events/{slug}/signup", null, Cancel));
        var cAfter = await JsonAsync(await third.Client.PostAsync($"/api/v1/portal/events/{slug}/signup", null, Cancel));
        var signups = await editor.Client.GetFromJsonAsync<JsonElement>($"/api/v1/portal/content/{Id(item)}/signups", Cancel);
        var events = await factory.Session().Client.GetFromJsonAsync<JsonElement>("/api/v1/portal/events?lang=uk&heldIn=uk", Cancel);
        using var anonymous = await factory.Session().Client.PostAsync($"/api/v1/portal/events/{slug}/signup", null, Cancel);
        var thirdsEvents = await third.Client.GetFromJsonAsync<JsonElement>("/api/v1/portal/events/mine?lang=uk", Cancel);
        var firstsEvents = await first.Client.GetFromJsonAsync<JsonElement>("/api/v1/portal/events/mine?lang=uk", Cancel);
        var thirdsPage = await third.GetPageAsync("/uk/my/events");
        using var anonymousList = await factory.Session().Client.GetAsync("/api/v1/portal/events/mine", Cancel);

        var waiting = thirdsEvents.EnumerateArray().Single(e => e.GetProperty("event").GetProperty("slug").GetString() == slug);
        (waiting.GetProperty("status").GetString(), waiting.GetProperty("waitingPosition").GetInt32(), waiting.GetProperty("isOver").GetBoolean()).ShouldBe(("Waiting", 1, false));
        firstsEvents.EnumerateArray().ShouldNotContain(e => e.GetProperty("event").GetProperty("slug").GetString() == slug, "a place given up is not listed");
        thirdsPage.QuerySelectorAll("#my-events li").Single(l => l.QuerySelector("a")!.GetAttribute("href") == $"portal/events/{slug}")
            .QuerySelector(".status")!.TextContent.ShouldBe("у списку очікування: номер 1");
        anonymousList.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["capacity", "endsAt", "languages", "latitude", "placeName", "startsAt"]);
        errors["startsAt"].ShouldBe(["Podaj datę i godzinę, na przykład 2026-12-15T17:00."]);
        (Status(a), Status(b), Status(c)).ShouldBe(("Confirmed", "Waiting", "Waiting"));
        c.GetProperty("waitingPosition").GetInt32().ShouldBe(2);
        Status(again).ShouldBe("Confirmed", "signing up twice changes nothing");
        Status(cancelled).ShouldBe("Cancelled");
        Status(bAfter).ShouldBe("Confirmed", "the first who waited took the freed place");
        (Status(cAfter), cAfter.GetProperty("waitingPosition").GetInt32()).ShouldBe(("Waiting", 1));
        signups.EnumerateArray().Select(s => s.GetProperty("status").GetString()).Order(StringComparer.Ordinal).ShouldBe(["Cancelled", "Confirmed", "Waiting"]);
        var listed = events.EnumerateArray().Single(e => e.GetProperty("slug").GetString() == slug);
        (listed.GetProperty("placesLeft").GetInt32(), listed.GetProperty("waiting").GetInt32(), listed.GetProperty("isFallback").GetBoolean()).ShouldBe((0, 1, true));
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PeopleSigningUpAtOnce_NeverTakeMorePlacesThanThereAre()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        var slug = "crowded-" + Guid.NewGuid().ToString("N")[..8];
        var item = await JsonAsync(await editor.Client.PostAsJsonAsync("/api/v1/portal/content/",
            new { kind = "Event", slug, sourceLanguage = "pl", title = "Dzień otwarty", body = "Zapraszamy." }, Cancel), HttpStatusCode.Created);
        item = await JsonAsync(await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(item)}/event",
            new { version = Version(item), startsAt = "2027-02-01T10:00", endsAt = "2027-02-01T12:00", onlineUrl = "https://meet.example.org/open-day", languages = new[] { "pl" }, capacity = 2 }, Cancel));
        await JsonAsync(await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/pl/publish", new { version = Version(item) }, Cancel));
        var sessions = new List<WebSession>();
        foreach (var role in new[] { Roles.Migrant, Roles.NgoWorker, Roles.HelplineOperator, Roles.CaseOfficer, Roles.Analyst })
        {
            sessions.Add(await factory.SignInAsync(role));
        }

        var answers = await Task.WhenAll(sessions.Select(async s => await JsonAsync(await s.Client.PostAsync($"/api/v1/portal/events/{slug}/signup", null, Cancel))));

        answers.Count(a => Status(a) == "Confirmed").ShouldBe(2);
        answers.Where(a => Status(a) == "Waiting").Select(a => a.GetProperty("waitingPosition").GetInt32()).Order().ShouldBe([1, 2, 3]);
        foreach (var session in sessions)
        {
            session.Dispose();
        }
    }

    private static IEnumerable<byte[]> SplitCrlf(byte[] bytes)
    {
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                yield return bytes[start..i];
                start = i + 2;
            }
        }
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using (response)
        {
            response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync(Cancel));
            return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        }
    }

    private static string Id(JsonElement item) => item.GetProperty("id").GetString()!;

    private static int Version(JsonElement item) => item.GetProperty("version").GetInt32();

    private static string Status(JsonElement signup) => signup.GetProperty("status").GetString()!;
}

public sealed class SqlitePortalEventsHttpTests(SqliteFactoryFixture fixture) : PortalEventsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalEventsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalEventsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
