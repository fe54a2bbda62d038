using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Appointments;
using Pathway.Cases.WalkIn;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>The walk-in queue over HTTP, on SQLite and PostgreSQL, each test in an office of its own so their queues do not mix.</summary>
public abstract class WalkInHttpTests
{
    private const string Api = "/api/v1/cases/queue";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A new office of the demo tenant with counters 1 (information), 2 (information and submission) and 3 (collection).</summary>
    private static async Task<string> NewOfficeAsync(PathwayFactory factory, int informationCounters = 2)
    {
        var code = $"walk-{Guid.NewGuid().ToString("N")[..8]}";
        await factory.WithDbAsync(async db =>
        {
            var demo = await db.Set<Office>().FirstAsync(o => o.Code == "waw-marszalkowska", Cancel);
            var office = new Office { TenantId = demo.TenantId, OrganisationId = demo.OrganisationId, Code = code, Name = "Punkt informacyjny", Address = "Warszawa" };
            db.Add(office);
            for (var i = 1; i <= informationCounters; i++)
            {
                var services = i == 2 ? AppointmentService.Information | AppointmentService.Submission : AppointmentService.Information;
                db.Add(new Counter { TenantId = demo.TenantId, OfficeId = office.Id, Name = i.ToString(CultureInfo.InvariantCulture), Services = services });
            }

            db.Add(new Counter { TenantId = demo.TenantId, OfficeId = office.Id, Name = "C", Services = AppointmentService.Collection });
            await db.SaveChangesAsync(Cancel);
        });
        return code;
    }

    private static Task<HttpResponseMessage> IssueAsync(HttpClient client, string office, string service = "Information") =>
        client.PostAsJsonAsync($"{Api}/tickets", new { office, service }, Cancel);

    private static async Task<JsonElement> IssuedAsync(HttpClient client, string office, string service = "Information")
    {
        using var response = await IssueAsync(client, office, service);
        return await JsonAsync(response, HttpStatusCode.Created);
    }

    private static Task<HttpResponseMessage> CallAsync(HttpClient client, string office, string counter, string? service = null) =>
        client.PostAsJsonAsync($"{Api}/call", new { office, counter, service }, Cancel);

