using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Transfers;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// Case teams and transfers of support cases over HTTP, on SQLite and PostgreSQL: colleagues of the
/// organisation who work support cases join a team and leave it (never the last); a case moves to
/// another organisation only under the person's consent (or a supervisor's written override), when
/// the receiving organisation accepts it, and the sender loses it; declined, withdrawn and every
/// step kept for both sides and audited.
/// </summary>
public abstract class TransfersHttpTests
{
    private const string Residence = "Oddział Legalizacji Pobytu";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<Guid> RegisterAsync(WebSession session, string surname)
    {
        using var created = await session.Client.PostAsJsonAsync("/api/v1/beneficiaries",
            new { givenNames = "Leila", surname, birthDate = "1991-03-14", sex = "Female", citizenship = "AFG", language = "ar", legalBasis = "Consent", consentsToServices = true, registerAnyway = true }, Cancel);
        return (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> ConsentAsync(WebSession session, Guid id, Guid organisation)
    {
        using var consent = await session.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/consents", new { kind = "DiscloseTo", recipientOrganisationId = organisation }, Cancel);
        return (await JsonAsync(consent, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task ATeam_TakesColleaguesOfTheOrganisationWhoWorkCases_AndKeepsItsLastMember()
    {
        var factory = await FactoryAsync();
        var ngoOrganisation = await factory.OrganisationIdAsync("Fundacja Wspólna Droga");
        var (colleagueEmail, colleague) = await factory.CreateAccountAsync(Roles.NgoWorker, ngoOrganisation, "Joanna Test");
        var (_, operatorId) = await factory.CreateAccountAsync(Roles.HelplineOperator, ngoOrganisation, "Joanna Test");
        var supervisorId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        var workerId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.NgoWorker));
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var id = await RegisterAsync(ngo, "Karimi");
        var api = $"/api/v1/beneficiaries/{id}/team";

        // The colleague who works cases is offered; the helpline operator of the NGO and the office's supervisor are not.
        using var team = await ngo.Client.GetAsync(api, Cancel);
        var seen = await JsonAsync(team, HttpStatusCode.OK);
        seen.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("userId").GetGuid()).ShouldBe([workerId]);
        var offered = seen.GetProperty("colleagues").EnumerateArray().Select(c => c.GetProperty("userId").GetGuid()).ToList();
        offered.ShouldContain(colleague);
        offered.ShouldNotContain(operatorId);
        offered.ShouldNotContain(supervisorId);
        foreach (var stranger in new[] { operatorId, supervisorId, Guid.NewGuid() })
        {
            using var refused = await ngo.Client.PostAsJsonAsync(api, new { userId = stranger }, Cancel);
            (await JsonAsync(refused, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("userId")[0].GetString()
                .ShouldBe(ProblemDetails.Translation("Choose a colleague of the organisation holding the case who works support cases.", "pl"));
        }

        // Before joining, the colleague does not open the case; after, they do.
        using var colleagueSession = factory.Session();
        await colleagueSession.SignInAsync(colleagueEmail);
        using var before = await colleagueSession.Client.GetAsync($"/api/v1/beneficiaries/{id}", Cancel);
        before.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var added = await ngo.Client.PostAsJsonAsync(api, new { userId = colleague }, Cancel);
        (await JsonAsync(added, HttpStatusCode.Created)).GetProperty("members").GetArrayLength().ShouldBe(2);
        using var twice = await ngo.Client.PostAsJsonAsync(api, new { userId = colleague }, Cancel);
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var after = await colleagueSession.Client.GetAsync($"/api/v1/beneficiaries/{id}", Cancel);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);

        // The colleague takes the registering worker off; the last member stays.
        using var removed = await colleagueSession.Client.DeleteAsync($"{api}/{workerId}", Cancel);
        (await JsonAsync(removed, HttpStatusCode.OK)).GetProperty("members").EnumerateArray().Select(m => m.GetProperty("userId").GetGuid()).ShouldBe([colleague]);
        using var last = await colleagueSession.Client.DeleteAsync($"{api}/{colleague}", Cancel);
        (await JsonAsync(last, HttpStatusCode.Conflict)).GetProperty("title").GetString()
            .ShouldBe(ProblemDetails.Translation("The last member of a team cannot be removed: add a colleague first.", "pl"));
        using var gone = await ngo.Client.GetAsync(api, Cancel);
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var notOn = await colleagueSession.Client.DeleteAsync($"{api}/{Guid.NewGuid()}", Cancel);
        notOn.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The case page's form adds a colleague back, the same way.
        using var posted = await colleagueSession.PostFormAsync($"/support/beneficiaries/{id}", "team-add", new Dictionary<string, string> { ["Member.UserId"] = workerId.ToString() });
        var page = await WebSession.PageOfAsync(posted);
        page.QuerySelectorAll("#team li").Length.ShouldBe(2);
        (await factory.CountAsync<AuditEntry>(a => a.EntityType == nameof(CaseTeamMember) && a.EntityId.StartsWith(id.ToString()) && a.Action == AuditAction.Create)).ShouldBe(2);
        (await factory.CountAsync<AuditEntry>(a => a.EntityType == nameof(CaseTeamMember) && a.EntityId == $"{id},{workerId}" && a.Action == AuditAction.Delete)).ShouldBe(1);
    }

    [Fact]
    public async Task ACase_MovesOnlyUnderConsent_WhenTheReceiverAccepts_AndTheSenderLosesIt()
    {
        var factory = await FactoryAsync();
        var residence = await factory.OrganisationIdAsync(Residence);
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var id = await RegisterAsync(ngo, "Sultani");
        var oldNumber = (await ngo.Client.GetFromJsonAsync<JsonElement>($"/api/v1/beneficiaries/{id}", Cancel)).GetProperty("beneficiary").GetProperty("number").GetString()!;
        var api = $"/api/v1/beneficiaries/{id}/transfers";
        var body = new { toOrganisationId = residence, reason = "She moved to Warsaw; her residence case is handled there." };

        // No consent to disclose to the residence unit: refused, and a worker cannot override.
        using var refused = await ngo.Client.PostAsJsonAsync(api, body, Cancel);
        (await JsonAsync(refused, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("toOrganisationId")[0].GetString().ShouldBe(ProblemDetails.Translation(
            "The person has not consented to have data disclosed to this organisation: record their consent first. Without it, only a supervisor may transfer the case, writing why.", "pl"));
        using var overridden = await ngo.Client.PostAsJsonAsync(api, new { body.toOrganisationId, body.reason, overrideReason = "urgent" }, Cancel);
        (await JsonAsync(overridden, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("overrideReason", out _).ShouldBeTrue();
        using var empty = await ngo.Client.PostAsJsonAsync(api, new { reason = " " }, Cancel);
        (await JsonAsync(empty, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["reason", "toOrganisationId"]);
        (await factory.CountAsync<Transfer>(t => t.BeneficiaryId == id)).ShouldBe(0);

        var consentId = await ConsentAsync(ngo, id, residence);
        using var requested = await ngo.Client.PostAsJsonAsync(api, body, Cancel);
        var sent = await JsonAsync(requested, HttpStatusCode.Created);
        var transferId = sent.GetProperty("id").GetGuid();
        sent.GetProperty("status").GetString().ShouldBe("Requested");
        sent.GetProperty("caseNumber").GetString().ShouldBe(oldNumber);
        (await factory.CountAsync<Transfer>(t => t.Id == transferId && t.ConsentId == consentId)).ShouldBe(1);
        using var second = await ngo.Client.PostAsJsonAsync(api, body, Cancel);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // The residence unit's supervisor reads the minimal facts and the reason, audited; the sender cannot answer for it.
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var received = await supervisor.Client.GetAsync("/api/v1/transfers/received", Cancel);
        var incoming = (await JsonAsync(received, HttpStatusCode.OK)).EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == transferId);
        incoming.GetProperty("person").GetProperty("surname").GetString().ShouldBe("Sultani");
        incoming.GetProperty("person").GetProperty("birthDate").GetString().ShouldBe("1991-03-14");
        incoming.GetProperty("reason").GetString().ShouldBe(body.reason);
        incoming.GetProperty("from").GetString().ShouldBe("Fundacja Wspólna Droga");
        incoming.GetProperty("beneficiaryId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await factory.CountAsync<AuditEntry>(a => a.Action == AuditAction.Read && a.EntityType == nameof(Transfer) && a.EntityId == transferId.ToString())).ShouldBeGreaterThanOrEqualTo(1);
        using var notSenders = await ngo.Client.PostAsync($"/api/v1/transfers/{transferId}/accept", null, Cancel);
        notSenders.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Accepted: the case is the unit's, under its own number, with the supervisor as its team.
        using var accepted = await supervisor.Client.PostAsync($"/api/v1/transfers/{transferId}/accept", null, Cancel);
        var answer = await JsonAsync(accepted, HttpStatusCode.OK);
        answer.GetProperty("status").GetString().ShouldBe("Accepted");
        var newNumber = answer.GetProperty("newCaseNumber").GetString()!;
        newNumber.ShouldStartWith(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"B-{DateTime.UtcNow.Year}-"));
        using var again = await supervisor.Client.PostAsync($"/api/v1/transfers/{transferId}/accept", null, Cancel);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var opened = await supervisor.Client.GetAsync($"/api/v1/beneficiaries/{id}", Cancel);
        var file = (await JsonAsync(opened, HttpStatusCode.OK)).GetProperty("beneficiary");
        file.GetProperty("number").GetString().ShouldBe(newNumber);
        file.GetProperty("team").EnumerateArray().Select(m => m.GetString()).ShouldBe([DemoAccounts.EmailOf(Roles.Supervisor)]);
        var page = await supervisor.GetPageAsync($"/support/beneficiaries/{id}");
        page.QuerySelector("h1")!.TextContent.ShouldContain(newNumber);
        (await factory.CountAsync<Beneficiary>(b => b.Id == id && b.OrganisationId == residence)).ShouldBe(1);

        // The NGO no longer opens the case; its list keeps the number and the outcome, not the person.
        using var lost = await ngo.Client.GetAsync($"/api/v1/beneficiaries/{id}", Cancel);
        lost.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var lostPage = await ngo.Client.GetAsync($"/support/beneficiaries/{id}", Cancel);
        lostPage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var mine = await ngo.Client.GetAsync("/api/v1/transfers/sent", Cancel);
        var outcome = (await JsonAsync(mine, HttpStatusCode.OK)).EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == transferId);
        outcome.GetProperty("status").GetString().ShouldBe("Accepted");
        outcome.GetProperty("caseNumber").GetString().ShouldBe(oldNumber);
        outcome.GetProperty("newCaseNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        outcome.GetProperty("person").ValueKind.ShouldBe(JsonValueKind.Null);
        outcome.GetRawText().ShouldNotContain("Sultani");
        var steps = outcome.GetProperty("steps").EnumerateArray().ToList();
        steps.Select(s => s.GetProperty("status").GetString()).ShouldBe(["Requested", "Accepted"]);
        steps[1].GetProperty("byOrganisation").GetString().ShouldBe(Residence);
        var sentPage = await ngo.GetPageAsync("/support/transfers");
        sentPage.QuerySelector("#sent")!.TextContent.ShouldContain(oldNumber);
        sentPage.QuerySelector("#sent")!.TextContent.ShouldNotContain("Sultani");

        // The NGO's next case does not take the number its list still shows.
        var next = await RegisterAsync(ngo, "Nazari");
        (await ngo.Client.GetFromJsonAsync<JsonElement>($"/api/v1/beneficiaries/{next}", Cancel)).GetProperty("beneficiary").GetProperty("number").GetString().ShouldNotBe(oldNumber);
        (await factory.CountAsync<AuditEntry>(a => a.Action == "transfer-accept" && a.EntityId == transferId.ToString())).ShouldBe(1);
        (await factory.CountAsync<AuditEntry>(a => a.Action == AuditAction.Update && a.EntityType == nameof(Beneficiary) && a.EntityId == id.ToString())).ShouldBe(1);
    }

    [Fact]
    public async Task TheReceiverDeclinesWithTheReason_TheSenderWithdraws_AndARevokedConsentWithdrawsTheRequest()
    {
        var factory = await FactoryAsync();
        var residence = await factory.OrganisationIdAsync(Residence);
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var id = await RegisterAsync(ngo, "Ahmadi");
        var consentId = await ConsentAsync(ngo, id, residence);
        var api = $"/api/v1/beneficiaries/{id}/transfers";

        using var first = await ngo.Client.PostAsJsonAsync(api, new { toOrganisationId = residence, reason = "Her case needs the residence unit." }, Cancel);
        var firstId = (await JsonAsync(first, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var noReason = await supervisor.Client.PostAsJsonAsync($"/api/v1/transfers/{firstId}/decline", new { reason = " " }, Cancel);
        (await JsonAsync(noReason, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        using var declined = await supervisor.Client.PostAsJsonAsync($"/api/v1/transfers/{firstId}/decline", new { reason = "She lives in another voivodeship." }, Cancel);
        (await JsonAsync(declined, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Declined");
        (await factory.CountAsync<AuditEntry>(a => a.Action == "transfer-decline" && a.EntityId == firstId.ToString() && a.Reason == "She lives in another voivodeship.")).ShouldBe(1);
        using var stillMine = await ngo.Client.GetAsync($"/api/v1/beneficiaries/{id}", Cancel);
        stillMine.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var sent = await ngo.Client.GetAsync("/api/v1/transfers/sent", Cancel);
        var firstSeen = (await JsonAsync(sent, HttpStatusCode.OK)).EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == firstId);
        firstSeen.GetProperty("steps").EnumerateArray().Last().GetProperty("reason").GetString().ShouldBe("She lives in another voivodeship.");

        // Asked again, then withdrawn by the sender: the receiver cannot withdraw it nor accept it afterwards.
        using var second = await ngo.Client.PostAsJsonAsync(api, new { toOrganisationId = residence, reason = "She moved after all." }, Cancel);
        var secondId = (await JsonAsync(second, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var notReceivers = await supervisor.Client.PostAsync($"/api/v1/transfers/{secondId}/withdraw", null, Cancel);
        notReceivers.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var withdrawn = await ngo.Client.PostAsJsonAsync($"/api/v1/transfers/{secondId}/withdraw", new { reason = "She stays with us." }, Cancel);
        (await JsonAsync(withdrawn, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Withdrawn");
        using var late = await supervisor.Client.PostAsync($"/api/v1/transfers/{secondId}/accept", null, Cancel);
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var unknownStep = await ngo.Client.PostAsync($"/api/v1/transfers/{secondId}/approve", null, Cancel);
        unknownStep.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var received = await supervisor.Client.GetAsync("/api/v1/transfers/received", Cancel);
        var answered = (await JsonAsync(received, HttpStatusCode.OK)).EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == secondId);
        answered.GetProperty("person").ValueKind.ShouldBe(JsonValueKind.Null);
        answered.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("status").GetString()).ShouldBe(["Requested", "Withdrawn"]);
        (await factory.CountAsync<AuditEntry>(a => a.Action == "transfer-withdraw" && a.EntityId == secondId.ToString())).ShouldBe(1);

        // A third request waits when the person revokes the consent: it is withdrawn with the reason.
        using var third = await ngo.Client.PostAsJsonAsync(api, new { toOrganisationId = residence, reason = "Third time." }, Cancel);
        var thirdId = (await JsonAsync(third, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var revoked = await ngo.Client.PostAsync($"/api/v1/beneficiaries/{id}/consents/{consentId}/revoke", null, Cancel);
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var sentAfter = await ngo.Client.GetAsync("/api/v1/transfers/sent", Cancel);
        var thirdSeen = (await JsonAsync(sentAfter, HttpStatusCode.OK)).EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == thirdId);
        thirdSeen.GetProperty("status").GetString().ShouldBe("Withdrawn");
        thirdSeen.GetProperty("steps").EnumerateArray().Last().GetProperty("reason").GetString().ShouldBe(Transfer.ConsentRevoked);
        using var stranger = await ngo.Client.PostAsync($"/api/v1/transfers/{Guid.NewGuid()}/withdraw", null, Cancel);
        stranger.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WithoutConsent_OnlyASupervisorTransfers_WritingWhy_AndTheReceiverDoesNotReadTheOverride()
    {
        var factory = await FactoryAsync();
        var ngoOrganisation = await factory.OrganisationIdAsync("Fundacja Wspólna Droga");
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var id = await RegisterAsync(supervisor, "Haidari");

        using var requested = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/transfers",
            new { toOrganisationId = ngoOrganisation, reason = "The foundation runs the shelter she needs.", overrideReason = "She cannot be reached to consent; the shelter place is tonight." }, Cancel);
        var sent = await JsonAsync(requested, HttpStatusCode.Created);
        var transferId = sent.GetProperty("id").GetGuid();
        sent.GetProperty("overrideReason").GetString().ShouldStartWith("She cannot be reached");
        (await factory.CountAsync<AuditEntry>(a => a.Action == "consent-override" && a.EntityType == nameof(Transfer) && a.EntityId == transferId.ToString())).ShouldBe(1);

        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        using var received = await ngo.Client.GetAsync("/api/v1/transfers/received", Cancel);
        var seen = (await JsonAsync(received, HttpStatusCode.OK)).EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == transferId);
        seen.GetProperty("overrideReason").ValueKind.ShouldBe(JsonValueKind.Null);
        seen.GetProperty("person").GetProperty("surname").GetString().ShouldBe("Haidari");
    }
}

public sealed class SqliteTransfersHttpTests(SqliteFactoryFixture fixture) : TransfersHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresTransfersHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : TransfersHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
