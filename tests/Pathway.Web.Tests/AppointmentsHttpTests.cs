using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Appointments;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>Appointments over HTTP and on the officer's day page, on SQLite and PostgreSQL, with the demo office in Warsaw.</summary>
public abstract class AppointmentsHttpTests
{
    private const string Api = "/api/v1/cases/appointments";
    private const string Office = "waw-marszalkowska";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string NewCase() => $"WSC-II-S.6151.{Guid.NewGuid().ToString("N")[..8]}.2026";

    private static async Task<List<JsonElement>> FreeAsync(WebSession officer, string service = "Fingerprints") =>
        [.. (await officer.Client.GetFromJsonAsync<JsonElement>($"{Api}/slots?office={Office}&service={service}", Cancel)).EnumerateArray()];

    private static async Task<HttpResponseMessage> BookAsync(WebSession officer, string caseNumber, string slotId, string channel = "officer", string language = "uk") =>
        await officer.Client.PostAsJsonAsync($"{Api}/bookings", new { caseNumber, slotId, language, channel }, Cancel);

    private static async Task<JsonElement> BookedAsync(WebSession officer, string caseNumber, string slotId, string channel = "officer")
    {
        using var response = await BookAsync(officer, caseNumber, slotId, channel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement;
    }

    [Fact]
    public async Task FreeSlots_OfTheDemoOffice_AreFutureUtcSlotsOfTheServiceOnWorkingDays()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        var slots = await FreeAsync(officer);

        slots.ShouldNotBeEmpty();
        slots.ShouldAllBe(s => s.GetProperty("service").GetString() == "Fingerprints");
        var starts = slots.Select(s => s.GetProperty("startsAt").GetDateTime()).ToList();
        starts.ShouldAllBe(s => s > DateTime.UtcNow && s.Kind == DateTimeKind.Utc);
        starts.ShouldBeInOrder();
        slots.Select(s => s.GetProperty("localStart").GetDateTimeOffset().DayOfWeek).ShouldAllBe(d => d != DayOfWeek.Saturday && d != DayOfWeek.Sunday);
    }

