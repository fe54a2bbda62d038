using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Analytics.Warehouse;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Outbox;
using Pathway.Platform.Protection;
using Pathway.Platform.Support;
using Pathway.Support.Beneficiaries;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;
using static Pathway.Web.Tests.WarehouseFeedWaits;

namespace Pathway.Web.Tests;

/// <summary>
/// Support cases (beneficiaries) in the analytics warehouse over HTTP, on SQLite and PostgreSQL: an intake, a
/// transfer, a need assessment and a closure reach the facts through the outbox under keyed pseudonyms, without
/// a name or a number; a redelivery or an older snapshot changes nothing; an anonymisation by the retention rules
/// marks the case removed; a rebuild writes the same rows the feed wrote.
/// </summary>
public abstract class BeneficiaryWarehouseHttpTests
{
    private const string Ngo = "Fundacja Wspólna Droga";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task WaitForOutboxAsync(PathwayFactory factory) =>
        OutboxAsync(factory, OutboxEventNames.Of<BeneficiaryFacts>(), OutboxEventNames.Of<SupportServiceFacts>());

    private static async Task<Guid> RegisterAsync(WebSession session, string surname)
    {
        using var created = await session.Client.PostAsJsonAsync("/api/v1/beneficiaries", new
        {
            givenNames = "Zarmina", surname, birthDate = "1990-06-15", sex = "Female", citizenship = "AFG", language = "prs", legalBasis = "VitalInterests", registerAnyway = true,
        }, Cancel);
        return (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task<WebSession> NgoSupervisorAsync(PathwayFactory factory)
    {
        var session = factory.Session();
        await session.SignInAsync(DemoAccounts.NgoSupervisor);
        return session;
    }

    /// <summary>The warehouse's key of a case and of its person, as the feed makes them.</summary>
    private static async Task<(string Case, string Person)> KeysAsync(PathwayFactory factory, Guid tenant, Guid beneficiary)
    {
        (string, string) keys = default;
        await factory.WithScopeAsync(services =>
        {
            var pseudonyms = services.GetRequiredService<Pseudonyms>();
            keys = (pseudonyms.Of(tenant, "warehouse beneficiary", beneficiary), pseudonyms.Of(tenant, "warehouse person", beneficiary));
            return Task.CompletedTask;
        });
        return keys;
    }

    private static Task<BeneficiaryFact> FactAsync(PathwayFactory factory, string key, int version) =>
        WarehouseFeedWaits.FactAsync(factory, db => db.Set<BeneficiaryFact>().AsNoTracking().FirstOrDefaultAsync(f => f.BeneficiaryKey == key && f.Version >= version, Cancel));

    [Fact]
    public async Task ACase_ReachesTheWarehouseAtIntakeTransferAssessmentAndClosure_Pseudonymised_AndARedeliveryOrAnOlderSnapshotChangesNothing()
    {
        var factory = await FactoryAsync();
        var tenant = await TenantAsync(factory);
        var ngoOrganisation = await factory.OrganisationIdAsync(Ngo);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var surname = "Haidari-" + Guid.NewGuid().ToString("N")[..6];
        var id = await RegisterAsync(supervisor, surname);
        var (key, person) = await KeysAsync(factory, tenant, id);
        Beneficiary registered = null!;
        await factory.WithDbAsync(async db => registered = await db.Set<Beneficiary>().IgnoreQueryFilters().AsNoTracking().SingleAsync(b => b.Id == id, Cancel));

        // Intake: the office's case, registered today, with no needs assessed.
        var intake = await FactAsync(factory, key, 1);
        (intake.Version, intake.Removed, intake.TenantId, intake.OrganisationId, intake.PersonKey).ShouldBe((1, false, tenant, registered.OrganisationId, person));
        (intake.RegisteredOn, intake.ClosedOn, intake.ClosureReason).ShouldBe((DateOnly.FromDateTime(registered.CreatedAt), (DateOnly?)null, (string?)null));
        (intake.Citizenship, intake.Sex, intake.AgeBand, intake.Vulnerable, intake.NeedCategories).ShouldBe(("AFG", "F", "Y35-64", false, ""));

        // A transfer to the NGO: the case is counted for the organisation that holds it now.
        using (var requested = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/transfers",
            new { toOrganisationId = ngoOrganisation, reason = "The foundation runs the shelter she needs.", overrideReason = "She cannot be reached to consent." }, Cancel))
        {
            var transfer = (await JsonAsync(requested, HttpStatusCode.Created)).GetProperty("id").GetGuid();
            using var worker = await factory.SignInAsync(Roles.NgoWorker);
            using var accepted = await worker.Client.PostAsync($"/api/v1/transfers/{transfer}/accept", null, Cancel);
            await JsonAsync(accepted, HttpStatusCode.OK);
        }

        (await FactAsync(factory, key, 2)).OrganisationId.ShouldBe(ngoOrganisation);

        // An assessment that finds needs; one dated before it, finding none, is not the current one and tells nothing.
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var today = OfficeDay.Today;
        using (var assessed = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/assessments", new
        {
            assessedOn = today, needs = new object[] { new { category = "MentalHealth" }, new { category = "Disability" } }, note = "Sleeps badly since the journey.", nextReviewOn = today.AddDays(30),
        }, Cancel))
        {
            await JsonAsync(assessed, HttpStatusCode.Created);
        }

        var needs = await FactAsync(factory, key, 3);
        (needs.Version, needs.Vulnerable, needs.NeedCategories).ShouldBe((3, true, "Disability MentalHealth"));
        using (var earlier = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/assessments",
            new { assessedOn = today.AddDays(-30), noSpecificNeeds = true, nextReviewOn = today.AddDays(-1) }, Cancel))
        {
            await JsonAsync(earlier, HttpStatusCode.Created);
        }

