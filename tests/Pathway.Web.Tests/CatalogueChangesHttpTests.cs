using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>
/// Supervisors keep the catalogue in step with the law, over the API and on the pages, on SQLite and
/// PostgreSQL. Each test changes its own application type (the class's database is shared by its
/// tests), from days far enough ahead that no case of the demo data is judged by them.
/// </summary>
public abstract class CatalogueChangesHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ANewPeriod_EndsTheOneInForce_AndCasesOfEachDayAreJudgedByTheirOwn()
    {
        using var supervisor = await (await FactoryAsync()).SignInAsync(Roles.Supervisor);

        using var recorded = await supervisor.Client.PostAsJsonAsync("/api/v1/cases/catalogue/studies/decision-periods",
            new { inForceFrom = "2090-01-01", length = 45, unit = "days", legalSource = "Ustawa zmieniająca, art. 1 pkt 3", verified = true }, Cancel);
        var before = await CatalogueOnAsync(supervisor, "2089-12-31");
        var after = await CatalogueOnAsync(supervisor, "2090-01-01");
        var history = await supervisor.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/catalogue/studies/history", Cancel);

        recorded.StatusCode.ShouldBe(HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync(Cancel));
        Period(before, "studies").GetProperty("length").GetInt32().ShouldBe(60);
        Period(after, "studies").GetProperty("length").GetInt32().ShouldBe(45);
        Period(after, "business").GetProperty("length").GetInt32().ShouldBe(60, "only the named type changed");
        var rows = history.GetProperty("decisionPeriods").EnumerateArray().Select(r => r.GetProperty("rule")).ToList();
        rows.Select(r => (r.GetProperty("inForceFrom").GetString(), r.GetProperty("inForceUntil").GetString())).ShouldBe(
            [("2026-04-27", "2089-12-31"), ("2090-01-01", null)]);
    }

    [Fact]
    public async Task ACorrectionOnTheSameDay_SupersedesTheRow_WhichIsKept()
    {
        using var supervisor = await (await FactoryAsync()).SignInAsync(Roles.Supervisor);
        const string Duties = "/api/v1/cases/catalogue/family/stamp-duties";

        using var wrong = await supervisor.Client.PostAsJsonAsync(Duties, new { inForceFrom = "2091-03-01", amountPln = 3400m, legalSource = "Dz.U. 2091 poz. 1" }, Cancel);
        using var right = await supervisor.Client.PostAsJsonAsync(Duties, new { inForceFrom = "2091-03-01", amountPln = 340.50m, legalSource = "Dz.U. 2091 poz. 1", verified = true }, Cancel);
        var history = await right.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var on = await CatalogueOnAsync(supervisor, "2091-03-01");

        wrong.StatusCode.ShouldBe(HttpStatusCode.Created);
        var rows = history.GetProperty("stampDuties").EnumerateArray().ToList();
        rows.Count.ShouldBe(3);
        rows[1].GetProperty("rule").GetProperty("amountPln").GetDecimal().ShouldBe(3400m);
        rows[1].GetProperty("supersededAt").ValueKind.ShouldBe(JsonValueKind.String);
        rows[2].GetProperty("supersededAt").ValueKind.ShouldBe(JsonValueKind.Null);
        Type(on, "family").GetProperty("stampDuty").GetProperty("amountPln").GetDecimal().ShouldBe(340.50m);
        Type(on, "family").GetProperty("stampDuty").GetProperty("verified").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task ADocument_IsRequiredFromADay_AndNoLongerFromAnother()
    {
        using var supervisor = await (await FactoryAsync()).SignInAsync(Roles.Supervisor);

        using var required = await supervisor.Client.PostAsJsonAsync("/api/v1/cases/catalogue/business/documents",
            new { inForceFrom = "2092-01-01", code = "tax-certificate", name = "Tax office certificate", condition = "always", legalSource = "art. 142" }, Cancel);
        using var ended = await supervisor.Client.PostAsJsonAsync("/api/v1/cases/catalogue/business/documents/tax-certificate/end", new { from = "2093-01-01" }, Cancel);
        using var again = await supervisor.Client.SendAsync(ProblemDetails.Json("/api/v1/cases/catalogue/business/documents/tax-certificate/end", new { from = "2094-01-01" }, "uk"), Cancel);

        required.StatusCode.ShouldBe(HttpStatusCode.Created);
        ended.StatusCode.ShouldBe(HttpStatusCode.Created);
        Codes(await CatalogueOnAsync(supervisor, "2091-12-31"), "business").ShouldNotContain("tax-certificate");
        Codes(await CatalogueOnAsync(supervisor, "2092-06-01"), "business").ShouldContain("tax-certificate");
        Codes(await CatalogueOnAsync(supervisor, "2093-01-01"), "business").ShouldNotContain("tax-certificate");
        (await ProblemDetails.ErrorsAsync(again))["from"].ShouldBe([ProblemDetails.Translation("The document is not required on or after {0}.", "uk", "2094-01-01")]);
    }

    [Fact]
    public async Task BadChanges_AreRefusedFieldByFieldInTheReadersLanguage_AndChangeNothing()
    {
        using var supervisor = await (await FactoryAsync()).SignInAsync(Roles.Supervisor);
        var history = await supervisor.Client.GetStringAsync("/api/v1/cases/catalogue/permanent/history", Cancel);

        using var period = await supervisor.Client.SendAsync(ProblemDetails.Json("/api/v1/cases/catalogue/permanent/decision-periods",
            new { inForceFrom = "1.1.2090", length = 0, unit = "fortnights", legalSource = "" }, "pl"), Cancel);
        using var duty = await supervisor.Client.SendAsync(ProblemDetails.Json("/api/v1/cases/catalogue/permanent/stamp-duties",
            new { inForceFrom = "2090-01-01", amountPln = 10.005m, legalSource = "x" }, "pl"), Cancel);
        using var document = await supervisor.Client.SendAsync(ProblemDetails.Json("/api/v1/cases/catalogue/permanent/documents",
            new { inForceFrom = "2090-01-01", code = "Tax Certificate", name = new string('n', 201), legalSource = "x" }, "pl"), Cancel);
        using var notJson = await supervisor.Client.PostAsync("/api/v1/cases/catalogue/permanent/stamp-duties", new StringContent("amount=1"), Cancel);
        using var unknown = await supervisor.Client.PostAsJsonAsync("/api/v1/cases/catalogue/no-such-type/stamp-duties",
            new { inForceFrom = "2090-01-01", amountPln = 10m, legalSource = "x" }, Cancel);

        var periodErrors = await ProblemDetails.ErrorsAsync(period);
        periodErrors.Keys.Order(StringComparer.Ordinal).ShouldBe(["inForceFrom", "legalSource", "length", "unit"]);
        periodErrors["legalSource"].ShouldBe([ProblemDetails.Translation("This field is required.", "pl")]);
        (await ProblemDetails.ErrorsAsync(duty))["amountPln"].ShouldBe([ProblemDetails.Translation("Enter an amount in złoty from 0 to {0}, with at most two decimals.", "pl", 100_000m)]);
        (await ProblemDetails.ErrorsAsync(document)).Keys.Order(StringComparer.Ordinal).ShouldBe(["code", "name"]);
        (await ProblemDetails.ErrorsAsync(notJson)).Keys.ShouldBe(["body"]);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await supervisor.Client.GetStringAsync("/api/v1/cases/catalogue/permanent/history", Cancel)).ShouldBe(history);
    }

    [Fact]
    public async Task AnOfficer_ReadsTheHistory_ButMayNotChangeTheLaw()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        using var history = await officer.Client.GetAsync("/api/v1/cases/catalogue/blue-card/history", Cancel);
        using var change = await officer.Client.PostAsJsonAsync("/api/v1/cases/catalogue/blue-card/decision-periods",
            new { inForceFrom = "2090-01-01", length = 30, unit = "days", legalSource = "x" }, Cancel);
        var page = await officer.GetPageAsync("/en/cases/catalogue/blue-card");

        history.StatusCode.ShouldBe(HttpStatusCode.OK);
        change.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.QuerySelector("#periods tbody tr").ShouldNotBeNull();
        page.QuerySelector("form input[name=_handler][value='catalogue-period']").ShouldBeNull();
    }

    [Fact]
    public async Task ASuspension_IsRecorded_MayNotOverlapAnother_AndItsEndMoves()
    {
        using var supervisor = await (await FactoryAsync()).SignInAsync(Roles.Supervisor);
        const string Url = "/api/v1/cases/catalogue/suspensions";
        var suspension = new { permit = "longTermResidentEu", from = "2095-01-01", until = "2095-06-30", name = "Suspension under a future special act", legalSource = "Ustawa specjalna, art. 5" };

        using var added = await supervisor.Client.PostAsJsonAsync(Url, suspension, Cancel);
        using var overlapping = await supervisor.Client.SendAsync(ProblemDetails.Json(Url, suspension with { from = "2095-06-01", until = "2095-12-31" }, "de"), Cancel);
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString();
        using var backwards = await supervisor.Client.SendAsync(ProblemDetails.Json($"{Url}/{id}/end", new { until = "2094-12-31", legalSource = "Nowelizacja" }, "ar"), Cancel);
        using var moved = await supervisor.Client.PostAsJsonAsync($"{Url}/{id}/end", new { until = "2095-09-30", legalSource = "Nowelizacja, art. 2", verified = true }, Cancel);
        using var movedAgain = await supervisor.Client.PostAsJsonAsync($"{Url}/{id}/end", new { until = "2095-10-31", legalSource = "Nowelizacja" }, Cancel);
        var catalogue = await CatalogueOnAsync(supervisor, "2095-01-01");

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ProblemDetails.ErrorsAsync(overlapping))["from"].ShouldBe(
            [ProblemDetails.Translation("It overlaps the suspension already recorded for this permit from {0} to {1}.", "de", "2095-01-01", "2095-06-30")]);
        (await ProblemDetails.ErrorsAsync(backwards))["until"].ShouldBe([ProblemDetails.Translation("The end cannot come before the start ({0}).", "ar", "2095-01-01")]);
        moved.StatusCode.ShouldBe(HttpStatusCode.Created);
        movedAgain.StatusCode.ShouldBe(HttpStatusCode.NotFound, "the superseded row cannot be moved again");
        var now = catalogue.GetProperty("suspensions").EnumerateArray().Where(s => s.GetProperty("from").GetString() == "2095-01-01").ToList();
        now.Select(s => (s.GetProperty("until").GetString(), s.GetProperty("legalSource").GetString(), s.GetProperty("verified").GetBoolean()))
            .ShouldBe([("2095-09-30", "Nowelizacja, art. 2", true)]);
    }

    [Fact]
    public async Task OnThePage_ASupervisorRecordsAPeriod_AndAMistakeKeepsWhatWasTyped()
    {
        using var supervisor = await (await FactoryAsync()).SignInAsync(Roles.Supervisor);
        const string Url = "/en/cases/catalogue/other-circumstances";

        using var failed = await supervisor.PostFormAsync(Url, "catalogue-period", new Dictionary<string, string>
        {
            ["Input.InForceFrom"] = "2096-02-01", ["Input.Length"] = "two months", ["Input.Unit"] = "months", ["Input.LegalSource"] = "art. 112a",
        });
        using var recorded = await supervisor.PostFormAsync(Url, "catalogue-period", new Dictionary<string, string>
        {
            ["Input.InForceFrom"] = "2096-02-01", ["Input.Length"] = "2", ["Input.Unit"] = "months", ["Input.LegalSource"] = "art. 112a", ["Input.Verified"] = "true",
        });
        var failedPage = await WebSession.PageOfAsync(failed);
        var page = await WebSession.PageOfAsync(recorded);

        failedPage.QuerySelector("#period-length-error")!.TextContent.ShouldBe("Enter a number from 1 to 120.");
        ((AngleSharp.Html.Dom.IHtmlInputElement)failedPage.QuerySelector("#period-from")!).Value.ShouldBe("2096-02-01");
        page.QuerySelector("#change-recorded").ShouldNotBeNull();
        var last = page.QuerySelectorAll("#periods tbody tr").Last();
        last.TextContent.ShouldContain("months: 2");
        last.QuerySelector(".unverified").ShouldBeNull();
        page.QuerySelector("#periods tbody tr time.until")!.GetAttribute("datetime").ShouldBe("2096-01-31");
    }

    [Fact]
    public async Task OnTheCataloguePage_ASupervisorRecordsASuspension()
    {
        using var supervisor = await (await FactoryAsync()).SignInAsync(Roles.Supervisor);

        using var recorded = await supervisor.PostFormAsync("/en/cases/catalogue", "catalogue-suspension", new Dictionary<string, string>
        {
            ["Input.Permit"] = "PermanentResidence", ["Input.From"] = "2097-01-01", ["Input.Until"] = "2097-03-31",
            ["Input.Name"] = "Suspension for a census", ["Input.LegalSource"] = "Ustawa o spisie, art. 9",
        });
        using var wrong = await supervisor.PostFormAsync("/en/cases/catalogue", "catalogue-suspension", new Dictionary<string, string>
        {
            ["Input.Permit"] = "PermanentResidence", ["Input.From"] = "2097-03-01", ["Input.Until"] = "2097-02-01", ["Input.Name"] = "x", ["Input.LegalSource"] = "y",
        });
        var page = await WebSession.PageOfAsync(recorded);
        var refused = await WebSession.PageOfAsync(wrong);

        page.QuerySelector("#change-recorded").ShouldNotBeNull();
        page.QuerySelectorAll("table.suspensions tbody tr").Select(r => r.TextContent).ShouldContain(t => t.Contains("Ustawa o spisie, art. 9"));
        refused.QuerySelector("#suspension-until-error")!.TextContent.ShouldBe("The end cannot come before the start (2097-03-01).");
    }

    private static async Task<JsonElement> CatalogueOnAsync(WebSession session, string day) =>
        await session.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/catalogue/?on=" + day, Cancel);

    private static JsonElement Type(JsonElement catalogue, string code) =>
        catalogue.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("code").GetString() == code);

    private static JsonElement Period(JsonElement catalogue, string code) => Type(catalogue, code).GetProperty("decisionPeriod");

    private static List<string?> Codes(JsonElement catalogue, string code) =>
        [.. Type(catalogue, code).GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("code").GetString())];
}

public sealed class SqliteCatalogueChangesHttpTests(SqliteFactoryFixture fixture) : CatalogueChangesHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresCatalogueChangesHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : CatalogueChangesHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
