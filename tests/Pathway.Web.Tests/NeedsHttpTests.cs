using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Needs;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// A support case's vulnerability assessments over HTTP, on SQLite and PostgreSQL: recorded with
/// UNHCR's codes, checked field by field in the caller's language, reviewed over time (the newest is
/// current, its review due or overdue), and open to the case team only.
/// </summary>
public abstract class NeedsHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<Guid> CaseAsync(WebSession ngo, string given, string surname)
    {
        using var created = await ngo.Client.PostAsJsonAsync("/api/v1/beneficiaries", new { givenNames = given, surname, language = "prs", legalBasis = "PublicTask" }, Cancel);
        return (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Assessments_AreRecordedWithUnhcrCodes_TheNewestIsCurrent_AndItsReviewIsDueOrOverdue()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var api = $"/api/v1/beneficiaries/{await CaseAsync(ngo, "Zarina", "Noori")}/assessments";
        var today = OfficeDay.Today;

        using var none = await ngo.Client.GetAsync(api, Cancel);
        var empty = await JsonAsync(none, HttpStatusCode.OK);
        (empty.GetProperty("assessments").GetArrayLength(), empty.GetProperty("review").ValueKind).ShouldBe((0, JsonValueKind.Null));

        using var first = await ngo.Client.PostAsJsonAsync(api, new
        {
            assessedOn = today.AddDays(-20), assessedBy = "Ewa Nowak",
            needs = new object[] { new { category = "UnaccompaniedOrSeparatedChild", code = "sc-uc" }, new { category = "Trafficking" }, new { category = "MentalHealth" }, new { category = "Lgbtiq" } },
            exploitation = "ForcedLabourOrServices", note = "Came through Belarus.", nextReviewOn = today.AddDays(-1),
        }, Cancel);
        var saved = await JsonAsync(first, HttpStatusCode.Created);
        saved.GetProperty("needs").EnumerateArray().Select(n => (n.GetProperty("category").GetString(), n.GetProperty("unhcrCode").GetString(), n.GetProperty("exploitation").GetString()))
            .ShouldBe([("UnaccompaniedOrSeparatedChild", "SC-UC", null), ("Trafficking", null, "ForcedLabourOrServices"), ("MentalHealth", "SM-MI", null), ("Lgbtiq", null, null)]);
        using var overdue = await ngo.Client.GetAsync(api, Cancel);
        (await JsonAsync(overdue, HttpStatusCode.OK)).GetProperty("review").GetString().ShouldBe("Overdue");

        // The review a day late: nothing specific any more, the next one in three months.
        using var review = await ngo.Client.PostAsJsonAsync(api, new { assessedOn = today, noSpecificNeeds = true, nextReviewOn = today.AddDays(90) }, Cancel);
        var reviewed = await JsonAsync(review, HttpStatusCode.Created);
        (reviewed.GetProperty("noSpecificNeeds").GetBoolean(), reviewed.GetProperty("assessedBy").GetString()).ShouldBe((true, DemoAccounts.EmailOf(Roles.NgoWorker)));
        using var list = await ngo.Client.GetAsync(api, Cancel);
        var all = await JsonAsync(list, HttpStatusCode.OK);
        all.GetProperty("review").GetString().ShouldBe("Scheduled");
        all.GetProperty("nextReviewOn").GetString().ShouldBe(today.AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        all.GetProperty("assessments").EnumerateArray().Select(a => a.GetProperty("id").GetGuid())
            .ShouldBe([reviewed.GetProperty("id").GetGuid(), saved.GetProperty("id").GetGuid()], "the newest (the current one) first");
    }

    [Fact]
    public async Task RecordAssessment_NamesEveryWrongFieldInTheReadersLanguage_AndSavesNothing()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        ngo.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var id = await CaseAsync(ngo, "Farid", "Karimi");
        var api = $"/api/v1/beneficiaries/{id}/assessments";
        var today = OfficeDay.Today;

        using var bad = await ngo.Client.PostAsJsonAsync(api, new
        {
            assessedOn = today.AddDays(3), needs = Array.Empty<object>(), exploitation = "Sexual", note = new string('x', 1001), nextReviewOn = today.AddDays(2),
        }, Cancel);
        var errors = (await JsonAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(["assessedOn", "exploitation", "needs", "nextReviewOn", "note"]);
        errors.GetProperty("exploitation")[0].GetString().ShouldBe(ProblemDetails.Translation("A form of exploitation is recorded only with trafficking.", "pl"));

        using var unclear = await ngo.Client.PostAsJsonAsync(api, new
        {
            assessedOn = today, needs = new object[] { new { category = "Trafficking" }, new { category = "Disability", code = "SC-UC" } }, nextReviewOn = today.AddDays(30),
        }, Cancel);
        (await JsonAsync(unclear, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(["exploitation", "needs"]);
        using var both = await ngo.Client.PostAsJsonAsync(api, new { assessedOn = today, needs = new object[] { new { category = "Disability" } }, noSpecificNeeds = true, nextReviewOn = today.AddDays(30) }, Cancel);
        (await JsonAsync(both, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("needs")[0].GetString()
            .ShouldBe(ProblemDetails.Translation("Either tick the needs found or that no specific needs were found, not both.", "pl"));
        using var unknown = await ngo.Client.PostAsJsonAsync(api, new { assessedOn = today, needs = new object[] { new { category = "Hunger" } }, nextReviewOn = today.AddDays(30) }, Cancel);
        (await JsonAsync(unknown, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Single().Name.ShouldStartWith("needs[0]");

        (await factory.CountAsync<NeedAssessment>(a => a.BeneficiaryId == id)).ShouldBe(0);
    }

    [Fact]
    public async Task Assessments_OfACaseOutsideTheCallersTeam_AreNotFound()
    {
        var factory = await FactoryAsync();
        var hidden = Guid.Empty;
        await factory.WithDbAsync(async db =>
        {
            // A case of the NGO whose team is a colleague, not the demo worker.
            var ngo = await db.Organisations.FirstAsync(o => o.Kind == OrganisationKind.PartnerNgo, Cancel);
            var beneficiary = new Beneficiary
            {
                TenantId = ngo.TenantId, OrganisationId = ngo.Id, Number = $"B-N-{Guid.NewGuid():N}"[..20], GivenNames = "Nadia", Surname = "Haidari", Sex = Sex.Female,
                Language = "uk", LegalBasis = LegalBasis.VitalInterests, MatchKey = BeneficiaryDesk.MatchKey("Nadia", "Haidari", null), CreatedAt = DateTime.UtcNow, CreatedBy = "a colleague",
            };
            beneficiary.Team.Add(new CaseTeamMember { BeneficiaryId = beneficiary.Id, UserId = Guid.NewGuid(), Name = "a colleague", AddedAt = DateTime.UtcNow });
            db.Add(beneficiary);
            await db.SaveChangesAsync(Cancel);
            hidden = beneficiary.Id;
        });
        var today = OfficeDay.Today;
        var body = new { assessedOn = today, noSpecificNeeds = true, nextReviewOn = today.AddDays(30) };

        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        using var read = await worker.Client.GetAsync($"/api/v1/beneficiaries/{hidden}/assessments", Cancel);
        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var record = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{hidden}/assessments", body, Cancel);
        record.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The office's supervisor is of another organisation: its data scope keeps the NGO's cases out.
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var elsewhere = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{hidden}/assessments", body, Cancel);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.CountAsync<NeedAssessment>(a => a.BeneficiaryId == hidden)).ShouldBe(0);
    }

    [Fact]
    public async Task ReviewsDue_ListTheCurrentAssessmentsToReviewSoon_NotThoseOvertakenByANewerOne_AndOnlyInTheCasesOpenToTheReader()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var today = OfficeDay.Today;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var late = await CaseAsync(ngo, "Laila", "Late" + suffix);
        var reviewed = await CaseAsync(ngo, "Rahim", "Reviewed" + suffix);
        async Task AssessAsync(Guid id, DateOnly on, DateOnly next)
        {
            using var response = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/assessments", new { assessedOn = on, noSpecificNeeds = true, nextReviewOn = next }, Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        }

        await AssessAsync(late, today.AddDays(-30), today.AddDays(-2));
        await AssessAsync(reviewed, today.AddDays(-40), today.AddDays(-5));
        await AssessAsync(reviewed, today, today.AddDays(60));

        using var due = await ngo.Client.GetAsync("/api/v1/assessments/due", Cancel);
        var rows = (await JsonAsync(due, HttpStatusCode.OK)).EnumerateArray().ToList();
        var row = rows.Single(r => r.GetProperty("beneficiaryId").GetGuid() == late);
        row.GetProperty("inDays").GetInt32().ShouldBeInRange(-3, -1, "two days late, give or take the office's midnight");
        rows.ShouldNotContain(r => r.GetProperty("beneficiaryId").GetGuid() == reviewed);

        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var elsewhere = await supervisor.Client.GetAsync("/api/v1/assessments/due", Cancel);
        (await JsonAsync(elsewhere, HttpStatusCode.OK)).EnumerateArray().ShouldNotContain(r => r.GetProperty("beneficiaryId").GetGuid() == late);

        var page = await ngo.GetPageAsync("/support/needs/reviews");
        page.QuerySelector("#reviews")!.TextContent.ShouldContain("Late" + suffix);
    }
}

public sealed class SqliteNeedsHttpTests(SqliteFactoryFixture fixture) : NeedsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresNeedsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : NeedsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
