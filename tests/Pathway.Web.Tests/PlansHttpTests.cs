using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Support.Plans;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// Care and integration plans over HTTP, on SQLite and PostgreSQL: drafted and submitted by the case
/// team, approved or returned by another supervisor of the organisation (four eyes), closed to anyone
/// outside the team; the person links their portal account with a one-time code and sees only the
/// plan in force, ticking only their own tasks.
/// </summary>
public abstract class PlansHttpTests
{
    private const string Ngo = "Fundacja Wspólna Droga";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A fresh account for one test: a colleague, a supervisor of the NGO (the demo has none) or a migrant.</summary>
    private static async Task<(WebSession Session, Guid Id)> AccountAsync(PathwayFactory factory, string role, Guid? organisation)
    {
        var (email, id) = await factory.CreateAccountAsync(role, organisation);
        var session = factory.Session();
        await session.SignInAsync(email);
        return (session, id);
    }

    private static async Task<Guid> RegisterAsync(WebSession session, string surname)
    {
        using var created = await session.Client.PostAsJsonAsync("/api/v1/beneficiaries",
            new { givenNames = "Yusuf", surname, birthDate = "1991-02-03", sex = "Male", citizenship = "SYR", language = "ar", legalBasis = "Consent", consentsToServices = true, registerAnyway = true }, Cancel);
        return (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static object PlanBody(Guid member, string goal = "A2 Polish by the summer") => new
    {
        kind = "Integration",
        goals = new object[]
        {
            new
            {
                area = "Language", text = goal,
                tasks = new object[]
                {
                    new { text = "Enrol in the course", assignee = "Migrant", dueOn = "2026-09-01" },
                    new { text = "Find a course near home", assignee = "TeamMember", memberId = member },
                },
            },
        },
    };

    private static async Task<JsonElement> DraftAndSubmitAsync(WebSession worker, Guid id, Guid member)
    {
        using var drafted = await worker.Client.PutAsJsonAsync($"/api/v1/beneficiaries/{id}/plan", PlanBody(member), Cancel);
        await JsonAsync(drafted, HttpStatusCode.OK);
        using var submitted = await worker.Client.PostAsync($"/api/v1/beneficiaries/{id}/plan/submit", null, Cancel);
        return await JsonAsync(submitted, HttpStatusCode.OK);
    }

    [Fact]
    public async Task APlan_IsDraftedByTheTeam_AndApprovedOnlyByASupervisorWhoWroteNoPartOfIt()
    {
        var factory = await FactoryAsync();
        var ngo = await factory.OrganisationIdAsync(Ngo);
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        var workerId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.NgoWorker));
        var (first, _) = await AccountAsync(factory, Roles.Supervisor, ngo);
        var (second, _) = await AccountAsync(factory, Roles.Supervisor, ngo);
        using var _1 = first;
        using var _2 = second;
        var id = await RegisterAsync(worker, "Haddad");
        var api = $"/api/v1/beneficiaries/{id}/plan";

        // Nothing yet; a draft with wrong fields is refused field by field in the worker's language, and nothing is kept.
        var empty = await JsonAsync(await worker.Client.GetAsync(api, Cancel), HttpStatusCode.OK);
        (empty.GetProperty("inForce").ValueKind, empty.GetProperty("versions").GetArrayLength()).ShouldBe((JsonValueKind.Null, 0));
        using var wrong = await worker.Client.PutAsJsonAsync(api, new { goals = new object[] { new { area = "Housing", text = " ", tasks = new object[] { new { text = "Call", assignee = "TeamMember", memberId = Guid.NewGuid() } } } } }, Cancel);
        var errors = await ErrorsAsync(wrong);
        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["goals[0].tasks[0].memberId", "goals[0].text", "kind"]);
        errors["goals[0].text"].ShouldBe([Translation("Write the goal.", "pl")]);
        (await factory.CountAsync<Plan>(p => p.BeneficiaryId == id)).ShouldBe(0);
        using var nothing = await worker.Client.PostAsync($"{api}/submit", null, Cancel);
        (await TitleAsync(nothing, HttpStatusCode.Conflict)).ShouldBe(Translation("There is no draft to submit: change the plan first.", "pl"));

