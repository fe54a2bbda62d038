using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Support.Referrals;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// Referrals over HTTP, on SQLite and PostgreSQL: refused without consent, sent with the chosen
/// sections only, answered by the receiving organisation step by step, revoked by the sender, and
/// sent without consent only by a supervisor who writes why.
/// </summary>
public abstract class ReferralsHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<Guid> RegisterAsync(WebSession session, string surname)
    {
        using var created = await session.Client.PostAsJsonAsync("/api/v1/beneficiaries",
            new { givenNames = "Amina", surname, birthDate = "1994-05-02", sex = "Female", citizenship = "SOM", language = "ar", legalBasis = "Consent", consentsToServices = true, registerAnyway = true }, Cancel);
        return (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task AReferral_GoesOnlyUnderConsent_CarriesOnlyTheChosenSections_AndTheSenderSeesEachStep()
    {
        var factory = await FactoryAsync();
        var residence = await factory.OrganisationIdAsync("Oddział Legalizacji Pobytu");
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var id = await RegisterAsync(ngo, "Warsame");
        var api = $"/api/v1/beneficiaries/{id}/referrals";
        using var services = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/services",
            new { kind = "LegalAdvice", status = "Delivered", deliveredOn = OfficeDay.Today.AddDays(-1), provider = "Ewa", outcome = "Private detail" }, Cancel);
        services.StatusCode.ShouldBe(HttpStatusCode.Created);
        var today = OfficeDay.Today;
        using var assessed = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/assessments",
            new { assessedOn = today.AddDays(-1), needs = new object[] { new { category = "TortureSurvivor" } }, note = "Private assessment note", nextReviewOn = today.AddDays(60) }, Cancel);
        assessed.StatusCode.ShouldBe(HttpStatusCode.Created, await assessed.Content.ReadAsStringAsync(Cancel));
        var referral = new { toOrganisationId = residence, service = "LegalAdvice", note = "Residence permit for a survivor: please see her this week.", sections = new[] { "Services", "Needs" } };

        // No consent to disclose to the residence unit: refused with the reason, nothing kept.
        using var refused = await ngo.Client.PostAsJsonAsync(api, referral, Cancel);
        var problem = await JsonAsync(refused, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("toOrganisationId")[0].GetString().ShouldBe(ProblemDetails.Translation(
            "The person has not consented to have data disclosed to this organisation: record their consent first. Without it, only a supervisor may refer, for child protection, writing why.", "pl"));
        using var overridden = await ngo.Client.PostAsJsonAsync(api, new { referral.toOrganisationId, referral.note, overrideReason = "urgent" }, Cancel);
        (await JsonAsync(overridden, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("overrideReason", out _).ShouldBeTrue();
        using var empty = await ngo.Client.PostAsJsonAsync(api, new { toKind = "Planet" }, Cancel);
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var missing = await ngo.Client.PostAsJsonAsync(api, new { toName = " ", note = "" }, Cancel);
        (await JsonAsync(missing, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["note", "toOrganisationId"]);
        (await factory.CountAsync<Referral>(r => r.BeneficiaryId == id)).ShouldBe(0);

        using var consent = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/consents", new { kind = "DiscloseTo", recipientOrganisationId = residence }, Cancel);
        var consentId = (await JsonAsync(consent, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var sent = await ngo.Client.PostAsJsonAsync(api, referral, Cancel);
        var sentJson = await JsonAsync(sent, HttpStatusCode.Created);
        var referralId = sentJson.GetProperty("id").GetGuid();
        sentJson.GetProperty("status").GetString().ShouldBe("Sent");
        sentJson.GetProperty("toKind").GetString().ShouldBe("OfficeUnit");
        (await factory.CountAsync<Referral>(r => r.Id == referralId && r.ConsentId == consentId)).ShouldBe(1);

        // The receiver reads the note and the services, not the person's identity nor the sender's case.
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var received = await supervisor.Client.GetAsync("/api/v1/referrals/received", Cancel);
        (await JsonAsync(received, HttpStatusCode.OK)).EnumerateArray().Any(r => r.GetProperty("id").GetGuid() == referralId).ShouldBeTrue();
        using var opened = await supervisor.Client.GetAsync($"/api/v1/referrals/{referralId}", Cancel);
        var seen = await JsonAsync(opened, HttpStatusCode.OK);
        seen.GetProperty("side").GetString().ShouldBe("Receiver");
        seen.GetProperty("caseNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        seen.GetProperty("beneficiaryId").ValueKind.ShouldBe(JsonValueKind.Null);
        seen.GetProperty("contents").GetProperty("identity").ValueKind.ShouldBe(JsonValueKind.Null);
        seen.GetProperty("contents").GetProperty("services")[0].GetProperty("kind").GetString().ShouldBe("LegalAdvice");
        seen.GetRawText().ShouldNotContain("Warsame");
        seen.GetRawText().ShouldNotContain("Private detail");
        var need = seen.GetProperty("contents").GetProperty("needs").GetProperty("needs")[0];
        (need.GetProperty("category").GetString(), need.GetProperty("unhcrCode").GetString()).ShouldBe(("TortureSurvivor", "TR"));
        seen.GetRawText().ShouldNotContain("Private assessment note");
        (await factory.CountAsync<AuditEntry>(a => a.Action == AuditAction.Read && a.EntityType == nameof(Referral) && a.EntityId == referralId.ToString())).ShouldBe(1);

        // Declining needs a reason; the sender cannot answer for the receiver.
        using var noReason = await supervisor.Client.PostAsJsonAsync($"/api/v1/referrals/{referralId}/decline", new { reason = " " }, Cancel);
        (await JsonAsync(noReason, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        using var notSenders = await ngo.Client.PostAsync($"/api/v1/referrals/{referralId}/accept", null, Cancel);
        notSenders.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var accepted = await supervisor.Client.PostAsync($"/api/v1/referrals/{referralId}/accept", null, Cancel);
        (await JsonAsync(accepted, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Accepted");
        using var again = await supervisor.Client.PostAsync($"/api/v1/referrals/{referralId}/accept", null, Cancel);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var done = await supervisor.Client.PostAsJsonAsync($"/api/v1/referrals/{referralId}/done", new { reason = "Appointment held." }, Cancel);
        (await JsonAsync(done, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Done");
        using var lateRevoke = await ngo.Client.PostAsync($"/api/v1/referrals/{referralId}/revoke", null, Cancel);
        lateRevoke.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var unknownStep = await ngo.Client.PostAsync($"/api/v1/referrals/{referralId}/approve", null, Cancel);
        unknownStep.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The sender sees every step, with who took it for which organisation.
        using var mine = await ngo.Client.GetAsync(api, Cancel);
        var steps = (await JsonAsync(mine, HttpStatusCode.OK)).EnumerateArray().Single().GetProperty("steps").EnumerateArray().ToList();
        steps.Select(s => s.GetProperty("status").GetString()).ShouldBe(["Sent", "Accepted", "Done"]);
        steps[1].GetProperty("byOrganisation").GetString().ShouldBe("Oddział Legalizacji Pobytu");
        steps[2].GetProperty("reason").GetString().ShouldBe("Appointment held.");

        // Nobody else reads it: not a worker of another organisation's team, not an analyst.
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using var stranger = await analyst.Client.GetAsync($"/api/v1/referrals/{referralId}", Cancel);
        stranger.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RevokingTheConsent_WithdrawsTheReferralNotYetAccepted_AndTheSenderMayRevokeOne_ErasingWhatItCarried()
    {
        var factory = await FactoryAsync();
        var residence = await factory.OrganisationIdAsync("Oddział Legalizacji Pobytu");
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var id = await RegisterAsync(ngo, "Farah");
        using var consent = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/consents", new { kind = "DiscloseTo", recipientOrganisationId = residence }, Cancel);
        var consentId = (await JsonAsync(consent, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var body = new { toOrganisationId = residence, note = "Please advise on family reunification.", sections = new[] { "Identity" } };
        using var first = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/referrals", body, Cancel);
        var firstId = (await JsonAsync(first, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var second = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/referrals", body, Cancel);
        var secondId = (await JsonAsync(second, HttpStatusCode.Created)).GetProperty("id").GetGuid();

        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var opened = await supervisor.Client.GetAsync($"/api/v1/referrals/{firstId}", Cancel);
        (await JsonAsync(opened, HttpStatusCode.OK)).GetProperty("contents").GetProperty("identity").GetProperty("surname").GetString().ShouldBe("Farah");

        using var revoked = await ngo.Client.PostAsJsonAsync($"/api/v1/referrals/{firstId}/revoke", new { reason = "Sent by mistake." }, Cancel);
        (await JsonAsync(revoked, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Revoked");
        using var after = await supervisor.Client.GetAsync($"/api/v1/referrals/{firstId}", Cancel);
        var erased = await JsonAsync(after, HttpStatusCode.OK);
        erased.GetProperty("contents").ValueKind.ShouldBe(JsonValueKind.Null);
        erased.GetRawText().ShouldNotContain("Farah");

        using var withdrawn = await ngo.Client.PostAsync($"/api/v1/beneficiaries/{id}/consents/{consentId}/revoke", null, Cancel);
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var secondAfter = await supervisor.Client.GetAsync($"/api/v1/referrals/{secondId}", Cancel);
        var gone = await JsonAsync(secondAfter, HttpStatusCode.OK);
        gone.GetProperty("status").GetString().ShouldBe("Revoked");
        gone.GetProperty("contents").ValueKind.ShouldBe(JsonValueKind.Null);
        gone.GetProperty("steps").EnumerateArray().Last().GetProperty("reason").GetString().ShouldBe(ReferralStep.ConsentRevoked);
        using var noLonger = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/referrals", body, Cancel);
        noLonger.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task WithoutConsent_OnlyASupervisorRefers_WritingWhy_AndAReceiverOutsideThePlatformGetsAPrintedForm()
    {
        var factory = await FactoryAsync();
        var ngoOrganisation = await factory.OrganisationIdAsync("Fundacja Wspólna Droga");
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var id = await RegisterAsync(supervisor, "Osman");

        using var overridden = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/referrals",
            new { toOrganisationId = ngoOrganisation, note = "A child alone: a guardian is needed today.", sections = new[] { "Identity" }, overrideReason = "Unaccompanied child at risk; no adult can consent." }, Cancel);
        var sent = await JsonAsync(overridden, HttpStatusCode.Created);
        var referralId = sent.GetProperty("id").GetGuid();
        sent.GetProperty("overrideReason").GetString().ShouldStartWith("Unaccompanied");
        (await factory.CountAsync<AuditEntry>(a => a.Action == "consent-override" && a.EntityId == referralId.ToString())).ShouldBe(1);

        // The NGO receives it; the override stays the sender's record.
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        using var received = await ngo.Client.GetAsync($"/api/v1/referrals/{referralId}", Cancel);
        var seen = await JsonAsync(received, HttpStatusCode.OK);
        seen.GetProperty("overrideReason").ValueKind.ShouldBe(JsonValueKind.Null);
        seen.GetProperty("contents").GetProperty("identity").GetProperty("caseNumber").GetString().ShouldStartWith("B-");

        // Outside the platform, under the person's consent named with other letter case and accents.
        using var consent = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/consents", new { kind = "DiscloseTo", recipientName = "Szpital Bródnowski" }, Cancel);
        consent.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var noKind = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/referrals", new { toName = "szpital brodnowski", note = "Check-up." }, Cancel);
        (await JsonAsync(noKind, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("toKind", out _).ShouldBeTrue();
        using var outside = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/referrals",
            new { toName = "szpital brodnowski", toKind = "HealthService", note = "Paediatric check-up, please.", sections = Array.Empty<string>() }, Cancel);
        var outsideJson = await JsonAsync(outside, HttpStatusCode.Created);
        var outsideId = outsideJson.GetProperty("id").GetGuid();
        outsideJson.GetProperty("overrideReason").ValueKind.ShouldBe(JsonValueKind.Null);

        // The sender notes the outside receiver's answer, and prints the form with the note alone.
        using var accepted = await supervisor.Client.PostAsync($"/api/v1/referrals/{outsideId}/accept", null, Cancel);
        (await JsonAsync(accepted, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Accepted");
        var form = await supervisor.GetPageAsync($"/support/referrals/{outsideId}/form");
        form.QuerySelector("#referral-sheet")!.TextContent.ShouldContain("Paediatric check-up, please.");
        form.QuerySelector("#referral-sheet")!.TextContent.ShouldNotContain("Osman");
        using var notTheReceivers = await ngo.Client.GetAsync($"/support/referrals/{referralId}/form", Cancel);
        notTheReceivers.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteReferralsHttpTests(SqliteFactoryFixture fixture) : ReferralsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresReferralsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : ReferralsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
