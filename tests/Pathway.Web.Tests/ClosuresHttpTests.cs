using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Support.Beneficiaries;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// Closing support cases over HTTP, on SQLite and PostgreSQL: the team asks with a reason; another
/// supervisor of the organisation approves (the case takes nothing new) or returns it with what is
/// left to do; a supervisor reopens it saying why; and the supervisors' caseload figures count it.
/// </summary>
public abstract class ClosuresHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<Guid> RegisterAsync(WebSession session, string surname)
    {
        using var created = await session.Client.PostAsJsonAsync("/api/v1/beneficiaries",
            new { givenNames = "Samir", surname, birthDate = "1990-06-01", sex = "Male", citizenship = "SYR", language = "ar", legalBasis = "Consent", consentsToServices = true, registerAnyway = true }, Cancel);
        return (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task<WebSession> NgoSupervisorAsync(PathwayFactory factory)
    {
        var session = factory.Session();
        await session.SignInAsync(DemoAccounts.NgoSupervisor);
        return session;
    }

    [Fact]
    public async Task AClosure_IsAskedByTheTeam_ApprovedByASupervisor_ThenTheCaseTakesNothingNew_UntilReopened()
    {
        var factory = await FactoryAsync();
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        using var supervisor = await NgoSupervisorAsync(factory);
        var id = await RegisterAsync(worker, "Haddad");

        using var asked = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/closures", new { reason = "GoalsReached", note = "Housing and language course arranged." }, Cancel);
        var closure = (await JsonAsync(asked, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var again = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/closures", new { reason = "MovedAway" }, Cancel);
        (await JsonAsync(again, HttpStatusCode.Conflict)).GetProperty("title").GetString()
            .ShouldBe(ProblemDetails.Translation("A closure of this case waits for a supervisor already.", "pl"));

        // The worker may not decide; the supervisor sees it waiting, with the planned services.
        using var byWorker = await worker.Client.PostAsJsonAsync($"/api/v1/closures/{closure}/approve", new { }, Cancel);
        byWorker.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var waiting = await supervisor.Client.GetAsync("/api/v1/closures/waiting", Cancel);
        (await JsonAsync(waiting, HttpStatusCode.OK)).EnumerateArray().Select(w => w.GetProperty("closure").GetProperty("id").GetGuid()).ShouldContain(closure);

        using var approved = await supervisor.Client.PostAsJsonAsync($"/api/v1/closures/{closure}/approve", new { }, Cancel);
        (await JsonAsync(approved, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Approved");
        using var opened = await worker.Client.GetAsync($"/api/v1/beneficiaries/{id}", Cancel);
        (await JsonAsync(opened, HttpStatusCode.OK)).GetProperty("beneficiary").GetProperty("closedAt").ValueKind.ShouldBe(JsonValueKind.String);
        using var closedList = await worker.Client.GetAsync("/api/v1/beneficiaries?state=closed", Cancel);
        (await JsonAsync(closedList, HttpStatusCode.OK)).EnumerateArray().Select(b => b.GetProperty("id").GetGuid()).ShouldContain(id);
        using var openList = await worker.Client.GetAsync("/api/v1/beneficiaries?state=open", Cancel);
        (await JsonAsync(openList, HttpStatusCode.OK)).EnumerateArray().Select(b => b.GetProperty("id").GetGuid()).ShouldNotContain(id);

        // Nothing new on a closed case: a service, an assessment, a consent, another closure.
        var closedWords = ProblemDetails.Translation("The case is closed: nothing new is recorded on it. A supervisor may reopen it.", "pl");
        using var service = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/services",
            new { kind = "LegalAdvice", status = "Delivered", deliveredOn = OfficeDay.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), provider = "Adwokat", minutes = 30 }, Cancel);
        (await JsonAsync(service, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("beneficiary")[0].GetString().ShouldBe(closedWords);
        using var assessment = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/assessments",
            new { assessedOn = OfficeDay.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), noSpecificNeeds = true, nextReviewOn = OfficeDay.Today.AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, Cancel);
        (await JsonAsync(assessment, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("beneficiary")[0].GetString().ShouldBe(closedWords);
        using var consent = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/consents", new { kind = "DiscloseTo", recipientName = "Caritas" }, Cancel);
        (await JsonAsync(consent, HttpStatusCode.Conflict)).GetProperty("title").GetString().ShouldBe(closedWords);
        using var closeAgain = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/closures", new { reason = "MovedAway" }, Cancel);
        (await JsonAsync(closeAgain, HttpStatusCode.Conflict)).GetProperty("title").GetString().ShouldBe(ProblemDetails.Translation("The case is closed already.", "pl"));
        (await factory.CountAsync<SupportService>(s => s.BeneficiaryId == id)).ShouldBe(0);

        // Reopening needs a supervisor and a reason; then the case takes services again.
        using var byWorkerReopen = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/reopen", new { reason = "Back in Warsaw." }, Cancel);
        byWorkerReopen.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var noReason = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/reopen", new { }, Cancel);
        (await JsonAsync(noReason, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("reason")[0].GetString().ShouldBe(ProblemDetails.Translation("Write the reason.", "pl"));
        // The reason is read from { reason } only: a decision's { note } is not taken for one.
        using var noteOnly = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/reopen", new { note = "Back in Warsaw." }, Cancel);
        (await JsonAsync(noteOnly, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("reason")[0].GetString().ShouldBe(ProblemDetails.Translation("Write the reason.", "pl"));
        using var tooLong = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/reopen", new { reason = new string('x', 1001) }, Cancel);
        (await JsonAsync(tooLong, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("reason")[0].GetString()
            .ShouldBe(ProblemDetails.Translation("Write at most {0} characters.", "pl", 1000));
        using var reopened = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/reopen", new { reason = "Back in Warsaw, eviction notice." }, Cancel);
        (await JsonAsync(reopened, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Reopened");
        using var serviceAgain = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/services",
            new { kind = "LegalAdvice", status = "Delivered", deliveredOn = OfficeDay.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), provider = "Adwokat", minutes = 30 }, Cancel);
        await JsonAsync(serviceAgain, HttpStatusCode.Created);

        (await factory.CountAsync<AuditEntry>(a => a.EntityId == id.ToString() && a.Action == "case-close")).ShouldBe(1);
        (await factory.CountAsync<AuditEntry>(a => a.EntityId == id.ToString() && a.Action == "case-reopen" && a.Reason == "Back in Warsaw, eviction notice.")).ShouldBe(1);
    }

    [Fact]
    public async Task AClosedCase_RefusesInterpretersPlansAndTracing_WithTheSameWords_ButItsRequestsMayBeCancelled()
    {
        var factory = await FactoryAsync();
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        using var supervisor = await NgoSupervisorAsync(factory);
        using var child = await worker.Client.PostAsJsonAsync("/api/v1/beneficiaries",
            new { givenNames = "Amina", surname = "Barzani", birthDate = OfficeDay.Today.AddYears(-12).ToString("yyyy-MM-dd", Invariant), sex = "Female", citizenship = "IRQ", language = "ar", legalBasis = "Consent", consentsToServices = true, registerAnyway = true }, Cancel);
        var id = (await JsonAsync(child, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var workerId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.NgoWorker));

        // Before the closure: an interpreter asked for, and a plan submitted to the supervisor.
        var day = OfficeDay.Today.AddDays(14).ToString("yyyy-MM-dd", Invariant);
        object Interpreter() => new { personLanguage = "ar", workerLanguage = "pl", kind = "Interpreter", mode = "OnSite", day, start = "10:00", minutes = 60 };
        using var asked = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/interpreter-requests", Interpreter(), Cancel);
        var request = (await JsonAsync(asked, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        object Plan(string goal) => new { kind = "Integration", goals = new object[] { new { area = "Education", text = goal, tasks = new object[] { new { text = "Enrol at school", assignee = "TeamMember", memberId = workerId } } } } };
        using var drafted = await worker.Client.PutAsJsonAsync($"/api/v1/beneficiaries/{id}/plan", Plan("School in September"), Cancel);
        var plan = (await JsonAsync(drafted, HttpStatusCode.OK)).GetProperty("id").GetGuid();
        using var submitted = await worker.Client.PostAsync($"/api/v1/beneficiaries/{id}/plan/submit", null, Cancel);
        await JsonAsync(submitted, HttpStatusCode.OK);

        using var closing = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/closures", new { reason = "ServedElsewhere" }, Cancel);
        var closure = (await JsonAsync(closing, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var approved = await supervisor.Client.PostAsJsonAsync($"/api/v1/closures/{closure}/approve", new { }, Cancel);
        await JsonAsync(approved, HttpStatusCode.OK);

        var closedWords = ProblemDetails.Translation("The case is closed: nothing new is recorded on it. A supervisor may reopen it.", "pl");
        async Task RefusedAsync(HttpResponseMessage response) => (await JsonAsync(response, HttpStatusCode.Conflict)).GetProperty("title").GetString().ShouldBe(closedWords);

        // Interpreters: neither asked for nor booked; the request made before may be cancelled.
        using (var again = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/interpreter-requests", Interpreter(), Cancel))
        {
            await RefusedAsync(again);
        }

        using (var booked = await worker.Client.PostAsJsonAsync($"/api/v1/interpreter-requests/{request}/assign", new { interpreterId = Guid.NewGuid() }, Cancel))
        {
            await RefusedAsync(booked);
        }

        // The plan: no draft, no change, no submission; the version submitted before is not approved, but may be returned.
        using (var changed = await worker.Client.PutAsJsonAsync($"/api/v1/beneficiaries/{id}/plan", Plan("School in October"), Cancel))
        {
            await RefusedAsync(changed);
        }

        using (var resubmitted = await worker.Client.PostAsync($"/api/v1/beneficiaries/{id}/plan/submit", null, Cancel))
        {
            await RefusedAsync(resubmitted);
        }

        using (var approvedPlan = await supervisor.Client.PostAsync($"/api/v1/plans/{plan}/approve", null, Cancel))
        {
            await RefusedAsync(approvedPlan);
        }

        // Tracing: no request of the child's own from the closed case, and the case is not offered on the form.
        using (var tracing = await worker.Client.PostAsJsonAsync("/api/v1/tracing", new { direction = "ChildSeeksRelative", givenNames = "Layla", surname = "Barzani", sex = "Female", childCaseId = id }, Cancel))
        {
            await RefusedAsync(tracing);
        }

        (await factory.CountAsync<Pathway.Support.Tracing.TracingRequest>(t => t.ChildCaseId == id)).ShouldBe(0);
        using (var form = await worker.Client.GetAsync("/support/tracing/new", Cancel))
        {
            (await form.Content.ReadAsStringAsync(Cancel)).ShouldNotContain(id.ToString());
        }

        // The case page offers none of these forms.
        using (var casePage = await worker.Client.GetAsync($"/support/beneficiaries/{id}", Cancel))
        {
            var html = await casePage.Content.ReadAsStringAsync(Cancel);
            casePage.StatusCode.ShouldBe(HttpStatusCode.OK);
            html.ShouldNotContain("id=\"interpreter-request-form\"");
            html.ShouldNotContain($"support/tracing/new?child={id}");
        }

        using (var planPage = await worker.Client.GetAsync($"/support/beneficiaries/{id}/plan", Cancel))
        {
            var html = await planPage.Content.ReadAsStringAsync(Cancel);
            html.ShouldContain("id=\"plan-closed\"");
            html.ShouldNotContain("id=\"plan-goal-form\"");
        }

        using (var cancelled = await worker.Client.PostAsync($"/api/v1/interpreter-requests/{request}/cancel", null, Cancel))
        {
            (await JsonAsync(cancelled, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Cancelled");
        }

        using (var returned = await supervisor.Client.PostAsJsonAsync($"/api/v1/plans/{plan}/return", new { reason = "The case is closed." }, Cancel))
        {
            (await JsonAsync(returned, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Returned");
        }

        // Reopened, the case takes a plan again.
        using var reopened = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/reopen", new { reason = "The other organisation could not take her." }, Cancel);
        await JsonAsync(reopened, HttpStatusCode.OK);
        using var redrafted = await worker.Client.PutAsJsonAsync($"/api/v1/beneficiaries/{id}/plan", Plan("School in October"), Cancel);
        await JsonAsync(redrafted, HttpStatusCode.OK);
    }

    [Fact]
    public async Task ASupervisor_DoesNotDecideOnTheirOwnRequest_AndAReturnSaysWhatIsLeft()
    {
        var factory = await FactoryAsync();
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        using var supervisor = await NgoSupervisorAsync(factory);
        var id = await RegisterAsync(worker, "Nasser");
        using var opened = await supervisor.Client.GetAsync($"/api/v1/beneficiaries/{id}", Cancel);
        await JsonAsync(opened, HttpStatusCode.OK);

        using var own = await supervisor.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/closures", new { reason = "ContactLost" }, Cancel);
        var closure = (await JsonAsync(own, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var selfApproved = await supervisor.Client.PostAsJsonAsync($"/api/v1/closures/{closure}/approve", new { }, Cancel);
        (await JsonAsync(selfApproved, HttpStatusCode.Conflict)).GetProperty("title").GetString()
            .ShouldBe(ProblemDetails.Translation("You asked for this closure: another supervisor decides on it.", "pl"));

        // The office's supervisor is of another organisation: the NGO's case is not theirs to find.
        using var office = await factory.SignInAsync(Roles.Supervisor);
        using var foreign = await office.Client.PostAsJsonAsync($"/api/v1/closures/{closure}/approve", new { }, Cancel);
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var foreignList = await office.Client.GetAsync($"/api/v1/beneficiaries/{id}/closures", Cancel);
        foreignList.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A worker's request goes to the supervisor; returning it needs the words.
        using var withdrawnOwn = await worker.Client.GetAsync($"/api/v1/beneficiaries/{id}/closures", Cancel);
        (await JsonAsync(withdrawnOwn, HttpStatusCode.OK)).GetArrayLength().ShouldBe(1);
        var other = await RegisterAsync(worker, "Saleh");
        using var asked = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{other}/closures", new { reason = "NoLongerNeeded" }, Cancel);
        var second = (await JsonAsync(asked, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var bare = await supervisor.Client.PostAsJsonAsync($"/api/v1/closures/{second}/return", new { }, Cancel);
        (await JsonAsync(bare, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("note")[0].GetString().ShouldBe(ProblemDetails.Translation("Write the reason.", "pl"));
        using var returned = await supervisor.Client.PostAsJsonAsync($"/api/v1/closures/{second}/return", new { note = "The planned counselling is still to be given." }, Cancel);
        var answer = await JsonAsync(returned, HttpStatusCode.OK);
        answer.GetProperty("status").GetString().ShouldBe("Returned");
        answer.GetProperty("decisionNote").GetString().ShouldBe("The planned counselling is still to be given.");
        using var twice = await supervisor.Client.PostAsJsonAsync($"/api/v1/closures/{second}/approve", new { }, Cancel);
        (await JsonAsync(twice, HttpStatusCode.Conflict)).GetProperty("title").GetString().ShouldBe(ProblemDetails.Translation("The request has been decided already.", "pl"));

        // Returned, the case is open and may be asked to close again.
        using var anew = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{other}/closures", new { reason = "NoLongerNeeded" }, Cancel);
        await JsonAsync(anew, HttpStatusCode.Created);
    }

    [Fact]
    public async Task ARequest_NamesItsWrongFields_InTheReadersLanguage_AndKeepsNothing()
    {
        var factory = await FactoryAsync();
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        var id = await RegisterAsync(worker, "Khalil");

        using var noReason = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/closures", new { note = "x" }, Cancel);
        (await JsonAsync(noReason, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("reason")[0].GetString()
            .ShouldBe(ProblemDetails.Translation("Choose why the case ends.", "pl"));
        using var otherBare = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/closures", new { reason = "Other" }, Cancel);
        (await JsonAsync(otherBare, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("note")[0].GetString()
            .ShouldBe(ProblemDetails.Translation("Write the reason.", "pl"));
        using var tooLong = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/closures", new { reason = "Other", note = new string('x', 1001) }, Cancel);
        (await JsonAsync(tooLong, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("note")[0].GetString()
            .ShouldBe(ProblemDetails.Translation("Write at most {0} characters.", "pl", 1000));
        using var unknownReason = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/closures", new { reason = "Bored" }, Cancel);
        unknownReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var state = await worker.Client.GetAsync("/api/v1/beneficiaries?state=gone", Cancel);
        (await JsonAsync(state, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("state")[0].GetString()
            .ShouldBe(ProblemDetails.Translation("Ask for open, closed or all.", "pl"));

        using var list = await worker.Client.GetAsync($"/api/v1/beneficiaries/{id}/closures", Cancel);
        (await JsonAsync(list, HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);
        using var missing = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{Guid.NewGuid()}/closures", new { reason = "MovedAway" }, Cancel);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheCaseload_CountsEachWorkersOpenCases_AndTheTimeToClosure()
    {
        var factory = await FactoryAsync();
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        using var supervisor = await NgoSupervisorAsync(factory);
        var workerId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.NgoWorker));
        using var before = await supervisor.Client.GetAsync("/api/v1/caseload", Cancel);
        var start = await JsonAsync(before, HttpStatusCode.OK);
        int Open(JsonElement report) => report.GetProperty("workers").EnumerateArray().Where(w => w.GetProperty("userId").GetGuid() == workerId)
            .Select(w => w.GetProperty("openCases").GetInt32()).DefaultIfEmpty(0).Single();

        var first = await RegisterAsync(worker, "Darwish");
        await RegisterAsync(worker, "Yasin");
        using var asked = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{first}/closures", new { reason = "ServedElsewhere" }, Cancel);
        var closure = (await JsonAsync(asked, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var approved = await supervisor.Client.PostAsJsonAsync($"/api/v1/closures/{closure}/approve", new { }, Cancel);
        await JsonAsync(approved, HttpStatusCode.OK);

        using var after = await supervisor.Client.GetAsync("/api/v1/caseload", Cancel);
        var report = await JsonAsync(after, HttpStatusCode.OK);
        Open(report).ShouldBe(Open(start) + 1, "two new cases, one of them closed");
        report.GetProperty("openCases").GetInt32().ShouldBe(start.GetProperty("openCases").GetInt32() + 1);
        report.GetProperty("closedInPeriod").GetInt32().ShouldBe(start.GetProperty("closedInPeriod").GetInt32() + 1);
        report.GetProperty("closedFor").EnumerateArray().Single(r => r.GetProperty("reason").GetString() == "ServedElsewhere").GetProperty("cases").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        report.GetProperty("timeToClosure").EnumerateArray().Sum(b => b.GetProperty("cases").GetInt32()).ShouldBe(report.GetProperty("closedInPeriod").GetInt32());

        // Only supervisors read it; a wrong period is named.
        using var byWorker = await worker.Client.GetAsync("/api/v1/caseload", Cancel);
        byWorker.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var wrong = await supervisor.Client.GetAsync("/api/v1/caseload?from=2026-05-01&to=2026-04-01", Cancel);
        (await JsonAsync(wrong, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("to")[0].GetString()
            .ShouldBe(ProblemDetails.Translation("The last day must be on or after the first.", "pl"));
    }
}

public sealed class SqliteClosuresHttpTests(SqliteFactoryFixture fixture) : ClosuresHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresClosuresHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : ClosuresHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
