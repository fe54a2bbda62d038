using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// Sealed cases and break-glass access over HTTP, on SQLite and PostgreSQL: a sealed case opens to
/// its team only (not even the organisation's supervisors find it); someone of the organisation who
/// needs a case now opens it by its exact number with the reason for a few hours; the supervisors are
/// alerted by e-mail and review each opening; all of it audited.
/// </summary>
public abstract class SealingHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<(Guid Id, string Number)> RegisterAsync(WebSession session, string surname)
    {
        using var created = await session.Client.PostAsJsonAsync("/api/v1/beneficiaries",
            new { givenNames = "Amina", surname, birthDate = "2004-02-11", sex = "Female", citizenship = "NGA", language = "en", legalBasis = "VitalInterests", registerAnyway = true }, Cancel);
        var json = await JsonAsync(created, HttpStatusCode.Created);
        return (json.GetProperty("id").GetGuid(), json.GetProperty("number").GetString()!);
    }

    private static async Task<WebSession> AsAsync(PathwayFactory factory, string email)
    {
        var session = factory.Session();
        await session.SignInAsync(email);
        return session;
    }

    /// <summary>A colleague of the demo NGO who works support cases but is on no team.</summary>
    private static async Task<string> ColleagueAsync(PathwayFactory factory) =>
        (await factory.CreateAccountAsync(Roles.NgoWorker, await factory.OrganisationIdAsync("Fundacja Wspólna Droga"), "Kamil Test")).Email;

    [Fact]
    public async Task ASealedCase_OpensToItsTeamOnly_ButTheSupervisorsFiguresCountIt()
    {
        var factory = await FactoryAsync();
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        using var supervisor = await AsAsync(factory, DemoAccounts.NgoSupervisor);
        var (id, _) = await RegisterAsync(worker, "Okafor");
        using var before = await supervisor.Client.GetAsync("/api/v1/caseload", Cancel);
        var openBefore = (await JsonAsync(before, HttpStatusCode.OK)).GetProperty("openCases").GetInt32();

        using var bare = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/seal", new { }, Cancel);
        (await JsonAsync(bare, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("reason")[0].GetString().ShouldBe(ProblemDetails.Translation("Write the reason.", "pl"));
        using var sealedCase = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/seal", new { reason = "Identified victim of trafficking; the recruiters look for her." }, Cancel);
        sealedCase.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var twice = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/seal", new { reason = "again" }, Cancel);
        (await JsonAsync(twice, HttpStatusCode.Conflict)).GetProperty("title").GetString().ShouldBe(ProblemDetails.Translation("The case is sealed already.", "pl"));

        // The team still opens it; the supervisor finds it neither by address nor in a list or search.
        using var byTeam = await worker.Client.GetAsync($"/api/v1/beneficiaries/{id}", Cancel);
        byTeam.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var bySupervisor = await supervisor.Client.GetAsync($"/api/v1/beneficiaries/{id}", Cancel);
        bySupervisor.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var searched = await supervisor.Client.GetAsync("/api/v1/beneficiaries?search=okafor", Cancel);
        (await JsonAsync(searched, HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);
        using var after = await supervisor.Client.GetAsync("/api/v1/caseload", Cancel);
        (await JsonAsync(after, HttpStatusCode.OK)).GetProperty("openCases").GetInt32().ShouldBe(openBefore, "a count names no one: the sealed case is counted");

        // A colleague's intake of the same person is not told of the sealed case, not even its number.
        using var colleague = await AsAsync(factory, await ColleagueAsync(factory));
        using var twin = await colleague.Client.PostAsJsonAsync("/api/v1/beneficiaries",
            new { givenNames = "Amina", surname = "Okafor", birthDate = "2004-02-11", language = "en", legalBasis = "VitalInterests" }, Cancel);
        twin.StatusCode.ShouldBe(HttpStatusCode.Created);

        // Unsealed by the team, the supervisor opens it again.
        using var unsealed = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/unseal", new { reason = "Moved to a safe house abroad." }, Cancel);
        unsealed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var again = await supervisor.Client.GetAsync($"/api/v1/beneficiaries/{id}", Cancel);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.CountAsync<AuditEntry>(a => a.EntityId == id.ToString() && (a.Action == "case-seal" || a.Action == "case-unseal"))).ShouldBe(2);
    }

    [Fact]
    public async Task BreakingTheGlass_OpensTheCaseForHours_AlertsTheSupervisors_AndAwaitsTheirReview()
    {
        var factory = await FactoryAsync();
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        using var supervisor = await AsAsync(factory, DemoAccounts.NgoSupervisor);
        var colleagueEmail = await ColleagueAsync(factory);
        using var colleague = await AsAsync(factory, colleagueEmail);
        var (id, number) = await RegisterAsync(worker, "Adeyemi");
        using var sealedCase = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/seal", new { reason = "Trafficking." }, Cancel);
        sealedCase.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var hidden = await colleague.Client.GetAsync($"/api/v1/beneficiaries/{id}", Cancel);
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Every field named in the reader's language; a number of no case of the organisation is refused, and the attempt audited.
        using var empty = await colleague.Client.PostAsJsonAsync("/api/v1/break-glass", new { hours = 12 }, Cancel);
        var errors = (await JsonAsync(empty, HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.GetProperty("caseNumber")[0].GetString().ShouldBe(ProblemDetails.Translation("Write the case's number.", "pl"));
        errors.GetProperty("reason")[0].GetString().ShouldBe(ProblemDetails.Translation("Write the reason.", "pl"));
        errors.GetProperty("hours")[0].GetString().ShouldBe(ProblemDetails.Translation("Choose from 1 to {0} hours.", "pl", 8));
        using var unknown = await colleague.Client.PostAsJsonAsync("/api/v1/break-glass", new { caseNumber = "B-1999-99999", reason = "She is here, crying." }, Cancel);
        (await JsonAsync(unknown, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("caseNumber")[0].GetString()
            .ShouldBe(ProblemDetails.Translation("No case of your organisation has this number.", "pl"));
        (await factory.CountAsync<AuditEntry>(a => a.Action == "break-glass-miss" && a.Details == "B-1999-99999")).ShouldBeGreaterThanOrEqualTo(1);
        (await factory.CountAsync<Pathway.Support.Sealing.BreakGlassAccess>(a => a.CaseNumber == "B-1999-99999")).ShouldBe(0);

        // The office's supervisor does not reach the NGO's case by its number.
        using var office = await factory.SignInAsync(Roles.Supervisor);
        using var foreign = await office.Client.PostAsJsonAsync("/api/v1/break-glass", new { caseNumber = number, reason = "curious" }, Cancel);
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // The colleague breaks the glass: the case opens for the hours asked, the supervisors are told.
        using var opened = await colleague.Client.PostAsJsonAsync("/api/v1/break-glass", new { caseNumber = number.ToLowerInvariant(), reason = "Her worker is on leave; she came in after an assault.", hours = 1 }, Cancel);
        var opening = await JsonAsync(opened, HttpStatusCode.Created);
        opening.GetProperty("beneficiaryId").GetGuid().ShouldBe(id);
        (opening.GetProperty("expiresAt").GetDateTime() - opening.GetProperty("openedAt").GetDateTime()).ShouldBe(TimeSpan.FromHours(1));
        using var nowOpen = await colleague.Client.GetAsync($"/api/v1/beneficiaries/{id}", Cancel);
        nowOpen.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var unsealByGlass = await colleague.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/unseal", new { reason = "no" }, Cancel);
        (await JsonAsync(unsealByGlass, HttpStatusCode.Conflict)).GetProperty("title").GetString().ShouldBe(ProblemDetails.Translation("Only the case's team seals or unseals it.", "pl"));
        using var twice = await colleague.Client.PostAsJsonAsync("/api/v1/break-glass", new { caseNumber = number, reason = "again" }, Cancel);
        (await JsonAsync(twice, HttpStatusCode.Conflict)).GetProperty("title").GetString()
            .ShouldBe(ProblemDetails.Translation("You may open this case already: no glass needs breaking.", "pl"));
        var mails = await new Mailbox(factory.MailFolder).WaitForAsync(DemoAccounts.NgoSupervisor);
        mails.Any(m => (m.Subject ?? "").Contains(number, StringComparison.Ordinal) && (m.TextBody ?? "").Contains("assault", StringComparison.Ordinal)).ShouldBeTrue();
        (await factory.CountAsync<AuditEntry>(a => a.Action == "break-glass" && a.EntityId == id.ToString())).ShouldBe(1);

        // The supervisor reviews it, once; the colleague sees their own opening, not anyone else's, and may not review.
        var accessId = opening.GetProperty("id").GetGuid();
        using var mine = await colleague.Client.GetAsync("/api/v1/break-glass", Cancel);
        (await JsonAsync(mine, HttpStatusCode.OK)).EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ShouldBe([accessId]);
        using var selfReview = await colleague.Client.PostAsJsonAsync($"/api/v1/break-glass/{accessId}/reviewed", new { }, Cancel);
        selfReview.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var listed = await supervisor.Client.GetAsync("/api/v1/break-glass", Cancel);
        (await JsonAsync(listed, HttpStatusCode.OK))[0].GetProperty("id").GetGuid().ShouldBe(accessId, "not yet reviewed first");
        using var reviewed = await supervisor.Client.PostAsJsonAsync($"/api/v1/break-glass/{accessId}/reviewed", new { note = "Right: an emergency." }, Cancel);
        (await JsonAsync(reviewed, HttpStatusCode.OK)).GetProperty("reviewNote").GetString().ShouldBe("Right: an emergency.");
        using var reviewedTwice = await supervisor.Client.PostAsJsonAsync($"/api/v1/break-glass/{accessId}/reviewed", new { }, Cancel);
        (await JsonAsync(reviewedTwice, HttpStatusCode.Conflict)).GetProperty("title").GetString()
            .ShouldBe(ProblemDetails.Translation("This opening has been reviewed already.", "pl"));
    }

    [Fact]
    public async Task AnOpeningThatHasRunOut_OpensTheCaseNoMore()
    {
        var factory = await FactoryAsync();
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        var colleagueEmail = await ColleagueAsync(factory);
        using var colleague = await AsAsync(factory, colleagueEmail);
        var (id, number) = await RegisterAsync(worker, "Balogun");
        using var opened = await colleague.Client.PostAsJsonAsync("/api/v1/break-glass", new { caseNumber = number, reason = "Her worker is ill." }, Cancel);
        var accessId = (await JsonAsync(opened, HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // The opening's hours pass (moved back in the database, as a clock would).
        await factory.WithDbAsync(async db => await db.Database.ExecuteSqlAsync(
            $"UPDATE \"Support_BreakGlass\" SET \"ExpiresAt\" = {DateTime.UtcNow.AddMinutes(-1)} WHERE \"Id\" = {accessId}", Cancel));
        using var closed = await colleague.Client.GetAsync($"/api/v1/beneficiaries/{id}", Cancel);
        closed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteSealingHttpTests(SqliteFactoryFixture fixture) : SealingHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresSealingHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : SealingHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