    [Fact]
    public async Task Booking_RescheduledThenCancelled_KeepsItsUidAndRaisesTheSequenceInTheIcs()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);
        var slots = await FreeAsync(officer);
        var (first, second) = (slots[0].GetProperty("id").GetString()!, slots[1].GetProperty("id").GetString()!);

        var booking = await BookedAsync(officer, NewCase(), first);
        var id = booking.GetProperty("id").GetString();
        using var ics = await officer.Client.GetAsync($"{Api}/bookings/{id}.ics", Cancel);
        ics.Content.Headers.ContentType!.ToString().ShouldBe("text/calendar; charset=utf-8");
        var request = Calendar.Load(await ics.Content.ReadAsStringAsync(Cancel))!;
        using var moved = await officer.Client.PostAsJsonAsync($"{Api}/bookings/{id}/reschedule", new { slotId = second }, Cancel);
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var update = Calendar.Load(await officer.Client.GetStringAsync($"{Api}/bookings/{id}.ics", Cancel))!;
        using var cancelled = await officer.Client.PostAsync($"{Api}/bookings/{id}/cancel", null, Cancel);
        var cancellation = await officer.Client.GetStringAsync($"{Api}/bookings/{id}.ics", Cancel);

        request.Method.ShouldBe("REQUEST");
        request.Events.Single().Sequence.ShouldBe(0);
        request.Events.Single().Summary.ShouldBe(ProblemDetails.Translation("Foreigners' office appointment: {0}", "uk", ProblemDetails.Translation("Fingerprints", "uk")));
        update.Events.Single().Uid.ShouldBe(request.Events.Single().Uid);
        update.Events.Single().Sequence.ShouldBe(1);
        update.Events.Single().DtStart!.AsUtc.ShouldBe(slots[1].GetProperty("startsAt").GetDateTime());
        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK);
        cancellation.ShouldContain("METHOD:CANCEL\r\n");
        cancellation.ShouldContain("STATUS:CANCELLED\r\n");
        cancellation.ShouldContain("SEQUENCE:2\r\n");
        Calendar.Load(cancellation)!.Events.Single().Uid.ShouldBe(request.Events.Single().Uid);
        // Both slots are free again: the move freed the first, the cancellation the second.
        (await FreeAsync(officer)).Select(s => s.GetProperty("id").GetString()).ShouldContain(first);
        (await FreeAsync(officer)).Select(s => s.GetProperty("id").GetString()).ShouldContain(second);
    }

    [Fact]
    public async Task Book_ATakenSlotOrASecondActiveBooking_IsAConflictInTheReadersLanguage()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);
        officer.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var slots = await FreeAsync(officer);
        var caseNumber = NewCase();
        await BookedAsync(officer, caseNumber, slots[0].GetProperty("id").GetString()!);

        using var taken = await BookAsync(officer, NewCase(), slots[0].GetProperty("id").GetString()!);
        using var second = await BookAsync(officer, caseNumber, slots[1].GetProperty("id").GetString()!);
        using var unknown = await BookAsync(officer, NewCase(), Guid.NewGuid().ToString());

        (await ProblemDetails.TitleAsync(taken, HttpStatusCode.Conflict)).ShouldBe(ProblemDetails.Translation("This slot is already taken.", "pl"));
        (await ProblemDetails.TitleAsync(second, HttpStatusCode.Conflict)).ShouldBe(ProblemDetails.Translation("This case already has an active booking: move or cancel that one.", "pl"));
        (await ProblemDetails.TitleAsync(unknown, HttpStatusCode.NotFound)).ShouldBe(ProblemDetails.Translation("No slot has this id.", "pl"));
    }

    [Fact]
    public async Task Book_TwoOfficersAtOnce_OneWinsAndTheOtherGetsAConflict()
    {
        var factory = await FactoryAsync();
        // The losing insert may reach the unique index, which EF logs as errors before we answer 409.
        factory.Logs.Expect("Microsoft.EntityFrameworkCore.Update");
        factory.Logs.Expect("Microsoft.EntityFrameworkCore.Database.Command");
        using var first = await factory.SignInAsync(Roles.CaseOfficer);
        using var second = await factory.SignInAsync(Roles.Supervisor);
        var slots = await FreeAsync(first);
        var slot = slots[0].GetProperty("id").GetString()!;
        var caseNumber = NewCase();

        var sameSlot = await Task.WhenAll(BookAsync(first, NewCase(), slot), BookAsync(second, NewCase(), slot));
        var sameCase = await Task.WhenAll(
            BookAsync(first, caseNumber, slots[1].GetProperty("id").GetString()!), BookAsync(second, caseNumber, slots[2].GetProperty("id").GetString()!));

        foreach (var pair in new[] { sameSlot, sameCase })
        {
            pair.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.Created, HttpStatusCode.Conflict]);
            foreach (var response in pair)
            {
                response.Dispose();
            }
        }

        (await factory.CountAsync<Booking>(b => b.CaseNumber == caseNumber && b.Status == BookingStatus.Active)).ShouldBe(1);
    }

    [Fact]
    public async Task Book_WithBadInput_NamesEachFieldAndWritesNothing()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var before = await factory.CountAsync<Booking>();

        using var request = ProblemDetails.Json($"{Api}/bookings", new { caseNumber = new string('x', 41), slotId = "soon", language = "xx", channel = "fax" }, "uk");
        using var response = await officer.Client.SendAsync(request, Cancel);
        using var notJson = await officer.Client.PostAsync($"{Api}/bookings", new StringContent("{", System.Text.Encoding.UTF8, "application/json"), Cancel);

        var errors = await ProblemDetails.ErrorsAsync(response);
        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["caseNumber", "channel", "language", "slotId"]);
        errors["caseNumber"].ShouldBe([ProblemDetails.Translation("The case number must be 1 to {0} characters.", "uk", 40)]);
        (await ProblemDetails.ErrorsAsync(notJson)).Keys.ShouldBe(["body"]);
        (await factory.CountAsync<Booking>()).ShouldBe(before);
    }

    [Fact]
    public async Task FreeSlots_WithBadDatesOrAnUnknownOffice_AreRefusedNamingTheField()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        using var backwards = await officer.Client.GetAsync($"{Api}/slots?office={Office}&service=Collection&from=2026-12-10&to=2026-12-01", Cancel);
        using var bad = await officer.Client.SendAsync(ProblemDetails.Get($"{Api}/slots?office=nowhere&service=Visa&from=10.12.2026", "de"), Cancel);

        (await ProblemDetails.ErrorsAsync(backwards)).Keys.ShouldBe(["to"]);
        var errors = await ProblemDetails.ErrorsAsync(bad);
        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["from", "office", "service"]);
        errors["office"].ShouldBe([ProblemDetails.Translation("No office has this code.", "de")]);
    }

    [Fact]
    public async Task NoShow_OnlyAfterTheStart_AndTwoNoShowsStopOnlineBooking()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var caseNumber = NewCase();
        var slots = await FreeAsync(officer, "Collection");

        foreach (var slot in slots.Take(2))
        {
            var id = (await BookedAsync(officer, caseNumber, slot.GetProperty("id").GetString()!, channel: "online")).GetProperty("id").GetString();
            using var early = await officer.Client.PostAsync($"{Api}/bookings/{id}/no-show", null, Cancel);
            (await ProblemDetails.TitleAsync(early, HttpStatusCode.Conflict)).ShouldBe(ProblemDetails.Translation("Whether the migrant came can be recorded only once the slot has started.", "pl"));
            await StartedAsync(factory, slot.GetProperty("id").GetGuid());
            using var late = await officer.Client.PostAsync($"{Api}/bookings/{id}/no-show", null, Cancel);
            late.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await late.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("status").GetString().ShouldBe("NoShow");
        }

        using var online = await BookAsync(officer, caseNumber, slots[2].GetProperty("id").GetString()!, channel: "online");
        (await ProblemDetails.TitleAsync(online, HttpStatusCode.Conflict)).ShouldBe(ProblemDetails.Translation("After {0} missed appointments in {1} days, an officer must book for this case.", "pl", 2, 90));
        (await BookedAsync(officer, caseNumber, slots[2].GetProperty("id").GetString()!)).GetProperty("channel").GetString().ShouldBe("Officer");
    }

    [Fact]
    public async Task DayPage_ShowsEachCounter_BooksFromTheForm_AndCancels()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var slot = (await FreeAsync(officer, "Submission"))[0];
        var day = slot.GetProperty("localStart").GetDateTimeOffset().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var url = $"/en/cases/appointments?office={Office}&day={day}";
        var caseNumber = NewCase();

        var page = await officer.GetPageAsync(url);
        page.QuerySelectorAll("table.appointments").Length.ShouldBe(3);
        var booked = await PageForms.PostForPageAsync(officer, url, "book-form", new Dictionary<string, string> { ["SlotChoice"] = slot.GetProperty("id").GetString()!, ["CaseNumber"] = caseNumber });

        var row = booked.QuerySelector($"#slot-{slot.GetProperty("id").GetString()}")!;
        row.QuerySelector(".case-number")!.TextContent.ShouldBe(caseNumber);
        row.QuerySelector(".status")!.TextContent.ShouldBe("Booked");
        var bookingId = row.QuerySelector("button[name=Act]")!.GetAttribute("value")!.Split(':')[1];
        var afterCancel = await PageForms.PostForPageAsync(officer, url, "act-form", new Dictionary<string, string> { ["Act"] = $"cancel:{bookingId}" });
        afterCancel.QuerySelector($"#slot-{slot.GetProperty("id").GetString()} .status")!.TextContent.ShouldBe("Free");
        afterCancel.QuerySelector("[role=status], .notice")?.TextContent.ShouldContain("The booking is cancelled.");
        var bad = await PageForms.PostForPageAsync(officer, url, "book-form", new Dictionary<string, string> { ["CaseNumber"] = "" });
        bad.QuerySelector("#case-number")!.GetAttribute("aria-invalid").ShouldBe("true");
    }

    [Fact]
    public async Task Booking_ReadOrListed_IsWrittenToTheAuditTrail()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.Supervisor);
        var booking = await BookedAsync(officer, NewCase(), (await FreeAsync(officer))[0].GetProperty("id").GetString()!);
        var id = booking.GetProperty("id").GetString()!;

        await officer.Client.GetStringAsync($"{Api}/bookings/{id}", Cancel);

        (await factory.CountAsync<Pathway.Platform.Audit.AuditEntry>(e => e.EntityType == nameof(Booking) && e.EntityId == id && e.Action == "read")).ShouldBeGreaterThan(0);
    }

    /// <summary>The slot's time comes: its start is moved to an hour ago, as if the day had gone on.</summary>
    private static Task StartedAsync(PathwayFactory factory, Guid slotId) =>
        factory.WithDbAsync(db => db.Set<Slot>().Where(s => s.Id == slotId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, DateTime.UtcNow.AddHours(-1)), Cancel));
}

public sealed class SqliteAppointmentsHttpTests(SqliteFactoryFixture fixture) : AppointmentsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresAppointmentsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : AppointmentsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
