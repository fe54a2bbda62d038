using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.People.LostStolen;
using Pathway.People.Registry;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>Security checks, the decision checklist and the decision rules over HTTP and on the case page, on SQLite and PostgreSQL.</summary>
public abstract class SecurityChecksHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Url(string number, string rest = "") => $"/api/v1/cases/{Uri.EscapeDataString(number)}{rest}";

    private static async Task<HttpResponseMessage> PutAsync(WebSession session, string url, object body)
    {
        var request = Json(url, body, "en");
        request.Method = HttpMethod.Put;
        return await session.Client.SendAsync(request, Cancel);
    }

    private static async Task<HttpResponseMessage> PostAsync(WebSession session, string url, object body, string language = "en") =>
        await session.Client.SendAsync(Json(url, body, language), Cancel);

    private static async Task<JsonElement> OkAsync(WebSession session, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await PostAsync(session, url, body);
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync(Cancel));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    /// <summary>A case submitted on 1 September 2026, formally complete on the 2nd, the applicant appeared on the 3rd: under examination.</summary>
    private static async Task<string> ExaminedCaseAsync(WebSession officer, string birthDate = "1990-03-09")
    {
        var surname = UniqueNames.Surname("Hnatiuk");
        var registered = await OkAsync(officer, "/api/v1/cases/", new
        {
            applicationType = "temporary-work", surname, givenNames = "Iryna", birthDate, citizenship = "UKR", submittedOn = "2026-09-01",
        }, HttpStatusCode.Created);
        var number = registered.GetProperty("number").GetString()!;
        await OkAsync(officer, Url(number, "/actions/start-formal-check"), new { version = 1 });
        await OkAsync(officer, Url(number, "/actions/complete-formally"), new { version = 2, on = "2026-09-02" });
        await OkAsync(officer, Url(number, "/actions/record-appearance"), new { version = 3, on = "2026-09-03" });
        return number;
    }

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);
    private static readonly string ValidFrom = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly string ValidUntil = Today.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> DraftGrantAsync(WebSession officer, string number)
    {
        var current = await officer.Client.GetFromJsonAsync<JsonElement>(Url(number), Cancel);
        return await PostAsync(officer, Url(number, "/actions/draft-decision"),
            new { version = current.GetProperty("version").GetInt32(), outcome = "granted", reason = "all conditions met", permitValidFrom = ValidFrom, permitValidUntil = ValidUntil });
    }

    [Fact]
    public async Task Checks_RunningOrObjected_BlockAGrant_UntilAnsweredOverdueOrOverriddenByASupervisor()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var number = await ExaminedCaseAsync(officer);
        var checks = Url(number, "/security-checks/");

        var police = await OkAsync(officer, checks, new { authority = "police", requestedOn = "2026-09-02" }, HttpStatusCode.Created);
        var guard = await OkAsync(officer, checks, new { authority = "border-guard" }, HttpStatusCode.Created);
        await OkAsync(officer, checks, new { authority = "internal-security-agency" }, HttpStatusCode.Created);
        await OkAsync(officer, Url(number, "/security-checks/internal-security-agency/answer"), new { answer = "objection", note = "see letter" });
        using var whileRunning = await DraftGrantAsync(officer, number);
        var extended = await OkAsync(officer, Url(number, "/security-checks/border-guard/extend"), new { reason = "the authority asked for more time" });
        await OkAsync(officer, Url(number, "/security-checks/border-guard/answer"), new { answer = "no-objection" });
        using var againstObjection = await DraftGrantAsync(officer, number);
        using var officerOverride = await PostAsync(officer, Url(number, "/security-checks/internal-security-agency/override"), new { reason = "x" });
        await OkAsync(supervisor, Url(number, "/security-checks/internal-security-agency/override"), new { reason = "the facts were explained at the hearing" });
        using var granted = await DraftGrantAsync(officer, number);
        var sheet = await officer.Client.GetFromJsonAsync<JsonElement>(checks, Cancel);
        var answer = await officer.Client.GetFromJsonAsync<JsonElement>(Url(number), Cancel);

        // 30 days from 2 September 2026 end on Friday 2 October; unanswered since, so overdue.
        (police.GetProperty("dueOn").GetString(), police.GetProperty("overdue").GetBoolean()).ShouldBe(("2026-10-02", true));
        whileRunning.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await whileRunning.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("title").GetString()!.ShouldContain("Border Guard has not answered yet");
        extended.GetProperty("extended").GetBoolean().ShouldBeTrue();
        DateOnly.Parse(extended.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeGreaterThan(DateOnly.Parse(guard.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        (await againstObjection.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("title").GetString()!.ShouldContain("Internal Security Agency objected");
        officerOverride.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        granted.StatusCode.ShouldBe(HttpStatusCode.OK, await granted.Content.ReadAsStringAsync(Cancel));
        sheet.GetProperty("planned").GetArrayLength().ShouldBe(3);
        sheet.GetProperty("period").GetProperty("verified").GetBoolean().ShouldBeFalse();
        answer.GetProperty("securityChecks").EnumerateArray().Select(c => c.GetProperty("answer").ValueKind == JsonValueKind.Null ? null : c.GetProperty("answer").GetString())
            .ShouldBe(["no-objection", null, "objection"]);
        answer.GetProperty("state").GetString().ShouldBe("DecisionDrafted");
    }

    [Fact]
    public async Task OnTheCasePage_AnOfficerRecordsEachStep_AndOnlyASupervisorGrantsDespiteAnObjection()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var number = await ExaminedCaseAsync(officer);
        var page = "/en/cases/" + Uri.EscapeDataString(number);

        using var requested = await officer.PostFormAsync(page, "security-request-police", new Dictionary<string, string> { ["Input.On"] = "2026-09-02" });
        using var guard = await officer.PostFormAsync(page, "security-request-border-guard", new Dictionary<string, string>());
        using var extended = await officer.PostFormAsync(page, "security-extend-border-guard", new Dictionary<string, string> { ["Input.Reason"] = "the authority asked for more time" });
        using var objected = await officer.PostFormAsync(page, "security-answer-police", new Dictionary<string, string> { ["Input.Answer"] = "objection", ["Input.Note"] = "see letter" });
        var officersView = await officer.GetPageAsync(page);
        var supervisorsView = await supervisor.GetPageAsync(page);
        using var overridden = await supervisor.PostFormAsync(page, "security-override-police", new Dictionary<string, string> { ["Input.Reason"] = "the facts were explained at the hearing" });
        var sheet = await officer.Client.GetFromJsonAsync<JsonElement>(Url(number, "/security-checks/"), Cancel);

        requested.StatusCode.ShouldBe(HttpStatusCode.OK);
        var checks = sheet.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("authority").GetString()!);
        checks.Keys.Order(StringComparer.Ordinal).ShouldBe(["border-guard", "police"]);
        checks["police"].GetProperty("requestedOn").GetString().ShouldBe("2026-09-02");
        checks["police"].GetProperty("answer").GetString().ShouldBe("objection");
        checks["border-guard"].GetProperty("extended").GetBoolean().ShouldBeTrue();
        checks["police"].GetProperty("overrideReason").GetString().ShouldBe("the facts were explained at the hearing");
        officersView.QuerySelector("form input[name=_handler][value='security-override-police']").ShouldBeNull();
        supervisorsView.QuerySelector("form input[name=_handler][value='security-override-police']").ShouldNotBeNull();
        officersView.QuerySelector("form input[name=_handler][value='security-answer-border-guard']").ShouldNotBeNull();
        officersView.QuerySelector("form input[name=_handler][value='security-extend-border-guard']").ShouldBeNull();
    }

    [Fact]
    public async Task OnTheCasePage_AStepWithoutWhatItNeeds_IsExplainedInTheUsersLanguage_AndWritesNothing()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var number = await ExaminedCaseAsync(officer);
        var page = "/pl/cases/" + Uri.EscapeDataString(number);
        await OkAsync(officer, Url(number, "/security-checks/"), new { authority = "police" }, HttpStatusCode.Created);

        using var noAnswer = await officer.PostFormAsync(page, "security-answer-police", new Dictionary<string, string> { ["Input.Answer"] = "" });
        using var future = await officer.PostFormAsync(page, "security-request-border-guard", new Dictionary<string, string> { ["Input.On"] = "2099-01-01" });
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var noAnswerErrors = parser.ParseDocument(await noAnswer.Content.ReadAsStringAsync(Cancel)).QuerySelector(".errors")?.TextContent;
        var futureErrors = parser.ParseDocument(await future.Content.ReadAsStringAsync(Cancel)).QuerySelector(".errors")?.TextContent;

        noAnswer.StatusCode.ShouldBe(HttpStatusCode.OK);
        noAnswerErrors.ShouldNotBeNull().ShouldContain(Translation("No objection", "pl"));
        futureErrors.ShouldNotBeNullOrWhiteSpace();
        var sheet = await officer.Client.GetFromJsonAsync<JsonElement>(Url(number, "/security-checks/"), Cancel);
        sheet.GetProperty("checks").EnumerateArray().Select(c => (c.GetProperty("authority").GetString(), c.GetProperty("answer").ValueKind))
            .ShouldBe([("police", JsonValueKind.Null)]);
    }

    [Fact]
    public async Task BadOrIllegalSteps_AreProblemsInTheCallersLanguage_AndWriteNothing()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var number = await ExaminedCaseAsync(officer);
        var child = await ExaminedCaseAsync(officer, birthDate: "2016-05-01");
        var checks = Url(number, "/security-checks/");
        await OkAsync(officer, checks, new { authority = "police" }, HttpStatusCode.Created);

        using var unknown = await PostAsync(officer, checks, new { authority = "army", requestedOn = "2 Sep" });
        using var twice = await PostAsync(officer, checks, new { authority = "police" }, "pl");
        using var tooEarly = await PostAsync(officer, Url(number, "/security-checks/police/answer"), new { answer = "no-answer-in-time" });
        using var badAnswer = await PostAsync(officer, Url(number, "/security-checks/police/answer"), new { answer = "maybe" });
        using var noReason = await PostAsync(officer, Url(number, "/security-checks/police/extend"), new { });
        using var notAsked = await PostAsync(officer, Url(number, "/security-checks/border-guard/answer"), new { answer = "objection" });
        using var exempt = await PostAsync(officer, Url(child, "/security-checks/"), new { authority = "internal-security-agency" });
        using var missing = await PostAsync(officer, Url("WSC-II-S.6151.999999.2026", "/security-checks/"), new { authority = "police" });

        (await ErrorsAsync(unknown)).Keys.Order(StringComparer.Ordinal).ShouldBe(["authority", "requestedOn"]);
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await twice.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("title").GetString()!.ShouldStartWith(Translation("Police", "pl"));
        tooEarly.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ErrorsAsync(badAnswer)).Keys.ShouldBe(["answer"]);
        (await ErrorsAsync(noReason)).Keys.ShouldBe(["reason"]);
        notAsked.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        exempt.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await exempt.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("title").GetString().ShouldBe("The Internal Security Agency is not asked about a child under 13.");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var sheet = await officer.Client.GetFromJsonAsync<JsonElement>(checks, Cancel);
        sheet.GetProperty("checks").EnumerateArray().Select(c => (c.GetProperty("authority").GetString(), c.GetProperty("answer").ValueKind, c.GetProperty("extended").GetBoolean()))
            .ShouldBe([("police", JsonValueKind.Null, false)]);
    }

    [Fact]
    public async Task TheChecklist_ExplainsEachLineInTheCallersLanguage_AndTheFeeActionPassesIt()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var number = await ExaminedCaseAsync(officer);

        using var before = await officer.Client.SendAsync(Get(Url(number, "/checklist"), "de"), Cancel);
        await OkAsync(officer, Url(number, "/actions/record-fee"), new { version = 4, on = "2026-09-01" });
        var after = await officer.Client.GetFromJsonAsync<JsonElement>(Url(number, "/checklist"), Cancel);
        var page = await officer.GetPageAsync("/en/cases/" + Uri.EscapeDataString(number));

        var lines = (await before.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("lines").EnumerateArray().ToList();
        lines.Select(l => l.GetProperty("check").GetString()).Distinct().ShouldBe(
            ["passport-validity", "stamp-duty", "personal-appearance", "required-documents", "security-checks", "duplicate-identity"]);
        var duty = lines.Single(l => l.GetProperty("check").GetString() == "stamp-duty");
        duty.GetProperty("status").GetString().ShouldBe("failed");
        duty.GetProperty("reason").GetString()!.ShouldStartWith("Keine Zahlung der Stempelgebühr");
        lines.Single(l => l.GetProperty("check").GetString() == "duplicate-identity").GetProperty("status").GetString().ShouldBe("not-checked");
        after.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("check").GetString() == "stamp-duty").GetProperty("status").GetString().ShouldBe("passed");
        page.QuerySelectorAll("#decision-checklist li").Length.ShouldBe(lines.Count);
        page.QuerySelectorAll("#security-checks tbody tr").Length.ShouldBe(3);
        page.QuerySelector("#decision-checklist")!.TextContent.ShouldContain("The stamp duty is recorded as paid");
    }

    [Fact]
    public async Task TheChecklist_ReadsThePassportsExpiryAndTheLostOrStolenListsFromThePersonRegistry()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var person = (await DemoRecords.PersonsOfAsync(factory, OrganisationKind.OfficeUnit, 50))
            .First(p => p.Documents.Any(d => d.IssuingState.All(char.IsAsciiLetterUpper)));
        var document = person.Documents.First(d => d.IssuingState.All(char.IsAsciiLetterUpper));
        var expires = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(3);
        await factory.WithDbAsync(async db =>
        {
            var held = await db.Set<IdentityDocument>().SingleAsync(d => d.Id == document.Id, Cancel);
            held.ExpiresOn = expires;
            await db.SaveChangesAsync(Cancel);
        });
        var number = (await OkAsync(officer, "/api/v1/cases/", new
        {
            applicationType = "temporary-work", surname = person.Surname, givenNames = person.GivenNames, birthDate = "1990-03-09",
            citizenship = document.IssuingState, passportNumber = document.Number, submittedOn = "2026-09-01",
        }, HttpStatusCode.Created)).GetProperty("number").GetString()!;

        var before = await officer.Client.GetFromJsonAsync<JsonElement>(Url(number, "/checklist"), Cancel);
        await factory.WithDbAsync(async db =>
        {
            db.Add(new LostStolenDocument
            {
                Id = Guid.NewGuid(), TenantId = person.TenantId, Number = document.Number, IssuingState = document.IssuingState,
                Source = "test list", ImportId = Guid.NewGuid(), ImportedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(Cancel);
        });
        var after = await officer.Client.GetFromJsonAsync<JsonElement>(Url(number, "/checklist"), Cancel);

        static JsonElement Line(JsonElement sheet, string check) => sheet.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("check").GetString() == check);
        Line(before, "passport-validity").GetProperty("status").GetString().ShouldBe("passed");
        Line(before, "passport-validity").GetProperty("reason").GetString()!.ShouldContain(document.Number);
        Line(before, "duplicate-identity").GetProperty("status").GetString().ShouldNotBe("not-checked");
        Line(after, "duplicate-identity").GetProperty("status").GetString().ShouldBe("failed");
        Line(after, "duplicate-identity").GetProperty("reason").GetString()!.ShouldBe($"Paszport {document.Number} jest na liście dokumentów utraconych lub skradzionych.");
        await factory.WithDbAsync(async db =>
            (await db.AuditEntries.AnyAsync(e => e.EntityType == "IdentitySignals" && e.EntityId.Contains(person.Id.ToString()), Cancel)).ShouldBeTrue());
    }

    [Fact]
    public async Task TheRules_AreReplacedByASupervisor_WithValidYamlOnly()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        const string url = "/api/v1/cases/decision-rules/permanent";

        var seeded = await supervisor.Client.GetFromJsonAsync<JsonElement>(url, Cancel);
        using var malformed = await PutAsync(supervisor, url, new { yaml = "checks:\n  - kind: stamp-duty\n  - kind: astrology\n" });
        using var broken = await PutAsync(supervisor, url, new { yaml = "checks: [\n" });
        using var byOfficer = await PutAsync(officer, url, new { yaml = "checks:\n  - kind: stamp-duty\n" });
        using var unknownType = await PutAsync(supervisor, "/api/v1/cases/decision-rules/visa", new { yaml = "checks:\n  - kind: stamp-duty\n" });
        var unchanged = await supervisor.Client.GetFromJsonAsync<JsonElement>(url, Cancel);
        using var replaced = await PutAsync(supervisor, url, new { yaml = "checks:\n  - kind: stamp-duty\n  - kind: personal-appearance\n" });

        seeded.GetProperty("yaml").GetString()!.ShouldContain("kind: security-checks");
        (await ErrorsAsync(malformed))["yaml"].Single().ShouldStartWith("Line 3, column 11: Unknown check kind “astrology”");
        (await ErrorsAsync(broken))["yaml"].Single().ShouldStartWith("Line ");
        byOfficer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        unknownType.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unchanged.GetProperty("yaml").GetString().ShouldBe(seeded.GetProperty("yaml").GetString());
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await replaced.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("updatedBy").ValueKind.ShouldBe(JsonValueKind.String);
    }
}

public sealed class SqliteSecurityChecksHttpTests(SqliteFactoryFixture fixture) : SecurityChecksHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresSecurityChecksHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : SecurityChecksHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
