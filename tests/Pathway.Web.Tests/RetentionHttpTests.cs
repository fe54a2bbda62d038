using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Helpline;
using Pathway.Support.Retention;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// Retention over HTTP, on SQLite and PostgreSQL: the organisation's periods and their checks, what
/// is due, a run that anonymises the cases closed long ago (not a held one, not a recent one) and
/// deletes the helpline's old calls (not the recent ones), once a day, legal holds placed and lifted
/// by the case's own supervisors only; every step audited.
/// </summary>
public abstract class RetentionHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<Guid> RegisterAsync(WebSession session, string surname)
    {
        using var created = await session.Client.PostAsJsonAsync("/api/v1/beneficiaries",
            new { givenNames = "Halyna", surname, birthDate = "1979-08-23", sex = "Female", citizenship = "UKR", language = "uk", legalBasis = "VitalInterests", registerAnyway = true }, Cancel);
        return (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task<WebSession> AsAsync(PathwayFactory factory, string email)
    {
        var session = factory.Session();
        await session.SignInAsync(email);
        return session;
    }

    private static Task CloseAsync(PathwayFactory factory, Guid id, DateTime at) =>
        factory.WithDbAsync(db => db.Set<Beneficiary>().IgnoreQueryFilters().Where(b => b.Id == id).ExecuteUpdateAsync(s => s.SetProperty(b => b.ClosedAt, at), Cancel));

    private static async Task<Beneficiary> CaseAsync(PathwayFactory factory, Guid id)
    {
        Beneficiary found = null!;
        await factory.WithDbAsync(async db => found = await db.Set<Beneficiary>().IgnoreQueryFilters().AsNoTracking().Include(b => b.Team).SingleAsync(b => b.Id == id, Cancel));
        return found;
    }

    private static JsonElement Result(JsonElement run, string recordType) =>
        run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("recordType").GetString() == recordType);

    [Fact]
    public async Task ARun_AnonymisesCasesClosedLongAgo_ButNeitherAHeldNorARecentOne_AndRunsOnceADay()
    {
        var factory = await FactoryAsync();
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        using var supervisor = await AsAsync(factory, DemoAccounts.NgoSupervisor);
        var old = await RegisterAsync(worker, "Bondarenko");
        var held = await RegisterAsync(worker, "Shevchuk");
        var recent = await RegisterAsync(worker, "Kovalenko");
        using var service = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{old}/services",
            new { kind = "LegalAdvice", status = "Delivered", deliveredOn = OfficeDay.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), provider = "Adwokat", minutes = 30, outcome = "Advised on her husband's threats", project = "AMIF.2024.PL.07" }, Cancel);
        service.StatusCode.ShouldBe(HttpStatusCode.Created);
        await CloseAsync(factory, old, DateTime.UtcNow.AddYears(-6));
        await CloseAsync(factory, held, DateTime.UtcNow.AddYears(-6));
        await CloseAsync(factory, recent, DateTime.UtcNow.AddYears(-1));

        // The hold needs its reason, and a last day not past; the case worker may not place one.
        using var bare = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{held}/holds", new { until = "2001-01-01" }, Cancel);
        var errors = await ProblemDetails.ErrorsAsync(bare);
        errors["reason"].ShouldBe([ProblemDetails.Translation("Write the reason.", "pl")]);
        errors["until"].ShouldBe([ProblemDetails.Translation("The last day of the hold cannot be before today.", "pl")]);
        using var byWorker = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{held}/holds", new { reason = "Court" }, Cancel);
        byWorker.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var placed = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{held}/holds", new { reason = "Criminal proceedings against her employer: the prosecutor asked for the file." }, Cancel);
        var hold = await JsonAsync(placed, HttpStatusCode.Created);
        hold.GetProperty("stands").GetBoolean().ShouldBeTrue();

        using var dueAnswer = await supervisor.Client.GetAsync("/api/v1/retention/due", Cancel);
        var cases = (await JsonAsync(dueAnswer, HttpStatusCode.OK)).EnumerateArray().Single(d => d.GetProperty("recordType").GetString() == "ClosedCases");
        (cases.GetProperty("due").GetInt32(), cases.GetProperty("heldBack").GetInt32()).ShouldBe((1, 1));

        using var ran = await supervisor.Client.PostAsync("/api/v1/retention/runs", null, Cancel);
        var run = await JsonAsync(ran, HttpStatusCode.Created);
        var closedCases = Result(run, "ClosedCases");
        (closedCases.GetProperty("acted").GetInt32(), closedCases.GetProperty("heldBack").GetInt32()).ShouldBe((1, 1));
        run.GetProperty("results").EnumerateArray().ShouldNotContain(r => r.GetProperty("recordType").GetString() == "HelplineCalls", "the helpline is the office's");

        var anonymised = await CaseAsync(factory, old);
        anonymised.AnonymisedAt.ShouldNotBeNull();
        anonymised.Name.ShouldNotContain("Bondarenko");
        anonymised.BirthDate.ShouldBe(new DateOnly(1979, 1, 1));
        anonymised.Citizenship.ShouldBe("UKR");
        anonymised.MatchKey.ShouldBeEmpty();
        anonymised.Team.ShouldBeEmpty();
        await factory.WithDbAsync(async db =>
        {
            var kept = await db.Set<SupportService>().AsNoTracking().SingleAsync(s => s.BeneficiaryId == old, Cancel);
            (kept.Outcome, kept.Kind, kept.Minutes, kept.Project).ShouldBe((null, ServiceKind.LegalAdvice, 30, "AMIF.2024.PL.07"), "what the fund reports count stays");
        });
        using var reopen = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{old}/reopen", new { reason = "She came back." }, Cancel);
        (await JsonAsync(reopen, HttpStatusCode.Conflict)).GetProperty("title").GetString()
            .ShouldBe(ProblemDetails.Translation("The case was anonymised under the retention rules: it cannot be reopened. Register the person again if they come back.", "pl"));
        (await CaseAsync(factory, held)).Surname.ShouldBe("Shevchuk");
        (await CaseAsync(factory, recent)).AnonymisedAt.ShouldBeNull();

        // The same day again: nothing is run.
        using var again = await supervisor.Client.PostAsync("/api/v1/retention/runs", null, Cancel);
        (await JsonAsync(again, HttpStatusCode.Conflict)).GetProperty("title").GetString().ShouldBe(ProblemDetails.Translation("The retention rules ran for your organisation today already.", "pl"));
        using var runs = await supervisor.Client.GetAsync("/api/v1/retention/runs", Cancel);
        (await JsonAsync(runs, HttpStatusCode.OK))[0].GetProperty("id").GetGuid().ShouldBe(run.GetProperty("id").GetGuid());

        // Lifting needs a reason, once.
        var holdId = hold.GetProperty("id").GetGuid();
        using var liftBare = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{held}/holds/{holdId}/lift", new { }, Cancel);
        (await ProblemDetails.ErrorsAsync(liftBare))["reason"].ShouldBe([ProblemDetails.Translation("Write the reason.", "pl")]);
        using var lifted = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{held}/holds/{holdId}/lift", new { reason = "The proceedings ended." }, Cancel);
        (await JsonAsync(lifted, HttpStatusCode.OK)).GetProperty("stands").GetBoolean().ShouldBeFalse();
        using var twice = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{held}/holds/{holdId}/lift", new { reason = "again" }, Cancel);
        (await JsonAsync(twice, HttpStatusCode.Conflict)).GetProperty("title").GetString().ShouldBe(ProblemDetails.Translation("This legal hold has been lifted already.", "pl"));

        (await factory.CountAsync<AuditEntry>(a => a.Action == "legal-hold" && a.EntityId == held.ToString())).ShouldBe(1);
        (await factory.CountAsync<AuditEntry>(a => a.Action == "legal-hold-lift" && a.EntityId == held.ToString())).ShouldBe(1);
        (await factory.CountAsync<AuditEntry>(a => a.Action == "retention-anonymise" && a.EntityId == old.ToString())).ShouldBe(1);
        (await factory.CountAsync<AuditEntry>(a => a.Action == "retention-anonymise" && a.EntityId == held.ToString())).ShouldBe(0);
        (await factory.CountAsync<AuditEntry>(a => a.Action == "retention-run" && a.EntityId == run.GetProperty("id").GetString())).ShouldBe(1);
    }

    [Fact]
    public async Task TheOfficesRun_DeletesOldHelplineCalls_ButNotRecentOnes_InAuditedBatches()
    {
        var factory = await FactoryAsync();
        var (oldCall, recentCall, oldLogged) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await factory.WithDbAsync(async db =>
        {
            var tenant = await db.Tenants.Select(t => t.Id).FirstAsync(Cancel);
            CallRecord Call(Guid id, DateTime at) => new()
            {
                Id = id, TenantId = tenant, Key = id.ToString("N"), CallKey = id.ToString("N"), StartedAt = at, EndedAt = at.AddMinutes(3), Duration = 180, BillableSeconds = 170,
                Disposition = "ANSWERED", DestinationContext = "helpline", Channel = "SIP/trunk-1", DestinationChannel = "SIP/201-1", Destination = "201", LastApplication = "Queue",
            };
            db.AddRange(Call(oldCall, DateTime.UtcNow.AddYears(-3)), Call(recentCall, DateTime.UtcNow.AddMonths(-1)));
            db.Add(new LoggedCall { Id = oldLogged, TenantId = tenant, At = DateTime.UtcNow.AddYears(-3), Language = "uk", Minutes = 5, Operator = "operator", LoggedAt = DateTime.UtcNow.AddYears(-3) });
            await db.SaveChangesAsync(Cancel);
        });

        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var dueAnswer = await supervisor.Client.GetAsync("/api/v1/retention/due", Cancel);
        var helpline = (await JsonAsync(dueAnswer, HttpStatusCode.OK)).EnumerateArray().Single(d => d.GetProperty("recordType").GetString() == "HelplineCalls");
        helpline.GetProperty("due").GetInt32().ShouldBeGreaterThanOrEqualTo(2);

        using var ran = await supervisor.Client.PostAsync("/api/v1/retention/runs", null, Cancel);
        var run = await JsonAsync(ran, HttpStatusCode.Created);
        Result(run, "HelplineCalls").GetProperty("acted").GetInt32().ShouldBe(helpline.GetProperty("due").GetInt32());
        (await factory.CountAsync<CallRecord>(c => c.Id == oldCall)).ShouldBe(0);
        (await factory.CountAsync<LoggedCall>(c => c.Id == oldLogged)).ShouldBe(0);
        (await factory.CountAsync<CallRecord>(c => c.Id == recentCall)).ShouldBe(1);
        (await factory.CountAsync<AuditEntry>(a => a.Action == "retention-delete" && a.EntityType == nameof(CallRecord))).ShouldBeGreaterThanOrEqualTo(1);
        (await factory.CountAsync<AuditEntry>(a => a.Action == "retention-delete" && a.EntityType == nameof(LoggedCall))).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Policies_AreCheckedFieldByField_InTheCallersLanguage_AndSavedAllOrNone()
    {
        var factory = await FactoryAsync();
        using var supervisor = await AsAsync(factory, DemoAccounts.NgoSupervisor);
        using var listed = await supervisor.Client.GetAsync("/api/v1/retention/policies", Cancel);
        var policies = await JsonAsync(listed, HttpStatusCode.OK);
        policies.EnumerateArray().Select(p => p.GetProperty("recordType").GetString()).ShouldNotContain("HelplineCalls", "an NGO keeps no helpline");
        policies.EnumerateArray().ShouldAllBe(p => p.GetProperty("isDefault").GetBoolean());

        using var wrong = await supervisor.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/v1/retention/policies")
        {
            Content = JsonContent.Create(new
            {
                policies = new object[]
                {
                    new { recordType = "GbvIncidents", amount = 12, unit = "Years" },
                    new { recordType = "ClosedCases", amount = 0, unit = "Years" },
                    new { recordType = "TracingRequests", amount = 30, unit = "Years" },
                    new { recordType = "BreakGlassOpenings", amount = 3 },
                    new { recordType = "HelplineCalls", amount = 12, unit = "Months" },
                },
            }),
            Headers = { AcceptLanguage = { new("de") } },
        }, Cancel);
        var errors = await ProblemDetails.ErrorsAsync(wrong);
        errors["policies[1].amount"].ShouldBe([ProblemDetails.Translation("Write a whole number greater than zero.", "de")]);
        errors["policies[2].amount"].ShouldBe([ProblemDetails.Translation("Keep these records at least {0} and at most {1} months.", "de", 6, 120)]);
        errors["policies[3].unit"].ShouldBe([ProblemDetails.Translation("Choose months or years.", "de")]);
        errors["policies[4].recordType"].ShouldBe([ProblemDetails.Translation("Your organisation does not keep this kind of record.", "de")]);
        errors.ShouldNotContainKey("policies[0].amount");
        (await factory.CountAsync<RetentionPolicy>()).ShouldBe(0, "nothing half-written");

        using var saved = await supervisor.Client.PutAsJsonAsync("/api/v1/retention/policies",
            new { policies = new[] { new { recordType = "GbvIncidents", amount = 12, unit = "Years" }, new { recordType = "TracingRequests", amount = 6, unit = "Months" } } }, Cancel);
        var after = (await JsonAsync(saved, HttpStatusCode.OK)).EnumerateArray().ToDictionary(p => p.GetProperty("recordType").GetString()!);
        (after["GbvIncidents"].GetProperty("amount").GetInt32(), after["GbvIncidents"].GetProperty("isDefault").GetBoolean()).ShouldBe((12, false));
        after["TracingRequests"].GetProperty("unit").GetString().ShouldBe("Months");
        after["ClosedCases"].GetProperty("isDefault").GetBoolean().ShouldBeTrue();
        (await factory.CountAsync<AuditEntry>(a => a.Action == AuditAction.Create && a.EntityType == nameof(RetentionPolicy))).ShouldBe(2);

        using var due = await supervisor.Client.GetAsync("/api/v1/retention/due", Cancel);
        var gbv = (await JsonAsync(due, HttpStatusCode.OK)).EnumerateArray().Single(d => d.GetProperty("recordType").GetString() == "GbvIncidents");
        (gbv.GetProperty("amount").GetInt32(), gbv.GetProperty("unit").GetString()).ShouldBe((12, "Years"));

        // The office's supervisor sees the office's own periods, untouched, with the helpline's.
        using var office = await factory.SignInAsync(Roles.Supervisor);
        using var officePolicies = await office.Client.GetAsync("/api/v1/retention/policies", Cancel);
        var theirs = await JsonAsync(officePolicies, HttpStatusCode.OK);
        theirs.EnumerateArray().ShouldAllBe(p => p.GetProperty("isDefault").GetBoolean());
        theirs.EnumerateArray().Select(p => p.GetProperty("recordType").GetString()).ShouldContain("HelplineCalls");
    }

    [Fact]
    public async Task ASupervisor_HoldsOnlyTheirOwnOrganisationsCases()
    {
        var factory = await FactoryAsync();
        using var ngoWorker = await factory.SignInAsync(Roles.NgoWorker);
        using var ngoSupervisor = await AsAsync(factory, DemoAccounts.NgoSupervisor);
        using var office = await factory.SignInAsync(Roles.Supervisor);
        var ngoCase = await RegisterAsync(ngoWorker, "Marchenko");
        var officeCase = await RegisterAsync(office, "Lysenko");

        using var foreign = await ngoSupervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{officeCase}/holds", new { reason = "curious" }, Cancel);
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var other = await office.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{ngoCase}/holds", new { reason = "curious" }, Cancel);
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var placed = await office.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{officeCase}/holds", new { reason = "Appeal to the administrative court.", until = "2099-12-31" }, Cancel);
        var hold = await JsonAsync(placed, HttpStatusCode.Created);
        using var lift = await ngoSupervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{officeCase}/holds/{hold.GetProperty("id").GetGuid()}/lift", new { reason = "no" }, Cancel);
        lift.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var theirHolds = await ngoSupervisor.Client.GetAsync("/api/v1/retention/holds", Cancel);
        (await JsonAsync(theirHolds, HttpStatusCode.OK)).EnumerateArray().ShouldNotContain(h => h.GetProperty("beneficiaryId").GetGuid() == officeCase);
        using var ownHolds = await office.Client.GetAsync("/api/v1/retention/holds", Cancel);
        (await JsonAsync(ownHolds, HttpStatusCode.OK)).EnumerateArray().ShouldContain(h => h.GetProperty("beneficiaryId").GetGuid() == officeCase);
        (await factory.CountAsync<LegalHold>(h => h.BeneficiaryId == ngoCase)).ShouldBe(0);
    }
}

public sealed class SqliteRetentionHttpTests(SqliteFactoryFixture fixture) : RetentionHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresRetentionHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : RetentionHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
