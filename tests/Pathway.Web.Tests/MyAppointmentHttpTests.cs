using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Pathway.Cases.Appointments;
using Pathway.Cases.Workflow;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;
using CultureInfo = System.Globalization.CultureInfo;

namespace Pathway.Web.Tests;

/// <summary>
/// The migrant's own appointment and the booking windows that release slots fairly, over HTTP on
/// SQLite and PostgreSQL: requests while a window is open, the supervisor's "close now" draw, the
/// calendar file, and the leftovers booked first come first served.
/// </summary>
public abstract class MyAppointmentHttpTests
{
    private const string Staff = "/api/v1/cases/appointments";
    private const string Office = "waw-marszalkowska";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Mine(string caseNumber) => $"/api/v1/my/cases/{caseNumber}/appointment";

    /// <summary>The free slots of a service on the last day the demo office has slots (beyond the release horizon).</summary>
    private static async Task<(string Day, List<JsonElement> Slots)> LastDayAsync(WebSession officer, string service, int fromEnd = 0)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var all = (await officer.Client.GetFromJsonAsync<JsonElement>(
            $"{Staff}/slots?office={Office}&service={service}&from={Iso(today)}&to={Iso(today.AddDays(30))}", Cancel)).EnumerateArray().ToList();
        var days = all.Select(Day).Distinct().Order(StringComparer.Ordinal).ToList();
        var day = days[^(1 + fromEnd)];
        return (day, [.. all.Where(s => Day(s) == day)]);
    }

    private static string Day(JsonElement slot) => slot.GetProperty("localStart").GetDateTimeOffset().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Id(JsonElement element) => element.GetProperty("id").GetString()!;

    private static async Task<string> OpenWindowAsync(WebSession supervisor, string service, string day)
    {
        using var opened = await supervisor.Client.PostAsJsonAsync($"{Staff}/windows", new { office = Office, service, from = day, to = day, minutes = "60" }, Cancel);
        return Id(await JsonAsync(opened, HttpStatusCode.Created));
    }

    private static async Task<HttpResponseMessage> RequestAsync(WebSession migrant, string caseNumber, object body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Mine(caseNumber)}/requests") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await migrant.Client.SendAsync(request, Cancel);
    }

    [Fact]
    public async Task Request_DuringAWindow_IsOnePerCase_AndTheDrawBooksItOnlineWithACalendarFile()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var migrant = await factory.SignInAsync(Roles.Migrant);
        var caseNumber = await OnlineCases.CreateAsync(factory, Office);
        var (day, slots) = await LastDayAsync(supervisor, "Fingerprints");
        var windowId = await OpenWindowAsync(supervisor, "Fingerprints", day);

        var view = await migrant.Client.GetFromJsonAsync<JsonElement>(Mine(caseNumber), Cancel);
        var window = view.GetProperty("windows").EnumerateArray().Single(w => Id(w) == windowId);
        window.GetProperty("slots").EnumerateArray().Select(Id).ShouldBe(slots.Select(Id));
        view.GetProperty("leftovers").EnumerateArray().Select(Id).ShouldNotContain(Id(slots[0]));

        var body = new { windowId, slotIds = new[] { Id(slots[1]), Id(slots[0]) } };
        using var first = await RequestAsync(migrant, caseNumber, body, key: "rank-1");
        var request = await JsonAsync(first, HttpStatusCode.Created);
        using var replayed = await RequestAsync(migrant, caseNumber, body, key: "rank-1");
        replayed.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        using var again = await RequestAsync(migrant, caseNumber, new { windowId, slotIds = new[] { Id(slots[2]) } }, key: "rank-2");
        var same = await JsonAsync(again, HttpStatusCode.OK);
        using var direct = await migrant.Client.PostAsJsonAsync(Mine(caseNumber), new { slotId = Id(slots[1]) }, Cancel);
        var waiting = await migrant.Client.GetFromJsonAsync<JsonElement>(Mine(caseNumber), Cancel);

        Id(same).ShouldBe(Id(request));
        same.GetProperty("slotIds").EnumerateArray().Select(s => s.GetString()).ShouldBe([Id(slots[1]), Id(slots[0])]);
        (await factory.CountAsync<WindowRequest>(r => r.CaseNumber == caseNumber)).ShouldBe(1);
        (await ProblemDetails.TitleAsync(direct, HttpStatusCode.Conflict)).ShouldBe(ProblemDetails.Translation(
            "This slot is released through a booking window: send a request while the window is open.", "pl"));
        waiting.GetProperty("request").GetProperty("status").GetString().ShouldBe("Pending");
        waiting.GetProperty("booking").ValueKind.ShouldBe(JsonValueKind.Null);
        waiting.GetProperty("resultsAt").GetDateTime().ShouldBe(window.GetProperty("closesAt").GetDateTime());

        using var closing = await supervisor.Client.PostAsync($"{Staff}/windows/{windowId}/close", null, Cancel);
        var closed = await JsonAsync(closing, HttpStatusCode.OK);
        using var twice = await supervisor.Client.PostAsync($"{Staff}/windows/{windowId}/close", null, Cancel);
        var result = await migrant.Client.GetFromJsonAsync<JsonElement>(Mine(caseNumber), Cancel);

        closed.GetProperty("status").GetString().ShouldBe("Closed");
        closed.GetProperty("seed").GetString()!.Length.ShouldBe(64);
        closed.GetProperty("order").EnumerateArray().Select(o => o.GetString()).ShouldBe([caseNumber]);
        closed.GetProperty("allocated").GetInt32().ShouldBe(1);
        (await ProblemDetails.TitleAsync(twice, HttpStatusCode.Conflict)).ShouldBe(ProblemDetails.Translation("This booking window is already closed.", "pl"));
        var booking = result.GetProperty("booking");
        booking.GetProperty("slotId").GetString().ShouldBe(Id(slots[1]));
        booking.GetProperty("channel").GetString().ShouldBe("Online");
        result.GetProperty("request").GetProperty("status").GetString().ShouldBe("Allocated");
        result.GetProperty("request").GetProperty("position").GetInt32().ShouldBe(1);

        var invitation = Calendar.Load(await migrant.Client.GetStringAsync($"{Mine(caseNumber)}.ics", Cancel))!;
        invitation.Method.ShouldBe("REQUEST");
        invitation.Events.Single().Uid.ShouldBe(booking.GetProperty("uid").GetString());
        invitation.Events.Single().Sequence.ShouldBe(0);
        invitation.Events.Single().DtStart!.AsUtc.ShouldBe(slots[1].GetProperty("startsAt").GetDateTime());

        // The officer's day shows the booking the draw made, marked as made online.
        var page = await supervisor.GetPageAsync($"/en/cases/appointments?office={Office}&day={day}");
        page.QuerySelector($"#slot-{Id(slots[1])} .case-number")!.TextContent.ShouldBe(caseNumber);
        page.QuerySelector($"#slot-{Id(slots[1])} .channel")!.TextContent.ShouldBe("Booked online");

        using var cancelled = await migrant.Client.PostAsync($"{Mine(caseNumber)}/cancel", null, Cancel);
        (await JsonAsync(cancelled, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Cancelled");
        var cancellation = await migrant.Client.GetStringAsync($"{Mine(caseNumber)}.ics", Cancel);
        cancellation.ShouldContain("METHOD:CANCEL\r\n");
        cancellation.ShouldContain("STATUS:CANCELLED\r\n");
        cancellation.ShouldContain("SEQUENCE:1\r\n");
        Calendar.Load(cancellation)!.Events.Single().Uid.ShouldBe(booking.GetProperty("uid").GetString());
    }

    [Fact]
    public async Task Page_RanksASlot_WaitsForTheDraw_ThenShowsTheBookingInTheMigrantsLanguage()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var migrant = await factory.SignInAsync(Roles.Migrant);
        var caseNumber = await OnlineCases.CreateAsync(factory, Office);
        var theirs = await OnlineCases.CreateAsync(factory, Office, applicant: await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.NgoWorker)));
        var (day, slots) = await LastDayAsync(supervisor, "Fingerprints", fromEnd: 2);
        var windowId = await OpenWindowAsync(supervisor, "Fingerprints", day);
        var url = $"/uk/my/cases/{caseNumber}/appointment?window={windowId}";

        var form = await migrant.GetPageAsync(url);
        var sent = await PageForms.PostForPageAsync(migrant, url, "request-form", new Dictionary<string, string> { ["Choice"] = Id(slots[3]) });
        using var closing = await supervisor.Client.PostAsync($"{Staff}/windows/{windowId}/close", null, Cancel);
        closing.StatusCode.ShouldBe(HttpStatusCode.OK);
        var booked = await migrant.GetPageAsync($"/uk/my/cases/{caseNumber}/appointment");
        using var other = await migrant.Client.GetAsync($"/uk/my/cases/{theirs}/appointment", Cancel);

        form.QuerySelectorAll("#request-form select[name=Choice]").Length.ShouldBe(5);
        form.QuerySelectorAll("#request-form select[name=Choice] option").Length.ShouldBe(5 * (slots.Count + 1));
        sent.QuerySelector("#request-pending").ShouldNotBeNull();
        var warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        var start = TimeZoneInfo.ConvertTimeFromUtc(slots[3].GetProperty("startsAt").GetDateTime(), warsaw);
        booked.QuerySelector("#booking time")!.TextContent.ShouldBe(start.ToString("f", CultureInfo.GetCultureInfo("uk")));
        booked.QuerySelector("a[download]")!.GetAttribute("href").ShouldBe($"api/v1/my/cases/{caseNumber}/appointment.ics");
        booked.QuerySelector("#cancel-form").ShouldNotBeNull();
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnotherApplicantsCase_IsNotFound_ForTheMigrant()
    {
        var factory = await FactoryAsync();
        using var migrant = await factory.SignInAsync(Roles.Migrant);
        var theirs = await OnlineCases.CreateAsync(factory, Office, applicant: await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.NgoWorker)));
        migrant.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("uk");

        using var view = await migrant.Client.GetAsync(Mine(theirs), Cancel);
        using var calendar = await migrant.Client.GetAsync($"{Mine(theirs)}.ics", Cancel);
        using var request = await RequestAsync(migrant, theirs, new { windowId = Guid.NewGuid().ToString(), slotIds = new[] { Guid.NewGuid().ToString() } });
        using var cancel = await migrant.Client.DeleteAsync(Mine(theirs), Cancel);
        using var unknown = await migrant.Client.GetAsync(Mine("WSC-II-S.6151.0.1999"), Cancel);

        (await ProblemDetails.TitleAsync(view, HttpStatusCode.NotFound)).ShouldBe(ProblemDetails.Translation("You have no case with this number.", "uk"));
        foreach (var response in new[] { calendar, request, cancel, unknown })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await factory.CountAsync<WindowRequest>(r => r.CaseNumber == theirs)).ShouldBe(0);
    }

    [Fact]
    public async Task Leftovers_AfterTheDraw_AreBookedFirstComeAndMoved_WhileUnreleasedDaysAreNot()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var migrant = await factory.SignInAsync(Roles.Migrant);
        var caseNumber = await OnlineCases.CreateAsync(factory, Office);
        var (day, slots) = await LastDayAsync(supervisor, "Collection");
        var (_, unreleased) = await LastDayAsync(supervisor, "Collection", fromEnd: 1);
        var windowId = await OpenWindowAsync(supervisor, "Collection", day);
        using var closing = await supervisor.Client.PostAsync($"{Staff}/windows/{windowId}/close", null, Cancel);
        (await JsonAsync(closing, HttpStatusCode.OK)).GetProperty("requests").GetInt32().ShouldBe(0);

        var leftovers = (await migrant.Client.GetFromJsonAsync<JsonElement>($"{Mine(caseNumber)}?from={day}", Cancel)).GetProperty("leftovers").EnumerateArray().Select(Id).ToList();
        using var notYet = await migrant.Client.PostAsJsonAsync(Mine(caseNumber), new { slotId = Id(unreleased[0]) }, Cancel);
        using var booked = await migrant.Client.PostAsJsonAsync(Mine(caseNumber), new { slotId = Id(slots[0]) }, Cancel);
        var booking = await JsonAsync(booked, HttpStatusCode.Created);
        using var second = await migrant.Client.PostAsJsonAsync(Mine(caseNumber), new { slotId = Id(slots[2]) }, Cancel);
        using var moved = await migrant.Client.PostAsJsonAsync($"{Mine(caseNumber)}/reschedule", new { slotId = Id(slots[1]) }, Cancel);
        var update = await JsonAsync(moved, HttpStatusCode.OK);
        using var toUnreleased = await migrant.Client.PostAsJsonAsync($"{Mine(caseNumber)}/reschedule", new { slotId = Id(unreleased[1]) }, Cancel);

        leftovers.ShouldContain(Id(slots[0]));
        leftovers.ShouldNotContain(Id(unreleased[0]));
        (await ProblemDetails.TitleAsync(notYet, HttpStatusCode.Conflict)).ShouldBe(ProblemDetails.Translation(
            "This slot is released through a booking window: send a request while the window is open.", "pl"));
        booking.GetProperty("channel").GetString().ShouldBe("Online");
        (await ProblemDetails.TitleAsync(second, HttpStatusCode.Conflict)).ShouldBe(ProblemDetails.Translation("This case already has an active booking: move or cancel that one.", "pl"));
        update.GetProperty("slotId").GetString().ShouldBe(Id(slots[1]));
        update.GetProperty("sequence").GetInt32().ShouldBe(1);
        update.GetProperty("uid").GetString().ShouldBe(booking.GetProperty("uid").GetString());
        (await ProblemDetails.TitleAsync(toUnreleased, HttpStatusCode.Conflict)).ShouldBe(ProblemDetails.Translation(
            "This slot is released through a booking window: send a request while the window is open.", "pl"));
    }

    [Fact]
    public async Task Request_WithBadInputOrOutsideItsWindow_IsRefusedNamingTheFieldAndWritesNothing()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var migrant = await factory.SignInAsync(Roles.Migrant);
        var caseNumber = await OnlineCases.CreateAsync(factory, Office);
        var (day, slots) = await LastDayAsync(supervisor, "Submission", fromEnd: 1);
        var (_, other) = await LastDayAsync(supervisor, "Fingerprints", fromEnd: 1);
        var windowId = await OpenWindowAsync(supervisor, "Submission", day);

        using var malformed = await migrant.Client.SendAsync(ProblemDetails.Json($"{Mine(caseNumber)}/requests",
            new { windowId = "soon", slotIds = new[] { "first" }, days = new[] { "tomorrow" } }, "de"), Cancel);
        using var tooMany = await RequestAsync(migrant, caseNumber, new { windowId, slotIds = slots.Take(6).Select(Id).ToArray() });
        using var empty = await RequestAsync(migrant, caseNumber, new { windowId });
        using var foreign = await migrant.Client.SendAsync(ProblemDetails.Json($"{Mine(caseNumber)}/requests",
            new { windowId, slotIds = new[] { Id(other[0]) }, days = new[] { "2020-01-01" } }, "uk"), Cancel);
        using var overlapping = await supervisor.Client.PostAsJsonAsync($"{Staff}/windows", new { office = Office, service = "Submission", from = day, to = day }, Cancel);
        using var closing = await supervisor.Client.PostAsync($"{Staff}/windows/{windowId}/close", null, Cancel);
        using var late = await RequestAsync(migrant, caseNumber, new { windowId, days = new[] { day } });
        using var badWindow = await supervisor.Client.SendAsync(ProblemDetails.Json($"{Staff}/windows", new { office = "nowhere", service = "Visa", minutes = "0" }, "pl"), Cancel);

        var errors = await ProblemDetails.ErrorsAsync(malformed);
        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["days", "slotIds", "windowId"]);
        errors["windowId"].ShouldBe([ProblemDetails.Translation("The booking window must be given by its id.", "de")]);
        (await ProblemDetails.ErrorsAsync(tooMany))["slotIds"].ShouldBe([ProblemDetails.Translation("Choose at most {0} slots.", "pl", 5)]);
        (await ProblemDetails.ErrorsAsync(empty)).Keys.ShouldBe(["slotIds"]);
        var outside = await ProblemDetails.ErrorsAsync(foreign);
        outside["slotIds"].ShouldBe([ProblemDetails.Translation("Choose only slots this window releases.", "uk")]);
        outside["days"].ShouldBe([ProblemDetails.Translation("Choose only days on which this window releases slots.", "uk")]);
        (await ProblemDetails.TitleAsync(overlapping, HttpStatusCode.Conflict)).ShouldBe(ProblemDetails.Translation("An open booking window already releases some of these slots.", "pl"));
        closing.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ProblemDetails.TitleAsync(late, HttpStatusCode.Conflict)).ShouldBe(ProblemDetails.Translation("This booking window is already closed.", "pl"));
        (await ProblemDetails.ErrorsAsync(badWindow)).Keys.Order(StringComparer.Ordinal).ShouldBe(["minutes", "office", "service"]);
        (await factory.CountAsync<WindowRequest>(r => r.CaseNumber == caseNumber)).ShouldBe(0);
    }
}

public sealed class SqliteMyAppointmentHttpTests(SqliteFactoryFixture fixture) : MyAppointmentHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresMyAppointmentHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : MyAppointmentHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
