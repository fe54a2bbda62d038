using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>The supervisor's team view, auto-assignment and bulk reassignment, on SQLite and PostgreSQL.</summary>
public abstract class CaseTeamHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<string> RegisterAsync(WebSession session, string type, string submittedOn = "2026-11-02")
    {
        var request = Json("/api/v1/cases/", new { applicationType = type, surname = "Hnatiuk", givenNames = "Petro", birthDate = "1988-01-02", citizenship = "UKR", submittedOn }, "en");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await session.Client.SendAsync(request, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("number").GetString()!;
    }

    private static async Task<JsonElement> CaseAsync(WebSession session, string number) =>
        await session.Client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{Uri.EscapeDataString(number)}", Cancel);

    [Fact]
    public async Task ANewCase_GoesToTheLeastLoadedOfficerTrainedForItsType()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var officerId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        var supervisorId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        using var unknownType = await supervisor.Client.PutAsJsonAsync($"/api/v1/cases/team/{officerId}/qualifications", new { applicationTypes = new[] { "visa" } }, Cancel);
        using var nobody = await supervisor.Client.PutAsJsonAsync($"/api/v1/cases/team/{Guid.NewGuid()}/qualifications", new { applicationTypes = new[] { "business" } }, Cancel);
        (await ErrorsAsync(unknownType)).Keys.ShouldBe(["applicationTypes"]);
        nobody.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await supervisor.Client.PutAsJsonAsync($"/api/v1/cases/team/{officerId}/qualifications", new { applicationTypes = new[] { "business" } }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var first = await CaseAsync(supervisor, await RegisterAsync(supervisor, "business"));
        (await supervisor.Client.PutAsJsonAsync($"/api/v1/cases/team/{supervisorId}/qualifications", new { applicationTypes = new[] { "business" } }, Cancel)).EnsureSuccessStatusCode();
        var expected = (await supervisor.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/team", Cancel)).GetProperty("officers").EnumerateArray()
            .Select(o => (Id: o.GetProperty("officer").GetProperty("id").GetGuid(), Name: o.GetProperty("officer").GetProperty("name").GetString()!, Open: o.GetProperty("open").GetInt32()))
            .Where(o => o.Id == officerId || o.Id == supervisorId)
            .OrderBy(o => o.Open).ThenBy(o => o.Name, StringComparer.CurrentCulture).First().Id;
        var second = await CaseAsync(supervisor, await RegisterAsync(supervisor, "business"));

        first.GetProperty("assignedOfficerId").GetGuid().ShouldBe(officerId);
        first.GetProperty("timeline").EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("detail").GetString()))
            .ShouldBe([("register", null), ("assign", "auto")]);
        // With both trained, the one with fewer open cases of any type gets the next one.
        second.GetProperty("assignedOfficerId").GetGuid().ShouldBe(expected);
    }

    [Fact]
    public async Task TheTeamView_CountsOverdueCasesByOfficerAndType()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var officerId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        var number = await RegisterAsync(officer, "studies", "2026-08-03");
        var version = 1;
        foreach (var (action, body) in new (string, object)[] { ("take", new { }), ("start-formal-check", new { }), ("complete-formally", new { on = "2026-08-04" }), ("record-appearance", new { on = "2026-08-05" }) })
        {
            var fields = JsonSerializer.SerializeToNode(body)!.AsObject();
            fields["version"] = version++;
            (await officer.Client.PostAsJsonAsync($"/api/v1/cases/{Uri.EscapeDataString(number)}/actions/{action}", fields, Cancel)).EnsureSuccessStatusCode();
        }

        var team = await supervisor.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/team", Cancel);
        using var forbidden = await officer.Client.GetAsync("/api/v1/cases/team", Cancel);

        var load = team.GetProperty("officers").EnumerateArray().Single(o => o.GetProperty("officer").GetProperty("id").GetGuid() == officerId);
        load.GetProperty("overdue").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        team.GetProperty("overdue").EnumerateArray().ShouldContain(c => c.GetProperty("officerId").ValueKind == JsonValueKind.String
            && c.GetProperty("officerId").GetGuid() == officerId && c.GetProperty("applicationType").GetString() == "studies");
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task BulkReassignment_MovesEachCase_AndSaysWhichItCouldNot()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var supervisorId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        var numbers = new[] { await RegisterAsync(supervisor, "family"), await RegisterAsync(supervisor, "family"), "WSC-II-S.6151.999999.2026" };

        using var response = await supervisor.Client.PostAsJsonAsync("/api/v1/cases/bulk/assign", new { numbers, officerId = supervisorId, reason = "holiday cover" }, Cancel);
        using var empty = await supervisor.Client.PostAsJsonAsync("/api/v1/cases/bulk/assign", new { numbers = Array.Empty<string>(), officerId = Guid.NewGuid() }, Cancel);

        var results = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).EnumerateArray().ToList();
        results.Select(r => r.GetProperty("done").GetBoolean()).ShouldBe([true, true, false]);
        (await CaseAsync(supervisor, numbers[0])).GetProperty("assignedOfficerId").GetGuid().ShouldBe(supervisorId);
        (await CaseAsync(supervisor, numbers[1])).GetProperty("timeline").EnumerateArray().Last().GetProperty("note").GetString().ShouldBe("holiday cover");
        (await ErrorsAsync(empty)).Keys.Order(StringComparer.Ordinal).ShouldBe(["numbers", "officerId"]);
    }

    [Fact]
    public async Task TheTeamPage_ShowsTheChartTheTablesAndMovesCases()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var number = await RegisterAsync(supervisor, "family");

        var page = await supervisor.GetPageAsync("/en/cases/team");
        var officerOption = page.QuerySelector("#to-officer option")!.GetAttribute("value")!;
        using var moved = await supervisor.PostFormAsync("/en/cases/team", "reassign", new Dictionary<string, string>
        {
            ["Move.Numbers"] = number + "\nWSC-II-S.6151.999999.2026", ["Move.OfficerId"] = officerOption, ["Move.Reason"] = "balance",
        });
        var after = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await moved.Content.ReadAsStringAsync(Cancel));

        page.QuerySelector("figure svg title")!.TextContent.ShouldBe("Overdue and soon-due cases per officer");
        page.QuerySelectorAll("#workload tbody tr").Length.ShouldBeGreaterThanOrEqualTo(2);
        after.QuerySelector("#reassign-result")!.TextContent.ShouldBe("1 of 2 cases moved.");
        (await CaseAsync(supervisor, number)).GetProperty("assignedOfficerId").GetGuid().ToString().ShouldBe(officerOption);
    }
}

public sealed class SqliteCaseTeamHttpTests(SqliteFactoryFixture fixture) : CaseTeamHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresCaseTeamHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : CaseTeamHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