        var submitted = await DraftAndSubmitAsync(worker, id, workerId);
        submitted.GetProperty("status").GetString().ShouldBe("Submitted");
        var planId = submitted.GetProperty("id").GetGuid();
        using var notHers = await worker.Client.PostAsync($"/api/v1/plans/{planId}/approve", null, Cancel);
        notHers.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "approving takes the supervisor's permission");

        // The first supervisor changes it and submits it again: it is now partly theirs, so they may not decide on it.
        var queue = await JsonAsync(await first.Client.GetAsync("/api/v1/plans/approvals", Cancel), HttpStatusCode.OK);
        queue.EnumerateArray().Single(a => a.GetProperty("plan").GetProperty("id").GetGuid() == planId).GetProperty("own").GetBoolean().ShouldBeFalse();
        using var changed = await first.Client.PutAsJsonAsync(api, PlanBody(workerId, "A2 Polish by the autumn"), Cancel);
        (await JsonAsync(changed, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Draft", "a submitted plan changed leaves the queue");
        (await first.Client.PostAsync($"{api}/submit", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var own = await first.Client.PostAsync($"/api/v1/plans/{planId}/approve", null, Cancel);
        (await TitleAsync(own, HttpStatusCode.Forbidden)).ShouldBe(Translation("You wrote part of this plan, so another supervisor decides on it (four eyes).", "pl"));

        // The second returns it with the reason (required), the team resubmits, and the first still may not approve it.
        using var noReason = await second.Client.PostAsJsonAsync($"/api/v1/plans/{planId}/return", new { reason = " " }, Cancel);
        (await ErrorsAsync(noReason))["reason"].ShouldBe([Translation("Write why the plan is returned.", "pl")]);
        using var returned = await second.Client.PostAsJsonAsync($"/api/v1/plans/{planId}/return", new { reason = "Add who pays for the course." }, Cancel);
        (await JsonAsync(returned, HttpStatusCode.OK)).GetProperty("returnReason").GetString().ShouldBe("Add who pays for the course.");
        (await worker.Client.PostAsync($"{api}/submit", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.Client.PostAsync($"/api/v1/plans/{planId}/approve", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var approved = await second.Client.PostAsync($"/api/v1/plans/{planId}/approve", null, Cancel);
        var inForce = await JsonAsync(approved, HttpStatusCode.OK);
        inForce.GetProperty("status").GetString().ShouldBe("Approved");
        inForce.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString())
            .ShouldBe(["Drafted", "Submitted", "Edited", "Submitted", "Returned", "Submitted", "Approved"]);
        using var again = await second.Client.PostAsync($"/api/v1/plans/{planId}/approve", null, Cancel);
        (await TitleAsync(again, HttpStatusCode.Conflict)).ShouldBe(Translation("The plan has moved on already: reload it and try again.", "pl"));
        (await factory.CountAsync<AuditEntry>(a => a.Action == "plan-approve" && a.EntityId == planId.ToString())).ShouldBe(1);
        (await factory.CountAsync<AuditEntry>(a => a.Action == "plan-return" && a.EntityId == planId.ToString() && a.Reason == "Add who pays for the course.")).ShouldBe(1);

        // Changing the goals makes version 2 as a draft; version 1 stays in force. Ticking a task needs no approval and reaches the draft too.
        using var revised = await worker.Client.PutAsJsonAsync(api, PlanBody(workerId, "B1 Polish next year"), Cancel);
        (await JsonAsync(revised, HttpStatusCode.OK)).GetProperty("version").GetInt32().ShouldBe(2);
        var taskId = inForce.GetProperty("goals")[0].GetProperty("tasks")[1].GetProperty("id").GetGuid();
        using var ticked = await worker.Client.PostAsJsonAsync($"{api}/tasks/{taskId}/done", new { done = true }, Cancel);
        (await JsonAsync(ticked, HttpStatusCode.OK)).GetProperty("version").GetInt32().ShouldBe(1);
        var plan = await JsonAsync(await worker.Client.GetAsync(api, Cancel), HttpStatusCode.OK);
        plan.GetProperty("inForce").GetProperty("goals")[0].GetProperty("text").GetString().ShouldBe("A2 Polish by the autumn");
        plan.GetProperty("inForce").GetProperty("goals")[0].GetProperty("tasks")[1].GetProperty("done").GetBoolean().ShouldBeTrue();
        plan.GetProperty("open").GetProperty("status").GetString().ShouldBe("Draft");
        plan.GetProperty("versions").GetArrayLength().ShouldBe(2);
        (await factory.CountAsync<AuditEntry>(a => a.Action == AuditAction.Update && a.EntityType == nameof(PlanTask) && a.EntityId == taskId.ToString())).ShouldBe(1);
        // The draft's tasks are not ticked: only the plan in force's are.
        var draftTask = plan.GetProperty("open").GetProperty("goals")[0].GetProperty("tasks")[0].GetProperty("id").GetGuid();
        using var fresh = await worker.Client.PutAsJsonAsync(api, new { kind = "Care", goals = new object[] { new { area = "Health", text = "A GP", tasks = new object[] { new { text = "Register with a GP", assignee = "CaseTeam" } } } } }, Cancel);
        var freshTask = (await JsonAsync(fresh, HttpStatusCode.OK)).GetProperty("goals")[0].GetProperty("tasks")[0].GetProperty("id").GetGuid();
        freshTask.ShouldNotBe(draftTask);
        (await worker.Client.PostAsync($"{api}/tasks/{freshTask}/done", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Approving version 2 supersedes version 1.
        (await worker.Client.PostAsync($"{api}/submit", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var next = (await JsonAsync(await second.Client.GetAsync(api, Cancel), HttpStatusCode.OK)).GetProperty("open").GetProperty("id").GetGuid();
        (await second.Client.PostAsync($"/api/v1/plans/{next}/approve", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await JsonAsync(await worker.Client.GetAsync(api, Cancel), HttpStatusCode.OK);
        after.GetProperty("inForce").GetProperty("version").GetInt32().ShouldBe(2);
        after.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("status").GetString()).ShouldBe(["Approved", "Superseded"]);
    }

    [Fact]
    public async Task APlan_IsClosedToAnyoneOutsideTheCaseTeamAndTheOrganisationsSupervisors()
    {
        var factory = await FactoryAsync();
        var ngo = await factory.OrganisationIdAsync(Ngo);
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        var workerId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.NgoWorker));
        var (colleague, _) = await AccountAsync(factory, Roles.NgoWorker, ngo);
        using var _1 = colleague;
        using var office = await factory.SignInAsync(Roles.Supervisor);
        var id = await RegisterAsync(worker, "Khalil");
        var planId = (await DraftAndSubmitAsync(worker, id, workerId)).GetProperty("id").GetGuid();
        var api = $"/api/v1/beneficiaries/{id}/plan";

        // A colleague of the same NGO who is not on the team: 404 everywhere, as for a case that does not exist.
        (await colleague.Client.GetAsync(api, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await colleague.Client.PutAsJsonAsync(api, PlanBody(workerId), Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await colleague.Client.PostAsync($"{api}/submit", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await colleague.Client.PostAsync($"{api}/link-codes", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await colleague.GetPageAsync($"/en/support/beneficiaries/{id}/plan")).QuerySelector("#draft-goals").ShouldBeNull();
        (await colleague.Client.GetAsync($"/en/support/beneficiaries/{id}/plan", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The office's supervisor supervises the office's cases, not the NGO's: the plan is neither in the queue nor theirs to approve.
        var queue = await JsonAsync(await office.Client.GetAsync("/api/v1/plans/approvals", Cancel), HttpStatusCode.OK);
        queue.EnumerateArray().ShouldNotContain(a => a.GetProperty("plan").GetProperty("id").GetGuid() == planId);
        (await office.Client.PostAsync($"/api/v1/plans/{planId}/approve", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await office.Client.GetAsync(api, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.CountAsync<Plan>(p => p.Id == planId && p.Status == PlanStatus.Submitted)).ShouldBe(1);

        // Reading the plan is audited.
        (await worker.Client.GetAsync(api, Cancel)).EnsureSuccessStatusCode();
        (await factory.CountAsync<AuditEntry>(a => a.Action == AuditAction.Read && a.EntityType == nameof(Plan) && a.EntityId == id.ToString())).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task ThePerson_SeesOnlyThePlanInForce_OnlyAfterLinkingWithACodeThatWorksOnce()
    {
        var factory = await FactoryAsync();
        var ngo = await factory.OrganisationIdAsync(Ngo);
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        var workerId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.NgoWorker));
        var (supervisor, _) = await AccountAsync(factory, Roles.Supervisor, ngo);
        var (person, _) = await AccountAsync(factory, Roles.Migrant, null);
        var (stranger, _) = await AccountAsync(factory, Roles.Migrant, null);
        using var _1 = supervisor;
        using var _2 = person;
        using var _3 = stranger;
        var id = await RegisterAsync(worker, "Nasser");
        var api = $"/api/v1/beneficiaries/{id}/plan";
        var planId = (await DraftAndSubmitAsync(worker, id, workerId)).GetProperty("id").GetGuid();

        // Not linked yet: nothing.
        var none = await JsonAsync(await person.Client.GetAsync("/api/v1/my/plan", Cancel), HttpStatusCode.OK);
        (none.GetProperty("linkedCases").GetInt32(), none.GetProperty("plans").GetArrayLength()).ShouldBe((0, 0));

        // A code is shown once and kept as a hash; a newer one voids the older; a wrong one is refused in the person's language.
        var older = (await JsonAsync(await worker.Client.PostAsync($"{api}/link-codes", null, Cancel), HttpStatusCode.Created)).GetProperty("code").GetString()!;
        var issued = await JsonAsync(await worker.Client.PostAsync($"{api}/link-codes", null, Cancel), HttpStatusCode.Created);
        var code = issued.GetProperty("code").GetString()!;
        (await factory.CountAsync<PortalLink>(l => l.CodeHash == code)).ShouldBe(0);
        (await factory.CountAsync<PortalLink>(l => l.CodeHash == PortalLink.Hash(code))).ShouldBe(1);
        using var wrong = await person.Client.SendAsync(Json("/api/v1/my/plan/links", new { code = "ABCD-EFGH-JKMN" }, "uk"), Cancel);
        (await ErrorsAsync(wrong))["code"].ShouldBe([Translation("This code does not work: it may be mistyped, used already or expired. Ask your case worker for a new one.", "uk")]);
        using var voided = await person.Client.PostAsJsonAsync("/api/v1/my/plan/links", new { code = older }, Cancel);
        (await ErrorsAsync(voided)).Keys.ShouldBe(["code"]);

        // Linked with the code typed loosely: the submitted plan is still not shown.
        using var linked = await person.Client.SendAsync(Json("/api/v1/my/plan/links", new { code = code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) }, "uk"), Cancel);
        var view = await JsonAsync(linked, HttpStatusCode.OK);
        (view.GetProperty("linkedCases").GetInt32(), view.GetProperty("plans").GetArrayLength()).ShouldBe((1, 0));
        using var twice = await stranger.Client.PostAsJsonAsync("/api/v1/my/plan/links", new { code }, Cancel);
        // A code works once.
        (await ErrorsAsync(twice)).Keys.ShouldBe(["code"]);
        (await factory.CountAsync<AuditEntry>(a => a.Action == "portal-link" && a.EntityId == id.ToString())).ShouldBe(1);

        // An expired code does not work.
        var late = (await JsonAsync(await worker.Client.PostAsync($"{api}/link-codes", null, Cancel), HttpStatusCode.Created)).GetProperty("code").GetString()!;
        await factory.WithDbAsync(async db => await db.Set<PortalLink>().IgnoreQueryFilters().Where(l => l.CodeHash == PortalLink.Hash(late))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTime.UtcNow.AddMinutes(-1)), Cancel));
        (await ErrorsAsync(await stranger.Client.PostAsJsonAsync("/api/v1/my/plan/links", new { code = late }, Cancel))).Keys.ShouldBe(["code"]);

        // Approved: the person reads it in their language, ticks their own task, and not the worker's.
        (await supervisor.Client.PostAsync($"/api/v1/plans/{planId}/approve", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var read = await person.Client.SendAsync(Get("/api/v1/my/plan", "uk"), Cancel);
        var mine = (await JsonAsync(read, HttpStatusCode.OK)).GetProperty("plans").EnumerateArray().Single();
        mine.GetProperty("id").GetGuid().ShouldBe(planId);
        mine.GetProperty("organisation").GetString().ShouldBe(Ngo);
        mine.GetProperty("kindName").GetString().ShouldBe(Translation("Integration plan", "uk"));
        var goal = mine.GetProperty("goals")[0];
        goal.GetProperty("areaName").GetString().ShouldBe(Translation("Language", "uk"));
        var tasks = goal.GetProperty("tasks").EnumerateArray().ToList();
        tasks.Select(t => (t.GetProperty("mine").GetBoolean(), t.GetProperty("who").GetString())).ShouldBe([(true, Translation("You", "uk")), (false, Translation("Your case worker", "uk"))]);
        // No staff account is named to the person.
        mine.GetRawText().ShouldNotContain(DemoAccounts.EmailOf(Roles.NgoWorker), Case.Insensitive);
        (await factory.CountAsync<AuditEntry>(a => a.Action == AuditAction.Read && a.EntityType == nameof(Plan) && a.EntityId == planId.ToString() && a.Details == "the person, in the portal")).ShouldBeGreaterThanOrEqualTo(1);

        using var notHers = await person.Client.PostAsync($"/api/v1/my/plan/tasks/{tasks[1].GetProperty("id").GetGuid()}/done", null, Cancel);
        notHers.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var hers = await person.Client.PostAsync($"/api/v1/my/plan/tasks/{tasks[0].GetProperty("id").GetGuid()}/done", null, Cancel);
        (await JsonAsync(hers, HttpStatusCode.OK)).GetProperty("plans")[0].GetProperty("goals")[0].GetProperty("tasks")[0].GetProperty("done").GetBoolean().ShouldBeTrue();
        (await stranger.Client.PostAsync($"/api/v1/my/plan/tasks/{tasks[0].GetProperty("id").GetGuid()}/done", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var team = await JsonAsync(await worker.Client.GetAsync(api, Cancel), HttpStatusCode.OK);
        var ticked = team.GetProperty("inForce").GetProperty("goals")[0].GetProperty("tasks")[0];
        (ticked.GetProperty("done").GetBoolean(), ticked.GetProperty("doneByMigrant").GetBoolean()).ShouldBe((true, true));
        team.GetProperty("linkedAccounts").GetInt32().ShouldBe(1);

        // A new draft is never shown to the person: the approved version stays what they read.
        (await worker.Client.PutAsJsonAsync(api, PlanBody(workerId, "Draft goal the person must not see"), Cancel)).EnsureSuccessStatusCode();
        var stillInForce = await JsonAsync(await person.Client.GetAsync("/api/v1/my/plan", Cancel), HttpStatusCode.OK);
        stillInForce.GetRawText().ShouldNotContain("Draft goal the person must not see");

        // The account page shows the card, and the plan's page the goal.
        var account = await person.GetPageAsync("/en/my");
        account.QuerySelector("#plan-account-card")!.TextContent.ShouldContain("You have done all your tasks.");
        var page = await person.GetPageAsync("/en/my/plan");
        page.QuerySelector("main")!.TextContent.ShouldContain("A2 Polish by the summer");
        page.QuerySelector("main")!.TextContent.ShouldNotContain("Draft goal the person must not see");
    }
}

public sealed class SqlitePlansHttpTests(SqliteFactoryFixture fixture) : PlansHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPlansHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PlansHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
