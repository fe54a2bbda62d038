using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.Warehouse;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Support;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Helpline;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;
using static Pathway.Web.Tests.ProblemDetails;
using static Pathway.Web.Tests.WarehouseFeedWaits;

namespace Pathway.Web.Tests;

/// <summary>
/// Support services and helpline calls in the analytics warehouse over HTTP, on SQLite and PostgreSQL: a
/// service recorded and delivered, a call imported or logged, reach the facts through the outbox without
/// names or numbers; a redelivery or an older snapshot changes nothing; a rebuild writes the same rows the
/// feed wrote; and the dashboard's support load counts what was recorded. Calls take days of their own in
/// 2024, away from the demo's weeks and the helpline tests' days.
/// </summary>
public abstract class SupportWarehouseHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task WaitForOutboxAsync(PathwayFactory factory) =>
        OutboxAsync(factory, OutboxEventNames.Of<SupportServiceFacts>(), OutboxEventNames.Of<HelplineCallFacts>());

    private static async Task<Guid> BeneficiaryAsync(WebSession ngo, string surname)
    {
        using var created = await ngo.Client.PostAsJsonAsync("/api/v1/beneficiaries", new
        {
            givenNames = "Zarmina", surname, birthDate = "2009-06-15", sex = "Female", citizenship = "AFG", language = "prs", legalBasis = "Consent", consentsToServices = true,
        }, Cancel);
        return (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task AService_ReachesTheWarehouseFromTheOutbox_Pseudonymised_AndARedeliveryOrAnOlderSnapshotChangesNothing()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var surname = "Rahimi-" + Guid.NewGuid().ToString("N")[..6];
        var beneficiary = await BeneficiaryAsync(ngo, surname);
        var api = $"/api/v1/beneficiaries/{beneficiary}/services";
        var today = OfficeDay.Today;
        using var planned = await ngo.Client.PostAsJsonAsync(api, new { kind = "PsychologicalCounselling", status = "Planned", dueOn = today, provider = "Marta Nowak" }, Cancel);
        var id = (await JsonAsync(planned, HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var first = await FactAsync(factory, db => db.Set<ServiceFact>().AsNoTracking().FirstOrDefaultAsync(f => f.ServiceId == id, Cancel));
        (first.Version, first.Status, first.On).ShouldBe((1, "Planned", today));

        using var delivered = await ngo.Client.PostAsJsonAsync($"{api}/{id}/delivered", new { deliveredOn = today, minutes = 50, outcome = "Sleeps better." }, Cancel);
        await JsonAsync(delivered, HttpStatusCode.OK);
        var fact = await FactAsync(factory, db => db.Set<ServiceFact>().AsNoTracking().FirstOrDefaultAsync(f => f.ServiceId == id && f.Version == 2, Cancel));
        (fact.Kind, fact.Status, fact.On, fact.Minutes, fact.Removed).ShouldBe(("PsychologicalCounselling", "Delivered", today, (int?)50, false));
        (fact.Citizenship, fact.Sex).ShouldBe(("AFG", "F"));
        fact.AgeBand.ShouldBe(today < new DateOnly(2027, 6, 15) ? "Y14-17" : "Y18-34");
        fact.PersonKey.Length.ShouldBe(32);
        fact.PersonKey.ShouldNotContain(beneficiary.ToString("N"));
        await WaitForOutboxAsync(factory);

        // What went through the outbox for statistics names nobody: no name, birth date, provider or outcome.
        await factory.WithDbAsync(async db =>
        {
            var payloads = await db.OutboxMessages.AsNoTracking().Where(m => m.Payload.Contains(id.ToString())).Select(m => new { m.Payload, m.TenantId }).ToListAsync(Cancel);
            payloads.Count.ShouldBe(2);
            payloads.ShouldAllBe(p => p.TenantId == fact.TenantId);
            payloads.ShouldAllBe(p => !p.Payload.Contains("Rahimi") && !p.Payload.Contains("Zarmina") && !p.Payload.Contains("2009-06-15") && !p.Payload.Contains("Marta") && !p.Payload.Contains("Sleeps"));
        });

        await RedeliverAsync(factory, id.ToString());
        await WaitForOutboxAsync(factory);
        (await FactAsync(factory, db => db.Set<ServiceFact>().AsNoTracking().FirstOrDefaultAsync(f => f.ServiceId == id, Cancel))).ShouldBeEquivalentTo(fact);
        (await factory.CountAsync<ServiceFact>(f => f.ServiceId == id)).ShouldBe(1);

        // The planned snapshot arriving late does not take the service back.
        await factory.WithDbAsync(async db =>
        {
            var older = new SupportServiceFacts(id, fact.TenantId, fact.OrganisationId, 1, false, beneficiary, null, "PsychologicalCounselling", "Planned", today, null, "AFG", "F", 16);
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(), TenantId = fact.TenantId, Type = OutboxEventNames.Of<SupportServiceFacts>(), Payload = JsonSerializer.Serialize(older), OccurredAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(Cancel);
        });
        await WaitForOutboxAsync(factory);
        (await FactAsync(factory, db => db.Set<ServiceFact>().AsNoTracking().FirstOrDefaultAsync(f => f.ServiceId == id, Cancel))).Status.ShouldBe("Delivered");

        // A removal is kept as such: a later older snapshot cannot bring the service back.
        await factory.WithDbAsync(async db =>
        {
            foreach (var (version, removed) in new[] { (9, true), (3, false) })
            {
                db.OutboxMessages.Add(new OutboxMessage
                {
                    Id = Guid.NewGuid(), TenantId = fact.TenantId, Type = OutboxEventNames.Of<SupportServiceFacts>(), OccurredAt = DateTime.UtcNow,
                    Payload = JsonSerializer.Serialize(new SupportServiceFacts(id, fact.TenantId, fact.OrganisationId, version, removed, beneficiary, null, "PsychologicalCounselling", "Delivered", today, 50, "AFG", "F", 16)),
                });
                await db.SaveChangesAsync(Cancel);
            }
        });
        await WaitForOutboxAsync(factory);
        var gone = await FactAsync(factory, db => db.Set<ServiceFact>().AsNoTracking().FirstOrDefaultAsync(f => f.ServiceId == id, Cancel));
        (gone.Removed, gone.Version).ShouldBe((true, 9));
    }

    [Fact]
    public async Task ImportedAndLoggedCalls_ReachTheWarehouse_OneFactPerCall_AndTheSameFileAgainChangesNothing()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        const string Day = "2024-03-04";
        var tag = string.Create(CultureInfo.InvariantCulture, $"1709542800.{Random.Shared.Next(1000, 9999)}.");
        string[] rows =
        [
            HelplineHttpTests.Row($"{tag}1", 1, "from-trunk", "Queue", $"{Day} 09:00:00", 30, 0, "NO ANSWER"),
            HelplineHttpTests.Row($"{tag}1", 2, "from-trunk", "Queue", $"{Day} 09:00:00", 30, 300, "ANSWERED"),
            HelplineHttpTests.Row($"{tag}2", 1, "ivr-info", "Playback", $"{Day} 11:00:00", 1, 90, "ANSWERED"),
            HelplineHttpTests.Row($"{tag}3", 1, "from-trunk", "Queue", $"{Day} 14:00:00", 45, 0, "NO ANSWER"),
        ];
        // Warsaw is UTC+1 in early March.
        static string Queue(string local, string call, string name, params int[] data) => string.Create(CultureInfo.InvariantCulture,
            $"{new DateTimeOffset(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), TimeSpan.FromHours(1)).ToUnixTimeSeconds()}|{call}|helpline|PJSIP/op|{name}|{string.Join('|', data)}");
        string[] queue =
        [
            Queue($"{Day} 09:00:00", $"{tag}1", "ENTERQUEUE"), Queue($"{Day} 09:00:30", $"{tag}1", "CONNECT", 30, 0, 3),
            Queue($"{Day} 14:00:00", $"{tag}3", "ENTERQUEUE"), Queue($"{Day} 14:00:45", $"{tag}3", "ABANDON", 1, 1, 45),
        ];
        async Task ImportAsync()
        {
            using var content = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join('\n', rows) + "\n")), "file", "Master.csv" },
                { new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join('\n', queue) + "\n")), "queueLog", "queue_log" },
            };
            using var response = await supervisor.Client.PostAsync("/api/v1/helpline/imports", content, Cancel);
            await JsonAsync(response, HttpStatusCode.Created);
        }

        await ImportAsync();
        var tenant = await TenantAsync(factory);
        Guid Call(int n) => HelplineCalls.IdOf(tenant, string.Create(CultureInfo.InvariantCulture, $"{tag}{n}"));
        var (first, second, third) = (Call(1), Call(2), Call(3));
        var answered = await FactAsync(factory, db => db.Set<CallFact>().AsNoTracking().FirstOrDefaultAsync(f => f.CallId == first, Cancel));
        await WaitForOutboxAsync(factory);
        (answered.Source, answered.On, answered.Hour, answered.Category, answered.Queue).ShouldBe(("telephony", new DateOnly(2024, 3, 4), 9, "Incoming", "helpline"));
        (answered.Answered, answered.Abandoned, answered.WaitSeconds, answered.TalkSeconds, answered.Version).ShouldBe((true, false, (int?)30, (int?)300, 4));
        var menu = await FactAsync(factory, db => db.Set<CallFact>().AsNoTracking().FirstOrDefaultAsync(f => f.CallId == second, Cancel));
        (menu.Category, menu.Queue, menu.WaitSeconds).ShouldBe(("AutomatedHelpline", (string?)null, (int?)null));
        var left = await FactAsync(factory, db => db.Set<CallFact>().AsNoTracking().FirstOrDefaultAsync(f => f.CallId == third, Cancel));
        (left.Answered, left.Abandoned, left.WaitSeconds, left.Hour).ShouldBe((false, true, (int?)45, 14));

        // The same files again add no row and raise nothing; a redelivery writes the same facts.
        var messages = await factory.CountAsync<OutboxMessage>(m => m.Type == OutboxEventNames.Of<HelplineCallFacts>());
        await ImportAsync();
        (await factory.CountAsync<OutboxMessage>(m => m.Type == OutboxEventNames.Of<HelplineCallFacts>())).ShouldBe(messages);
        await RedeliverAsync(factory, first.ToString());
        await WaitForOutboxAsync(factory);
        (await FactAsync(factory, db => db.Set<CallFact>().AsNoTracking().FirstOrDefaultAsync(f => f.CallId == first, Cancel))).ShouldBeEquivalentTo(answered);

        // A call logged by hand: its topic and language, no operator.
        using var operatorSession = await factory.SignInAsync(Roles.HelplineOperator);
        using var logged = await operatorSession.Client.PostAsJsonAsync("/api/v1/helpline/calls", new { at = "2024-03-04T16:20", direction = "Incoming", topic = "Housing", language = "uk", minutes = 7 }, Cancel);
        var loggedId = (await JsonAsync(logged, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var byHand = await FactAsync(factory, db => db.Set<CallFact>().AsNoTracking().FirstOrDefaultAsync(f => f.CallId == loggedId, Cancel));
        (byHand.Source, byHand.On, byHand.Hour, byHand.Category, byHand.Topic, byHand.Language, byHand.TalkSeconds).ShouldBe(("logged", new DateOnly(2024, 3, 4), 16, "Incoming", "Housing", "uk", (int?)420));
        await factory.WithDbAsync(async db =>
            (await db.OutboxMessages.Where(m => m.Payload.Contains(loggedId.ToString())).SingleAsync(Cancel)).Payload.ShouldNotContain(DemoAccounts.EmailOf(Roles.HelplineOperator)));
    }

    [Fact]
    public async Task ARebuild_WritesTheSameServiceAndCallRowsAsTheFeed_AndOneForEveryServiceAndCallTheSupportModuleHolds()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var beneficiary = await BeneficiaryAsync(ngo, "Karimi-" + Guid.NewGuid().ToString("N")[..6]);
        using (var given = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{beneficiary}/services",
            new { kind = "LegalAdvice", status = "Delivered", deliveredOn = OfficeDay.Today, provider = "Ewa", minutes = 30 }, Cancel))
        {
            await JsonAsync(given, HttpStatusCode.Created);
        }

        await WaitForOutboxAsync(factory);
        var tenant = await TenantAsync(factory);
        List<ServiceFact> fedServices = [];
        List<CallFact> fedCalls = [];
        await factory.WithDbAsync(async db =>
        {
            fedServices = await db.Set<ServiceFact>().AsNoTracking().Where(f => f.TenantId == tenant && !f.Removed).ToListAsync(Cancel);
            fedCalls = await db.Set<CallFact>().AsNoTracking().Where(f => f.TenantId == tenant && !f.Removed).ToListAsync(Cancel);
        });
        fedServices.ShouldNotBeEmpty();
        fedCalls.ShouldNotBeEmpty("the demo's helpline import told its calls to the outbox");

        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel);
        await JsonAsync(rebuilt, HttpStatusCode.OK);

        await factory.WithDbAsync(async db =>
        {
            var services = await db.Set<ServiceFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToDictionaryAsync(f => f.ServiceId, Cancel);
            var calls = await db.Set<CallFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToDictionaryAsync(f => f.CallId, Cancel);
            services.Count.ShouldBe(await db.Set<SupportService>().CountAsync(s => s.TenantId == tenant, Cancel));
            var callKeys = await db.Set<CallRecord>().Where(r => r.TenantId == tenant).Select(r => r.CallKey).Distinct().CountAsync(Cancel);
            calls.Count.ShouldBe(callKeys + await db.Set<LoggedCall>().CountAsync(c => c.TenantId == tenant, Cancel));
            foreach (var fed in fedServices)
            {
                services[fed.ServiceId].ShouldBeEquivalentTo(fed);
            }

            foreach (var fed in fedCalls)
            {
                calls[fed.CallId].ShouldBeEquivalentTo(fed);
            }

            // Pseudonymised: no column a name, a birth date or a contact could sit in.
            string[] personal = ["Name", "GivenNames", "Surname", "BirthDate", "Phone", "Email", "Caller", "CallerId", "Source", "Operator", "Provider", "Outcome", "Number"];
            db.Model.FindEntityType(typeof(ServiceFact))!.GetProperties().Select(p => p.Name).Intersect(personal).ShouldBeEmpty();
            db.Model.FindEntityType(typeof(CallFact))!.GetProperties().Select(p => p.Name).Intersect(personal.Except(["Source"])).ShouldBeEmpty();
        });

        var status = await analyst.Client.GetFromJsonAsync<JsonElement>("/api/v1/analytics/warehouse", Cancel);
        status.GetProperty("services").GetInt64().ShouldBeGreaterThanOrEqualTo(fedServices.Count);
        status.GetProperty("calls").GetInt64().ShouldBeGreaterThanOrEqualTo(fedCalls.Count);
    }

    [Fact]
    public async Task TheDashboardsSupportLoad_CountsTheServicesGivenAndTheCallsAsRecorded()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using (var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel))
        {
            await JsonAsync(rebuilt, HttpStatusCode.OK);
        }

        // The demo's two weeks of calls and its services, in whole months.
        var today = OfficeDay.Today;
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var to = new DateOnly(today.Year, today.Month, 1);
        var query = string.Create(CultureInfo.InvariantCulture, $"from={from:yyyy-MM}&to={to:yyyy-MM}");
        var figures = await analyst.Client.GetFromJsonAsync<JsonElement>($"/api/v1/analytics/dashboard?{query}", Cancel);
        var load = figures.GetProperty("supportLoad");
        var services = load.GetProperty("services").EnumerateArray().Select(s => (Kind: s.GetProperty("kind").GetString()!, Count: s.GetProperty("count").GetInt32())).ToList();
        var calls = load.GetProperty("calls").EnumerateArray().ToList();
        calls.Count.ShouldBe(2);

        var tenant = await TenantAsync(factory);
        var end = to.AddMonths(1);
        Dictionary<string, int> recorded = [];
        var logged = 0;
        await factory.WithDbAsync(async db =>
        {
            recorded = (await db.Set<SupportService>().Where(s => s.TenantId == tenant && s.Status == ServiceStatus.Delivered && s.DeliveredOn >= from && s.DeliveredOn < end)
                .Select(s => s.Kind).ToListAsync(Cancel)).GroupBy(k => k.ToString()).ToDictionary(g => g.Key, g => g.Count());
            var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
            var (start, stop) = (TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), zone), TimeZoneInfo.ConvertTimeToUtc(end.ToDateTime(TimeOnly.MinValue), zone));
            logged = await db.Set<LoggedCall>().CountAsync(c => c.TenantId == tenant && c.At >= start && c.At < stop, Cancel);
        });
        recorded.ShouldNotBeEmpty();
        services.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Sum(s => s.Count)).ShouldBe(recorded, ignoreOrder: true);

        // The calls as the helpline's own figures count them for the same days.
        var helpline = await analyst.Client.GetFromJsonAsync<JsonElement>(string.Create(CultureInfo.InvariantCulture, $"/api/v1/helpline/statistics?from={from:yyyy-MM-dd}&to={end.AddDays(-1):yyyy-MM-dd}"), Cancel);
        calls.Sum(c => c.GetProperty("answered").GetInt32()).ShouldBe(helpline.GetProperty("answeredIncoming").GetInt32());
        calls.Sum(c => c.GetProperty("abandoned").GetInt32()).ShouldBe(helpline.GetProperty("abandoned").GetInt32());
        calls.Sum(c => c.GetProperty("logged").GetInt32()).ShouldBe(logged);
        calls.Sum(c => c.GetProperty("answered").GetInt32()).ShouldBeGreaterThan(0);

        // The chart's table as a file, and the services narrowed by a filter that applies to them.
        using var csv = await analyst.Client.SendAsync(Get($"/api/v1/analytics/dashboard/support-load.csv?{query}", "en"), Cancel);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = (await csv.Content.ReadAsStringAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines[0].ShouldEndWith("Calls answered,Calls abandoned,Calls logged by hand");
        using var xlsx = await analyst.Client.GetAsync($"/api/v1/analytics/dashboard/support-load.xlsx?{query}", Cancel);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        var men = await analyst.Client.GetFromJsonAsync<JsonElement>($"/api/v1/analytics/dashboard?{query}&sex=M&citizenship=ZZZ", Cancel);
        men.GetProperty("supportLoad").GetProperty("services").GetArrayLength().ShouldBe(0);
        men.GetProperty("supportLoad").GetProperty("calls").EnumerateArray().Sum(c => c.GetProperty("answered").GetInt32())
            .ShouldBe(calls.Sum(c => c.GetProperty("answered").GetInt32()), "no filter of persons applies to the calls");
    }
}

public sealed class SqliteSupportWarehouseHttpTests(SqliteFactoryFixture fixture) : SupportWarehouseHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresSupportWarehouseHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : SupportWarehouseHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