    [Fact]
    public async Task Issue_TwoKiosksAtOnce_NeverHandOutTheSameNumber()
    {
        var factory = await FactoryAsync();
        // A losing insert reaches the unique index, which EF logs as errors before the retry takes the next number.
        factory.Logs.Expect("Microsoft.EntityFrameworkCore.Update");
        factory.Logs.Expect("Microsoft.EntityFrameworkCore.Database.Command");
        using var first = await factory.SignInAsync(Roles.CaseOfficer);
        using var second = await factory.SignInAsync(Roles.Supervisor);
        var office = await NewOfficeAsync(factory);

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => IssueAsync(i % 2 == 0 ? first.Client : second.Client, office)));

        var codes = new List<string>();
        foreach (var response in responses)
        {
            codes.Add((await JsonAsync(response, HttpStatusCode.Created)).GetProperty("code").GetString()!);
            response.Dispose();
        }

        codes.Order().ShouldBe(Enumerable.Range(1, 16).Select(n => "A" + n.ToString("000", CultureInfo.InvariantCulture)));
        (await IssuedAsync(first.Client, office, "Submission")).GetProperty("code").GetString().ShouldBe("B001");
    }

    [Fact]
    public async Task Issue_OnANewDay_StartsAgainAtOne()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var office = await NewOfficeAsync(factory);
        var yesterday = await IssuedAsync(officer.Client, office);
        await IssuedAsync(officer.Client, office);
        var day = DateOnly.Parse(yesterday.GetProperty("day").GetString()!, CultureInfo.InvariantCulture).AddDays(-1);
        await factory.WithDbAsync(db => db.Set<Ticket>().Where(t => t.Day != day && db.Set<Office>().Any(o => o.Id == t.OfficeId && o.Code == office))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Day, day), Cancel));

        (await IssuedAsync(officer.Client, office)).GetProperty("code").GetString().ShouldBe("A001");
    }

    [Fact]
    public async Task Call_SeveralCountersAtOnce_NeverTakeTheSameTicket()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var office = await NewOfficeAsync(factory, informationCounters: 6);
        for (var i = 0; i < 3; i++)
        {
            await IssuedAsync(officer.Client, office);
        }

        var responses = await Task.WhenAll(Enumerable.Range(1, 6).Select(c => CallAsync(c % 2 == 0 ? officer.Client : supervisor.Client, office, c.ToString(CultureInfo.InvariantCulture))));

        var called = new List<string>();
        foreach (var response in responses)
        {
            if (response.StatusCode == HttpStatusCode.OK)
            {
                called.Add((await JsonAsync(response, HttpStatusCode.OK)).GetProperty("code").GetString()!);
            }
            else
            {
                response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync(Cancel));
            }

            response.Dispose();
        }

        called.Order().ShouldBe(["A001", "A002", "A003"]);
    }

    [Fact]
    public async Task Ticket_CalledRecalledServed_KeepsItsTimesAndCountsInTheStatistics()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var office = await NewOfficeAsync(factory);
        var issued = await IssuedAsync(officer.Client, office, "Submission");
        var id = issued.GetProperty("id").GetString();

        using var call = await CallAsync(officer.Client, office, "2");
        var called = await JsonAsync(call, HttpStatusCode.OK);
        using var busy = await CallAsync(officer.Client, office, "2");
        using var recall = await officer.Client.PostAsync($"{Api}/tickets/{id}/recall", null, Cancel);
        using var start = await officer.Client.PostAsync($"{Api}/tickets/{id}/start", null, Cancel);
        using var served = await officer.Client.PostAsync($"{Api}/tickets/{id}/served", null, Cancel);
        var done = await JsonAsync(served, HttpStatusCode.OK);
        using var again = await officer.Client.PostAsync($"{Api}/tickets/{id}/no-show", null, Cancel);
        using var nobody = await CallAsync(officer.Client, office, "2");
        var statistics = await officer.Client.GetFromJsonAsync<JsonElement>($"{Api}/statistics?office={office}", Cancel);

        called.GetProperty("code").GetString().ShouldBe("B001");
        called.GetProperty("counter").GetString().ShouldBe("2");
        called.GetProperty("status").GetString().ShouldBe("Called");
        (await ProblemDetails.TitleAsync(busy, HttpStatusCode.Conflict)).ShouldBe(ProblemDetails.Translation("This counter still has a called ticket: finish it first.", "pl"));
        (await JsonAsync(recall, HttpStatusCode.OK)).GetProperty("recalls").GetInt32().ShouldBe(1);
        (await JsonAsync(start, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Serving");
        done.GetProperty("status").GetString().ShouldBe("Served");
        done.GetProperty("calledAt").GetDateTime().ShouldBeGreaterThanOrEqualTo(issued.GetProperty("issuedAt").GetDateTime());
        done.GetProperty("endedAt").GetDateTime().ShouldBeGreaterThanOrEqualTo(done.GetProperty("serviceStartedAt").GetDateTime());
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        nobody.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var row = statistics.EnumerateArray().Single();
        row.GetProperty("service").GetString().ShouldBe("Submission");
        row.GetProperty("tickets").GetInt32().ShouldBe(1);
        row.GetProperty("served").GetInt32().ShouldBe(1);
        row.GetProperty("noShows").GetInt32().ShouldBe(0);
        row.GetProperty("medianWaitSeconds").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
        row.GetProperty("p90ServiceSeconds").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task Transfer_ClosesTheTicketAndQueuesANewNumberOfTheOtherService()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var office = await NewOfficeAsync(factory);
        await IssuedAsync(officer.Client, office);
        using var call = await CallAsync(officer.Client, office, "1");
        var id = (await JsonAsync(call, HttpStatusCode.OK)).GetProperty("id").GetString();

        using var transfer = await officer.Client.PostAsJsonAsync($"{Api}/tickets/{id}/transfer", new { service = "Collection" }, Cancel);
        var next = await JsonAsync(transfer, HttpStatusCode.OK);
        using var twice = await officer.Client.PostAsJsonAsync($"{Api}/tickets/{id}/transfer", new { service = "Submission" }, Cancel);
        var today = await officer.Client.GetFromJsonAsync<JsonElement>($"{Api}/tickets?office={office}", Cancel);
        using var collection = await CallAsync(officer.Client, office, "C");

        next.GetProperty("code").GetString().ShouldBe("D001");
        next.GetProperty("status").GetString().ShouldBe("Waiting");
        next.GetProperty("transferredFromId").GetString().ShouldBe(id);
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        today.EnumerateArray().Select(t => $"{t.GetProperty("code").GetString()} {t.GetProperty("status").GetString()}").ShouldBe(["A001 Transferred", "D001 Waiting"]);
        (await JsonAsync(collection, HttpStatusCode.OK)).GetProperty("code").GetString().ShouldBe("D001");
    }

    [Fact]
    public async Task BadInput_IsAProblemInTheReadersLanguage_AndWritesNothing()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        officer.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var office = await NewOfficeAsync(factory);
        var before = await factory.CountAsync<Ticket>();

        using var unknown = await IssueAsync(officer.Client, "nowhere", "Haircut");
        using var notJson = await officer.Client.PostAsync($"{Api}/tickets", new StringContent("office=x"), Cancel);
        using var noCounter = await CallAsync(officer.Client, office, "99");
        using var notServed = await CallAsync(officer.Client, office, "1", "Collection");
        using var noTicket = await officer.Client.PostAsync($"{Api}/tickets/{Guid.NewGuid()}/served", null, Cancel);
        using var badTransfer = await officer.Client.PostAsJsonAsync($"{Api}/tickets/{Guid.NewGuid()}/transfer", new { service = 5 }, Cancel);
        using var badDays = await officer.Client.GetAsync($"{Api}/statistics?office={office}&from=2026-12-10&to=2026-12-01", Cancel);

        var errors = await ProblemDetails.ErrorsAsync(unknown);
        errors["office"].ShouldBe([ProblemDetails.Translation("No office has this code.", "pl")]);
        errors["service"].ShouldBe([ProblemDetails.Translation("The service must be one of: {0}.", "pl", "Information, Submission, Fingerprints, Collection")]);
        notJson.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await ProblemDetails.TitleAsync(noCounter, HttpStatusCode.NotFound)).ShouldBe(ProblemDetails.Translation("The office has no counter of this name.", "pl"));
        (await ProblemDetails.TitleAsync(notServed, HttpStatusCode.Conflict)).ShouldBe(ProblemDetails.Translation("This counter does not serve this service.", "pl"));
        (await ProblemDetails.TitleAsync(noTicket, HttpStatusCode.NotFound)).ShouldBe(ProblemDetails.Translation("No ticket has this id.", "pl"));
        badTransfer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemDetails.ErrorsAsync(badDays))["to"].ShouldBe([ProblemDetails.Translation("The last day must be on or after the first, and at most 92 days on.", "pl")]);
        (await factory.CountAsync<Ticket>()).ShouldBe(before);
    }

    [Fact]
    public async Task Issue_WithAKioskKey_IsAllowedButTheKeyReadsNothing()
    {
        var factory = await FactoryAsync();
        var office = await NewOfficeAsync(factory);
        using var kiosk = factory.CreateClient();
        kiosk.DefaultRequestHeaders.Add("X-Api-Key", await KioskKeyAsync(factory));

        var ticket = await IssuedAsync(kiosk, office, "Fingerprints");
        using var list = await kiosk.GetAsync($"{Api}/tickets?office={office}", Cancel);
        using var call = await CallAsync(kiosk, office, "1");

        ticket.GetProperty("code").GetString().ShouldBe("C001");
        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        call.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Display_WithoutSignIn_ShowsTheCallInFiveLanguagesAndNoPersonalData()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var office = await NewOfficeAsync(factory);
        await IssuedAsync(officer.Client, office);
        using var call = await CallAsync(officer.Client, office, "2");
        call.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var visitor = factory.CreateClient();

        using var response = await visitor.GetAsync($"/en/cases/queue-display?office={office}", Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("http-equiv=\"refresh\"");
        html.ShouldContain("A001");
        foreach (var language in new[] { "pl", "en", "uk", "ru" })
        {
            html.ShouldContain($"lang=\"{language}\"");
        }

        html.ShouldContain("lang=\"ar\" dir=\"rtl\"");
        var text = WebUtility.HtmlDecode(html);
        text.ShouldContain(ProblemDetails.Translation("Ticket {0} → counter {1}", "uk", "A001", "2"));
        text.ShouldContain(ProblemDetails.Translation("Ticket {0} → counter {1}", "ar", "A001", "2"));
    }

    private static async Task<string> KioskKeyAsync(PathwayFactory factory)
    {
        using var admin = await factory.SignInAsync(Roles.Admin);
        var unit = Guid.Empty;
        await factory.WithDbAsync(async db => unit = (await db.Organisations.FirstAsync(o => o.Kind == OrganisationKind.OfficeUnit, Cancel)).Id);
        using var created = await admin.Client.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "Waiting room kiosk", scopes = new[] { "cases.queue.kiosk" }, organisationId = unit, validDays = 30 }, Cancel);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancel));
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("secret").GetString()!;
    }
}

public sealed class SqliteWalkInHttpTests(SqliteFactoryFixture fixture) : WalkInHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresWalkInHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : WalkInHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