        // A service of the case: its person is the same pseudonym, so the two tables join.
        using (var given = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/services",
            new { kind = "LegalAdvice", status = "Delivered", deliveredOn = today, provider = "Marta Nowak", minutes = 30 }, Cancel))
        {
            var service = (await JsonAsync(given, HttpStatusCode.Created)).GetProperty("id").GetGuid();
            (await WarehouseFeedWaits.FactAsync(factory, db => db.Set<ServiceFact>().AsNoTracking().FirstOrDefaultAsync(f => f.ServiceId == service, Cancel))).PersonKey.ShouldBe(person);
        }

        // Closed by the team's request and a supervisor's approval.
        using (var asked = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/closures", new { reason = "GoalsReached", note = "Housing arranged." }, Cancel))
        {
            var closure = (await JsonAsync(asked, HttpStatusCode.Created)).GetProperty("id").GetGuid();
            using var ngoSupervisor = await NgoSupervisorAsync(factory);
            using var approved = await ngoSupervisor.Client.PostAsJsonAsync($"/api/v1/closures/{closure}/approve", new { }, Cancel);
            await JsonAsync(approved, HttpStatusCode.OK);
        }

        var closed = await FactAsync(factory, key, 4);
        DateOnly closedOn = default;
        string number = "";
        await factory.WithDbAsync(async db =>
        {
            var saved = await db.Set<Beneficiary>().IgnoreQueryFilters().AsNoTracking().SingleAsync(b => b.Id == id, Cancel);
            (closedOn, number) = (DateOnly.FromDateTime(saved.ClosedAt!.Value), saved.Number);
            saved.Version.ShouldBe(4, "the earlier assessment told nothing");
        });
        (closed.Version, closed.ClosedOn, closed.ClosureReason, closed.OrganisationId).ShouldBe((4, (DateOnly?)closedOn, "GoalsReached", ngoOrganisation));
        (closed.Vulnerable, closed.NeedCategories, closed.PersonKey).ShouldBe((true, "Disability MentalHealth", person));
        await WaitForOutboxAsync(factory);

        // What went through the outbox names nobody, and the warehouse keeps no support case id.
        await factory.WithDbAsync(async db =>
        {
            var type = OutboxEventNames.Of<BeneficiaryFacts>();
            var payloads = await db.OutboxMessages.AsNoTracking().Where(m => m.Type == type && m.Payload.Contains(id.ToString())).Select(m => new { m.Payload, m.TenantId }).ToListAsync(Cancel);
            payloads.Count.ShouldBe(4);
            payloads.ShouldAllBe(p => p.TenantId == tenant);
            payloads.ShouldAllBe(p => !p.Payload.Contains(surname) && !p.Payload.Contains("Zarmina") && !p.Payload.Contains("1990-06-15") && !p.Payload.Contains(number)
                && !p.Payload.Contains("Sleeps") && !p.Payload.Contains("Housing") && !p.Payload.Contains("\"Language\""));
        });
        closed.BeneficiaryKey.ShouldNotContain(id.ToString("N"));
        closed.PersonKey.ShouldNotContain(id.ToString("N"));

        await RedeliverAsync(factory, id.ToString());
        await WaitForOutboxAsync(factory);
        (await FactAsync(factory, key, 4)).ShouldBeEquivalentTo(closed);
        (await factory.CountAsync<BeneficiaryFact>(f => f.BeneficiaryKey == key)).ShouldBe(1);

        // The intake's snapshot arriving late does not reopen the case.
        await factory.WithDbAsync(async db =>
        {
            var older = new BeneficiaryFacts(id, tenant, registered.OrganisationId, 1, false, null, intake.RegisteredOn, null, null, "AFG", "F", 35, []);
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(), TenantId = tenant, Type = OutboxEventNames.Of<BeneficiaryFacts>(), Payload = JsonSerializer.Serialize(older), OccurredAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(Cancel);
        });
        await WaitForOutboxAsync(factory);
        (await FactAsync(factory, key, 4)).ShouldBeEquivalentTo(closed);
    }

    [Fact]
    public async Task AnAnonymisationByTheRetentionRules_MarksTheCaseRemoved_AndTheStatusNoLongerCountsIt()
    {
        var factory = await FactoryAsync();
        var tenant = await TenantAsync(factory);
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        var id = await RegisterAsync(worker, "Bondarenko-" + Guid.NewGuid().ToString("N")[..6]);
        var (key, person) = await KeysAsync(factory, tenant, id);
        var registered = await FactAsync(factory, key, 1);
        await factory.WithDbAsync(db => db.Set<Beneficiary>().IgnoreQueryFilters().Where(b => b.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.ClosedAt, DateTime.UtcNow.AddYears(-6)), Cancel));

        using var supervisor = await NgoSupervisorAsync(factory);
        using (var ran = await supervisor.Client.PostAsync("/api/v1/retention/runs", null, Cancel))
        {
            await JsonAsync(ran, HttpStatusCode.Created);
        }

        var removed = await FactAsync(factory, key, registered.Version + 1);
        (removed.Removed, removed.Version, removed.PersonKey, removed.RegisteredOn, removed.Citizenship).ShouldBe((true, registered.Version + 1, person, registered.RegisteredOn, "AFG"));
        removed.ClosedOn.ShouldNotBeNull();
        await WaitForOutboxAsync(factory);

        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var status = await analyst.Client.GetFromJsonAsync<JsonElement>("/api/v1/analytics/warehouse", Cancel);
        status.GetProperty("beneficiaries").GetInt64().ShouldBe(await factory.CountAsync<BeneficiaryFact>(f => f.TenantId == tenant && !f.Removed));
    }

    [Fact]
    public async Task ARebuild_WritesTheSameCaseRowsAsTheFeed_AndOneForEveryCaseTheSupportModuleHolds()
    {
        var factory = await FactoryAsync();
        var tenant = await TenantAsync(factory);
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var id = await RegisterAsync(ngo, "Karimi-" + Guid.NewGuid().ToString("N")[..6]);
        var today = OfficeDay.Today;
        using (var assessed = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/assessments",
            new { assessedOn = today, needs = new object[] { new { category = "OlderPerson" } }, nextReviewOn = today.AddDays(90) }, Cancel))
        {
            await JsonAsync(assessed, HttpStatusCode.Created);
        }

        var (key, _) = await KeysAsync(factory, tenant, id);
        await FactAsync(factory, key, 2);
        await WaitForOutboxAsync(factory);
        List<BeneficiaryFact> fed = [];
        await factory.WithDbAsync(async db => fed = await db.Set<BeneficiaryFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToListAsync(Cancel));
        fed.ShouldContain(f => f.BeneficiaryKey == key && f.NeedCategories == "OlderPerson");

        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using (var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel))
        {
            await JsonAsync(rebuilt, HttpStatusCode.OK);
        }

        await factory.WithDbAsync(async db =>
        {
            var rows = await db.Set<BeneficiaryFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToDictionaryAsync(f => f.BeneficiaryKey, Cancel);
            rows.Count.ShouldBe(await db.Set<Beneficiary>().IgnoreQueryFilters().CountAsync(b => b.TenantId == tenant, Cancel));
            foreach (var fact in fed)
            {
                rows[fact.BeneficiaryKey].ShouldBeEquivalentTo(fact);
            }

            // Pseudonymised: no column a name, a birth date, a number or the support case's id could sit in.
            string[] personal = ["Name", "GivenNames", "Surname", "BirthDate", "Number", "Language", "Note", "BeneficiaryId", "PersonId"];
            db.Model.FindEntityType(typeof(BeneficiaryFact))!.GetProperties().Select(p => p.Name).Intersect(personal).ShouldBeEmpty();
        });

        var status = await analyst.Client.GetFromJsonAsync<JsonElement>("/api/v1/analytics/warehouse", Cancel);
        status.GetProperty("beneficiaries").GetInt64().ShouldBe(await factory.CountAsync<BeneficiaryFact>(f => f.TenantId == tenant && !f.Removed));
        status.GetProperty("beneficiaries").GetInt64().ShouldBeGreaterThanOrEqualTo(fed.Count(f => !f.Removed));
    }
}

public sealed class SqliteBeneficiaryWarehouseHttpTests(SqliteFactoryFixture fixture) : BeneficiaryWarehouseHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresBeneficiaryWarehouseHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : BeneficiaryWarehouseHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
