using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Workflow;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>Registering and working residence cases over HTTP and on their pages, on SQLite and PostgreSQL.</summary>
public abstract class CaseWorkflowHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Register(string surname, string key, string givenNames = "Taras", string passport = "")
    {
        var request = Json("/api/v1/cases/", new
        {
            applicationType = "temporary-work", surname, givenNames, birthDate = "1990-03-09", citizenship = "ukr",
            passportNumber = passport, submittedOn = "2026-11-02",
        }, "en");
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static async Task<JsonElement> RegisterAsync(WebSession session, string surname, string passport = "")
    {
        using var response = await session.Client.SendAsync(Register(surname, Guid.NewGuid().ToString(), passport: passport), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    private static async Task<HttpResponseMessage> ActAsync(WebSession session, string number, string action, object body, string language = "en")
    {
        var request = Json($"/api/v1/cases/{Uri.EscapeDataString(number)}/actions/{action}", body, language);
        return await session.Client.SendAsync(request, Cancel);
    }

    private static async Task<JsonElement> DoneAsync(WebSession session, string number, string action, object body)
    {
        using var response = await ActAsync(session, number, action, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    private static string Unique(string stem) => UniqueNames.Surname(stem);

    [Fact]
    public async Task Register_GivesACaseNumber_AndTheSameKeyTwiceIsOneCase()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var surname = Unique("Bondar");
        var key = Guid.NewGuid().ToString();

        using var first = await officer.Client.SendAsync(Register(surname, key), Cancel);
        using var repeat = await officer.Client.SendAsync(Register(surname, key), Cancel);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var answer = await first.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var number = answer.GetProperty("number").GetString()!;
        number.ShouldMatch(@"^WSC-II-S\.6151\.\d+\.2026$");
        first.Headers.Location!.ToString().ShouldBe("/api/v1/cases/" + Uri.EscapeDataString(number));
        (await repeat.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("number").GetString().ShouldBe(number);
        answer.GetProperty("state").GetString().ShouldBe("Submitted");
        answer.GetProperty("version").GetInt32().ShouldBe(1);
        answer.GetProperty("applicant").GetProperty("citizenship").GetString().ShouldBe("UKR");
        answer.GetProperty("actions").EnumerateArray().Select(a => a.GetString()).ShouldContain("start-formal-check");
        answer.GetProperty("timeline").EnumerateArray().Single().GetProperty("action").GetString().ShouldBe("register");
        (await factory.CountAsync<ResidenceCase>(c => c.ApplicantSurname == surname)).ShouldBe(1);
    }

    [Fact]
    public async Task WorkingACase_StartsTheClockOnTheLatestEvent_AndMovesAnEndOffASunday()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);
        var number = (await RegisterAsync(officer, Unique("Melnyk"))).GetProperty("number").GetString()!;

        await DoneAsync(officer, number, "start-formal-check", new { version = 1 });
        var complete = await DoneAsync(officer, number, "complete-formally", new { version = 2, on = "2026-11-03" });
        complete.GetProperty("clock").GetProperty("dueOn").ValueKind.ShouldBe(JsonValueKind.Null);
        var appeared = await DoneAsync(officer, number, "record-appearance", new { version = 3, on = "2026-11-04" });

        // 60 days from 4 November 2026 end on Sunday 3 January 2027, so on Monday 4 January.
        var clock = appeared.GetProperty("clock");
        clock.GetProperty("startedOn").GetString().ShouldBe("2026-11-04");
        clock.GetProperty("dueOn").GetString().ShouldBe("2027-01-04");
        clock.GetProperty("period").GetProperty("length").GetInt32().ShouldBe(60);
        clock.GetProperty("deadline").GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString())
            .ShouldBe(["started", "counted", "movedToWorkingDay"]);
        appeared.GetProperty("version").GetInt32().ShouldBe(4);
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict_AndNothingIsOverwritten()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var number = (await RegisterAsync(officer, Unique("Savchenko"))).GetProperty("number").GetString()!;
        await DoneAsync(officer, number, "start-formal-check", new { version = 1 });

        using var stale = await ActAsync(officer, number, "complete-formally", new { version = 1, on = "2026-11-03" }, "pl");

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        problem.GetProperty("type").GetString().ShouldBe(CasesWorkflowApiTypes.Stale);
        problem.GetProperty("currentVersion").GetInt32().ShouldBe(2);
        problem.GetProperty("title").GetString().ShouldBe(Translation("Someone changed this case since you opened it. Nothing was saved; open it again to see the change.", "pl"));
        var current = await officer.Client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{Uri.EscapeDataString(number)}", Cancel);
        current.GetProperty("state").GetString().ShouldBe("FormalCheck");
        current.GetProperty("facts").GetProperty("formallyCompleteOn").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task AnIllegalAction_IsRefusedWithTheReasonInTheCallersLanguage()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);
        var number = (await RegisterAsync(officer, Unique("Kravets"))).GetProperty("number").GetString()!;

        using var refused = await ActAsync(officer, number, "mark-final", new { version = 1 }, "de");
        using var notSupervisor = await ActAsync(officer, number, "refuse-to-initiate", new { version = 1, reason = "no form" }, "en");

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        problem.GetProperty("type").GetString().ShouldBe(CasesWorkflowApiTypes.Refused);
        problem.GetProperty("title").GetString().ShouldBe(Translation("A case in the state “{0}” cannot take the action “{1}”.", "de",
            Translation("Submitted", "de"), Translation("Decision final", "de")));
        notSupervisor.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await notSupervisor.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("title").GetString().ShouldStartWith("Only a supervisor");
    }

    [Fact]
    public async Task BadInput_IsAValidationProblemPerField_AndSavesNothing()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var number = (await RegisterAsync(officer, Unique("Lysenko"))).GetProperty("number").GetString()!;
        await DoneAsync(officer, number, "start-formal-check", new { version = 1 });

        using var unknown = await ActAsync(officer, number, "approve", new { version = 2 });
        using var noVersion = await ActAsync(officer, number, "complete-formally", new { on = "3 Nov" });
        using var shortTerm = await ActAsync(officer, number, "formal-deficiency", new { version = 2, termDays = 3, reason = "photo" });
        using var badType = await officer.Client.SendAsync(Json("/api/v1/cases/", new { applicationType = "visa", surname = "X", birthDate = "2999-01-01", citizenship = "U1" }, "en"), Cancel);
        using var missing = await ActAsync(officer, "WSC-II-S.6151.999999.2026", "start-formal-check", new { version = 1 });

        (await ErrorsAsync(unknown)).Keys.ShouldBe(["action"]);
        (await ErrorsAsync(noVersion)).Keys.Order(StringComparer.Ordinal).ShouldBe(["on", "version"]);
        (await ErrorsAsync(shortTerm))["termDays"].ShouldBe(["A notice to cure a formal defect gives at least 7 days (KPA art. 64 §2)."]);
        (await ErrorsAsync(badType)).Keys.Order(StringComparer.Ordinal).ShouldBe(["birthDate", "citizenship"]);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var current = await officer.Client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{Uri.EscapeDataString(number)}", Cancel);
        (current.GetProperty("version").GetInt32(), current.GetProperty("state").GetString()).ShouldBe((2, "FormalCheck"));
    }

    [Fact]
    public async Task TheQueue_FindsANameInAnyScript_AndAPassportNumber_AndEveryReadIsAudited()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var passport = "FT" + Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var number = (await RegisterAsync(officer, "Shevchenko", passport)).GetProperty("number").GetString()!;

        var byCyrillic = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/?q=" + Uri.EscapeDataString("Тарас Шевченко") + "&pageSize=200", Cancel);
        var byPassport = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/?q=" + passport.ToLowerInvariant(), Cancel);
        using var badFilter = await officer.Client.GetAsync("/api/v1/cases/?state=Lost&pageSize=500", Cancel);
        await officer.Client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{Uri.EscapeDataString(number)}?reason=applicant%20called", Cancel);

        byCyrillic.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()).ShouldContain(number);
        byPassport.GetProperty("items").EnumerateArray().Single().GetProperty("number").GetString().ShouldBe(number);
        (await ErrorsAsync(badFilter)).Keys.Order(StringComparer.Ordinal).ShouldBe(["pageSize", "state"]);
        await factory.WithDbAsync(async db =>
        {
            (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Read && e.EntityId == number && e.Reason == "applicant called", Cancel)).ShouldBeTrue();
            (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Search && e.EntityType == nameof(ResidenceCase), Cancel)).ShouldBeTrue();
        });
    }

    [Fact]
    public async Task TheQueue_ASurnameMatchingMoreCasesThanTheCap_SaysSoAndSortsTheCapped_AndAGivenNameNarrowsIt()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var surname = Unique("Hrytsenko");
        var registered = (await RegisterAsync(officer, surname)).GetProperty("number").GetString()!;
        await factory.WithDbAsync(async db =>
        {
            // More namesakes than the cap, written directly: registering them one by one through the API would take minutes.
            var template = await db.Set<ResidenceCase>().AsNoTracking().SingleAsync(c => c.Number == registered, Cancel);
            for (var i = 0; i < CaseQueueQuery.MaxSearchMatches; i++)
            {
                var namesake = new ResidenceCase
                {
                    TenantId = template.TenantId, OrganisationId = template.OrganisationId, Number = registered + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), ApplicationType = template.ApplicationType,
                    Permit = template.Permit, ApplicantSurname = surname, ApplicantGivenNames = "Petro", ApplicantBirthDate = template.ApplicantBirthDate,
                    ApplicantCitizenship = "UKR", SubmittedOn = template.SubmittedOn, RegisteredAt = template.RegisteredAt,
                };
                namesake.NameWords.AddRange(Pathway.Documents.NameMatching.Key(surname + " Petro").Split(' ').Select(w => new ApplicantWord { CaseId = namesake.Id, Word = w }));
                db.Add(namesake);
            }

            await db.SaveChangesAsync(Cancel);
        });

        var broad = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/?sort=number&pageSize=200&q=" + Uri.EscapeDataString(surname), Cancel);
        var narrow = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/?q=" + Uri.EscapeDataString(surname + " Taras"), Cancel);
        var page = await officer.GetPageAsync("/en/cases?q=" + Uri.EscapeDataString(surname));

        (broad.GetProperty("capped").GetBoolean(), broad.GetProperty("total").GetInt32()).ShouldBe((true, CaseQueueQuery.MaxSearchMatches));
        broad.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
        (narrow.GetProperty("capped").GetBoolean(), narrow.GetProperty("total").GetInt32()).ShouldBe((false, 1));
        narrow.GetProperty("items")[0].GetProperty("number").GetString().ShouldBe(registered);
        page.QuerySelector("#queue-heading")!.TextContent.ShouldBe(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"More than {CaseQueueQuery.MaxSearchMatches} cases"));
    }

    [Fact]
    public async Task TheQueue_NarrowsToOneOfficersCases_AndRefusesAnIdThatIsNotOne()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var taken = (await RegisterAsync(officer, Unique("Kovalenko"))).GetProperty("number").GetString()!;
        var left = (await RegisterAsync(officer, Unique("Kovalenko"))).GetProperty("number").GetString()!;
        var officerId = (await DoneAsync(officer, taken, "take", new { version = 1 })).GetProperty("assignedOfficerId").GetGuid();

        var queue = await supervisor.Client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/?officer={officerId}&sort=due&pageSize=200", Cancel);
        using var bad = await supervisor.Client.GetAsync("/api/v1/cases/?officer=colleague", Cancel);

        var items = queue.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("number").GetString()).ShouldContain(taken);
        items.Select(i => i.GetProperty("number").GetString()).ShouldNotContain(left);
        items.ShouldAllBe(i => i.GetProperty("assignedOfficerId").GetGuid() == officerId);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(bad)).Keys.ShouldBe(["officer"]);
    }

    [Fact]
    public async Task TheQueue_FindsTheCasesOfAnEmployer_ByAPartOfItsNameOrItsNip()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var employer = UniqueNames.Surname("Budowy ");
        var hired = (await RegisterAsync(officer, Unique("Lysenko"))).GetProperty("number").GetString()!;
        var paper = (await RegisterAsync(officer, Unique("Lysenko"))).GetProperty("number").GetString()!;
        await factory.WithDbAsync(async db =>
        {
            var @case = await db.Set<ResidenceCase>().IgnoreQueryFilters().SingleAsync(c => c.Number == hired, Cancel);
            var application = new Pathway.Cases.Applications.OnlineApplication
            {
                TenantId = @case.TenantId, OrganisationId = @case.OrganisationId, OwnerUserId = Guid.NewGuid(), ApplicationType = "temporary-work",
            };
            db.Add(application);
            await db.SaveChangesAsync(Cancel);
            await db.Set<Pathway.Cases.Applications.OnlineApplication>().IgnoreQueryFilters().Where(a => a.Id == application.Id).ExecuteUpdateAsync(
                u => u.SetProperty(a => a.EmployerName, employer + " Sp. z o.o.").SetProperty(a => a.EmployerNip, "1234567883").SetProperty(a => a.CaseNumber, hired), Cancel);
        });

        var byName = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/?pageSize=200&employer=" + Uri.EscapeDataString(employer.ToLowerInvariant()), Cancel);
        var byNip = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/?pageSize=200&employer=" + Uri.EscapeDataString("123-456-78-83"), Cancel);
        using var tooLong = await officer.Client.SendAsync(Get("/api/v1/cases/?employer=" + new string('x', 201), "pl"), Cancel);
        var page = await officer.GetPageAsync("/en/cases?employer=" + Uri.EscapeDataString(employer));

        Numbers(byName).ShouldBe([hired]);
        Numbers(byNip).ShouldContain(hired);
        Numbers(byNip).ShouldNotContain(paper);
        (await ErrorsAsync(tooLong))["employer"].ShouldBe([Translation("Write at most {0} characters.", "pl", 200)]);
        page.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelector("a")!.TextContent.Trim()).ShouldBe([hired]);
    }

    private static List<string?> Numbers(JsonElement queue) => [.. queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString())];

    [Fact]
    public async Task OnThePages_AnOfficerRegistersACase_AndMovesItOn()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);
        var surname = Unique("Tkachenko");

        using var registered = await officer.PostFormAsync("/en/cases/new", "register-case", new Dictionary<string, string>
        {
            ["Input.ApplicationType"] = "temporary-work", ["Input.Surname"] = surname, ["Input.GivenNames"] = "Olena",
            ["Input.BirthDate"] = "1994-07-01", ["Input.Citizenship"] = "UKR", ["Input.SubmittedOn"] = "2026-11-02",
        });
        var queue = await officer.GetPageAsync("/en/cases?q=" + surname);
        var link = queue.QuerySelector("table tbody tr td a")!.GetAttribute("href")!;
        var casePage = await officer.GetPageAsync("/en/" + link);
        using var moved = await officer.PostFormAsync("/en/" + link, "act-start-formal-check", new Dictionary<string, string>());
        var after = await officer.GetPageAsync("/en/" + link);

        registered.StatusCode.ShouldBe(HttpStatusCode.OK);
        casePage.QuerySelector("#case-state")!.TextContent.ShouldBe("Submitted");
        casePage.QuerySelector("#decision-due")!.TextContent.ShouldContain("has not started");
        after.QuerySelector("#case-state")!.TextContent.ShouldBe("Formal check");
        after.QuerySelectorAll("#timeline tbody tr").Length.ShouldBe(2);
        after.QuerySelector("form input[name=_handler][value='act-complete-formally']").ShouldNotBeNull();
    }

    [Fact]
    public async Task OnTheCasePage_AStaleFormSaysSomeoneChangedTheCase()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);
        var number = (await RegisterAsync(officer, Unique("Bondarenko"))).GetProperty("number").GetString()!;
        var url = "/en/cases/" + Uri.EscapeDataString(number);
        var page = await officer.GetPageAsync(url);
        await DoneAsync(officer, number, "take", new { version = 1 });

        var fields = WebSession.HiddenFields(page, "act-start-formal-check");
        using var response = await officer.Client.PostAsync(url, new FormUrlEncodedContent(fields), Cancel);
        var answer = await response.Content.ReadAsStringAsync(Cancel);

        answer.ShouldContain("Someone changed this case since you opened it.");
        var current = await officer.Client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{Uri.EscapeDataString(number)}", Cancel);
        current.GetProperty("state").GetString().ShouldBe("Submitted");
    }
}

/// <summary>The problem types the case API answers with, as clients match them.</summary>
internal static class CasesWorkflowApiTypes
{
    public const string Refused = "https://pathway.example/problems/case-action-refused";
    public const string Stale = "https://pathway.example/problems/case-changed";
}

public sealed class SqliteCaseWorkflowHttpTests(SqliteFactoryFixture fixture) : CaseWorkflowHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresCaseWorkflowHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : CaseWorkflowHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
