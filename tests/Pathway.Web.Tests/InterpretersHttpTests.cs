using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Identity;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Interpreting;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// The register of interpreters and the requests matched to it, over HTTP on SQLite and PostgreSQL:
/// every wrong field named in the caller's language, the register and the requests kept within
/// the data scope and the case team (404 otherwise), candidates with their reasons and near misses
/// by why, a double booking refused with 409 also when two are saved at once, and a session held
/// recorded once as an interpreting service of the case.
/// </summary>
public abstract class InterpretersHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A Monday one to two weeks ahead: far from today's edge, and never a day the clocks change.</summary>
    private static DateOnly NextMonday
    {
        get
        {
            var today = OfficeDay.Today;
            var days = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
            return today.AddDays(days == 0 ? 7 : days).AddDays(7);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<Guid> CaseAsync(WebSession session, string stem)
    {
        using var created = await session.Client.PostAsJsonAsync("/api/v1/beneficiaries",
            new { givenNames = "Hodan", surname = UniqueNames.Surname(stem), birthDate = "1990-03-04", sex = "Female", citizenship = "SOM", language = "en", legalBasis = "Consent", consentsToServices = true, registerAnyway = true }, Cancel);
        return (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>Someone new on the caller's register; Somali and Polish, which no one in the demo speaks, keep other tests' people out of the matches.</summary>
    private static async Task<Guid> InterpreterAsync(WebSession session, string name, string[]? kinds = null, bool onSite = true, object[]? hours = null, object[]? absences = null)
    {
        using var added = await session.Client.PostAsJsonAsync("/api/v1/interpreters", new
        {
            name, kinds = kinds ?? ["Interpreter"], languages = new[] { "so", "pl", "en" }, phone = "+48 600 100 200", onSite, remote = true,
            hours = hours ?? [new { day = "Monday", from = "09:00", to = "17:00" }], absences = absences ?? [],
        }, Cancel);
        return (await JsonAsync(added, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> RequestAsync(WebSession session, Guid caseId, DateOnly day, string start = "10:00", int minutes = 60, string mode = "OnSite")
    {
        using var asked = await session.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{caseId}/interpreter-requests",
            new { personLanguage = "so", workerLanguage = "pl", kind = "Interpreter", mode, day = Day(day), start, minutes, note = "Appointment about a residence permit." }, Cancel);
        return (await JsonAsync(asked, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> AssignAsync(WebSession session, Guid request, Guid interpreter) =>
        session.Client.PostAsJsonAsync($"/api/v1/interpreter-requests/{request}/assign", new { interpreterId = interpreter }, Cancel);

    [Fact]
    public async Task TheRegister_NamesEveryWrongFieldInTheCallersLanguage_AndKeepsEachOrganisationsEntriesToItself()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        using var wrong = await ngo.Client.SendAsync(ProblemDetails.Json("/api/v1/interpreters", new
        {
            name = " ", kinds = Array.Empty<string>(), languages = new[] { "uk" }, email = "nobody", onSite = false, remote = false,
            hours = new[] { new { day = "Monday", from = "09:00", to = "12:00" }, new { day = "Monday", from = "11:00", to = "17:00" } },
            absences = new[] { new { first = "2026-07-14", last = "2026-07-01" } },
        }, "uk"), Cancel);
        var errors = await ProblemDetails.ErrorsAsync(wrong);
        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["absences", "email", "hours", "kinds", "languages", "name", "onSite"]);
        errors["languages"].ShouldBe([ProblemDetails.Translation("Write at least two languages: an interpreter works between two.", "uk")]);
        errors["hours"].ShouldBe([ProblemDetails.Translation("Hours on {0}: two windows overlap.", "uk", CultureInfo.GetCultureInfo("uk").DateTimeFormat.GetDayName(DayOfWeek.Monday))]);
        (await factory.CountAsync<Interpreter>(i => i.Name == " ")).ShouldBe(0);

        var name = "Faadumo " + UniqueNames.Surname("Warsame");
        var id = await InterpreterAsync(ngo, name, kinds: ["Interpreter", "CulturalMediator"], absences: [new { first = Day(NextMonday), last = Day(NextMonday) }]);
        using var listed = await ngo.Client.GetAsync("/api/v1/interpreters?language=so", Cancel);
        var entry = (await JsonAsync(listed, HttpStatusCode.OK)).EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == id);
        entry.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()).ShouldBe(["Interpreter", "CulturalMediator"]);
        entry.GetProperty("hours")[0].GetProperty("day").GetString().ShouldBe("Monday");
        entry.GetProperty("absences")[0].GetProperty("first").GetString().ShouldBe(Day(NextMonday));

        using var changed = await ngo.Client.PutAsJsonAsync($"/api/v1/interpreters/{id}", new
        {
            name, kinds = new[] { "CulturalMediator" }, languages = new[] { "so", "pl" }, onSite = false, remote = true, active = false,
            hours = new[] { new { day = "Tuesday", from = "12:00", to = "24:00" } }, absences = Array.Empty<object>(),
        }, Cancel);
        var after = await JsonAsync(changed, HttpStatusCode.OK);
        (after.GetProperty("active").GetBoolean(), after.GetProperty("hours")[0].GetProperty("to").GetString(), after.GetProperty("absences").GetArrayLength())
            .ShouldBe((false, "24:00", 0));

        // The office's supervisor keeps the office's register: the NGO's entry is not there to read or change.
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var notTheirs = await supervisor.Client.GetAsync($"/api/v1/interpreters/{id}", Cancel);
        notTheirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var notToChange = await supervisor.Client.PutAsJsonAsync($"/api/v1/interpreters/{id}", new { name = "x", kinds = new[] { "Interpreter" }, languages = new[] { "so", "pl" }, onSite = true }, Cancel);
        notToChange.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using var denied = await analyst.Client.GetAsync("/api/v1/interpreters", Cancel);
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ARequest_IsMatchedWithReasonsAndNearMisses_BookedOnce_AndADoubleBookingIsRefusedWith409()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var caseId = await CaseAsync(ngo, "Abdi");
        var api = $"/api/v1/beneficiaries/{caseId}/interpreter-requests";
        var monday = NextMonday;

        // Every wrong field at once, in the caller's language; nothing is kept.
        using var wrong = await ngo.Client.SendAsync(ProblemDetails.Json(api,
            new { personLanguage = "so", workerLanguage = "so", mode = "Teleport", day = Day(OfficeDay.Today.AddDays(-1)), start = "10:00", minutes = 60 }, "pl"), Cancel);
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var missing = await ngo.Client.SendAsync(ProblemDetails.Json(api,
            new { personLanguage = "so", workerLanguage = "so", day = Day(OfficeDay.Today.AddDays(-1)), start = "10:00", minutes = 60 }, "pl"), Cancel);
        var errors = await ProblemDetails.ErrorsAsync(missing);
        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["day", "kind", "mode", "workerLanguage"]);
        errors["workerLanguage"].ShouldBe([ProblemDetails.Translation("The two languages must differ.", "pl")]);
        errors["day"].ShouldBe([ProblemDetails.Translation("The session must be in the future.", "pl")]);
        using var late = await ngo.Client.SendAsync(ProblemDetails.Json(api,
            new { personLanguage = "so", workerLanguage = "pl", kind = "Interpreter", mode = "OnSite", day = Day(monday), start = "23:30", minutes = 60 }, "pl"), Cancel);
        (await ProblemDetails.ErrorsAsync(late))["minutes"].ShouldBe([ProblemDetails.Translation("The session must end by midnight of its day.", "pl")]);
        (await factory.CountAsync<InterpreterRequest>(r => r.BeneficiaryId == caseId)).ShouldBe(0);

        var stem = UniqueNames.Surname("Hassan");
        var exact = await InterpreterAsync(ngo, $"Amina {stem}");
        var both = await InterpreterAsync(ngo, $"Bashir {stem}", kinds: ["Interpreter", "CulturalMediator"]);
        var away = await InterpreterAsync(ngo, $"Cawo {stem}", absences: [new { first = Day(monday.AddDays(-2)), last = Day(monday) }]);
        var afternoon = await InterpreterAsync(ngo, $"Deeq {stem}", hours: [new { day = "Monday", from = "13:00", to = "17:00" }]);
        var remote = await InterpreterAsync(ngo, $"Eebla {stem}", onSite: false);
        var request = await RequestAsync(ngo, caseId, monday);

        using var candidates = await ngo.Client.SendAsync(ProblemDetails.Get($"/api/v1/interpreter-requests/{request}/candidates", "pl"), Cancel);
        var matched = await JsonAsync(candidates, HttpStatusCode.OK);
        var mine = new[] { exact, both, away, afternoon, remote };
        matched.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("interpreterId").GetGuid()).Where(mine.Contains).ShouldBe([exact, both]);
        var first = matched.GetProperty("candidates").EnumerateArray().First(c => c.GetProperty("interpreterId").GetGuid() == exact);
        first.GetProperty("exactKind").GetBoolean().ShouldBeTrue();
        first.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ShouldContain(ProblemDetails.Translation("No other booking that week.", "pl"));
        var misses = matched.GetProperty("nearMisses").EnumerateArray()
            .SelectMany(g => g.GetProperty("people").EnumerateArray().Select(p => (Reason: g.GetProperty("reason").GetString(), Id: p.GetProperty("interpreterId").GetGuid())))
            .Where(m => mine.Contains(m.Id)).ToList();
        misses.ShouldBe([("Absent", away), ("OutsideHours", afternoon), ("OtherMode", remote)]);

        // Someone who does not fit is refused on the field; the one who does is booked.
        using var unfit = await AssignAsync(ngo, request, afternoon);
        (await JsonAsync(unfit, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("interpreterId", out _).ShouldBeTrue();
        using var booked = await AssignAsync(ngo, request, exact);
        var bookedJson = await JsonAsync(booked, HttpStatusCode.OK);
        (bookedJson.GetProperty("status").GetString(), bookedJson.GetProperty("interpreterName").GetString()).ShouldBe(("Booked", $"Amina {stem}"));
        using var again = await AssignAsync(ngo, request, both);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // A second session overlapping the first by a minute: the booked interpreter is busy, and booking them anyway is a conflict.
        var other = await RequestAsync(ngo, caseId, monday, start: "10:59", minutes: 30);
        using var second = await ngo.Client.GetAsync($"/api/v1/interpreter-requests/{other}/candidates", Cancel);
        var secondJson = await JsonAsync(second, HttpStatusCode.OK);
        secondJson.GetProperty("nearMisses").EnumerateArray().Single(g => g.GetProperty("reason").GetString() == "Busy")
            .GetProperty("people").EnumerateArray().Select(p => p.GetProperty("interpreterId").GetGuid()).ShouldContain(exact);
        using var doubled = await AssignAsync(ngo, other, exact);
        doubled.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await JsonAsync(doubled, HttpStatusCode.Conflict)).GetProperty("title").GetString().ShouldBe(ProblemDetails.Translation("This person is already booked for an overlapping session.", "pl"));
        // One starting as the first ends is no clash.
        var after = await RequestAsync(ngo, caseId, monday, start: "11:00", minutes: 30);
        using var next = await AssignAsync(ngo, after, exact);
        next.StatusCode.ShouldBe(HttpStatusCode.OK);

        // Not held before it begins; cancelled once, then it has moved on.
        using var early = await ngo.Client.PostAsync($"/api/v1/interpreter-requests/{request}/done", null, Cancel);
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var cancelled = await ngo.Client.PostAsync($"/api/v1/interpreter-requests/{other}/cancel", null, Cancel);
        (await JsonAsync(cancelled, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Cancelled");
        using var twice = await ngo.Client.PostAsync($"/api/v1/interpreter-requests/{other}/cancel", null, Cancel);
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        using var outstanding = await ngo.Client.GetAsync("/api/v1/interpreter-requests", Cancel);
        var ids = (await JsonAsync(outstanding, HttpStatusCode.OK)).EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        ids.ShouldContain(request);
        ids.ShouldNotContain(other);

        // Outside the case team, the requests are not there: the office's supervisor does not open the NGO's case.
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        foreach (var url in new[] { api, $"/api/v1/interpreter-requests/{request}", $"/api/v1/interpreter-requests/{request}/candidates" })
        {
            using var hidden = await supervisor.Client.GetAsync(url, Cancel);
            hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        using var notTheirs = await supervisor.Client.PostAsJsonAsync(api, new { personLanguage = "so", workerLanguage = "pl", kind = "Interpreter", mode = "OnSite", day = Day(monday), start = "10:00", minutes = 60 }, Cancel);
        notTheirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var notToBook = await AssignAsync(supervisor, request, both);
        notToBook.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TwoBookingsOfOnePersonSavedAtOnce_ForOverlappingSessions_OneIsRefusedWith409()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var caseId = await CaseAsync(ngo, "Yusuf");
        var person = await InterpreterAsync(ngo, "Geedi " + UniqueNames.Surname("Omar"));
        var monday = NextMonday;
        var one = await RequestAsync(ngo, caseId, monday, start: "14:00");
        var two = await RequestAsync(ngo, caseId, monday, start: "14:30");

        var answers = await Task.WhenAll(AssignAsync(ngo, one, person), AssignAsync(ngo, two, person));
        answers.Select(a => a.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }

        (await factory.CountAsync<InterpreterRequest>(r => r.InterpreterId == person && r.Status == InterpreterRequestStatus.Booked)).ShouldBe(1);
    }

    [Fact]
    public async Task ASessionHeld_IsRecordedOnceAsAnInterpretingServiceOfTheCase()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var caseId = await CaseAsync(ngo, "Ilhan");
        var name = "Hibo " + UniqueNames.Surname("Farah");
        var person = await InterpreterAsync(ngo, name);
        var request = await RequestAsync(ngo, caseId, NextMonday, minutes: 45);
        using var booked = await AssignAsync(ngo, request, person);
        booked.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var tooSoon = await ngo.Client.PostAsync($"/api/v1/interpreter-requests/{request}/service", null, Cancel);
        tooSoon.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // The session took place yesterday (moved there under the test's hand: the API books only sessions to come).
        var yesterday = OfficeDay.Today.AddDays(-1);
        await factory.WithDbAsync(async db =>
        {
            var row = await db.Set<InterpreterRequest>().IgnoreQueryFilters().SingleAsync(r => r.Id == request, Cancel);
            var moved = new DateTime(yesterday, new TimeOnly(8, 0), DateTimeKind.Utc);
            await db.Set<InterpreterRequest>().IgnoreQueryFilters().Where(r => r.Id == request)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Day, yesterday).SetProperty(r => r.StartsAt, moved).SetProperty(r => r.EndsAt, moved.AddMinutes(row.Minutes)), Cancel);
        });
        using var held = await ngo.Client.PostAsync($"/api/v1/interpreter-requests/{request}/done", null, Cancel);
        (await JsonAsync(held, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Done");
        using var recorded = await ngo.Client.PostAsJsonAsync($"/api/v1/interpreter-requests/{request}/service", new { outcome = "Explained the decision." }, Cancel);
        var service = await JsonAsync(recorded, HttpStatusCode.Created);
        (service.GetProperty("kind").GetString(), service.GetProperty("status").GetString(), service.GetProperty("provider").GetString(), service.GetProperty("minutes").GetInt32())
            .ShouldBe(("Interpreting", "Delivered", name, 45));
        (service.GetProperty("languageFrom").GetString(), service.GetProperty("languageTo").GetString(), service.GetProperty("deliveredOn").GetString())
            .ShouldBe(("so", "pl", Day(yesterday)));
        using var twice = await ngo.Client.PostAsync($"/api/v1/interpreter-requests/{request}/service", null, Cancel);
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await factory.CountAsync<SupportService>(s => s.BeneficiaryId == caseId && s.Kind == ServiceKind.Interpreting)).ShouldBe(1);
        using var again = await ngo.Client.GetAsync($"/api/v1/interpreter-requests/{request}", Cancel);
        (await JsonAsync(again, HttpStatusCode.OK)).GetProperty("serviceId").GetGuid().ShouldBe(service.GetProperty("id").GetGuid());
    }
}

public sealed class SqliteInterpretersHttpTests(SqliteFactoryFixture fixture) : InterpretersHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresInterpretersHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : InterpretersHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
