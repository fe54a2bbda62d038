using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// The fairness monitor over HTTP, on SQLite and PostgreSQL: in one office, applicants from Nauru are refused
/// far more often than others of the same application type and are flagged; three applicants from Palau are
/// too few to compare and are not shown; a wrong filter is named in the reader's language.
/// </summary>
public abstract class FairnessHttpTests
{
    private const string Api = "/api/v1/analytics/fairness";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The month the cases are decided in: decisions carry the day they were made.</summary>
    private static string ThisMonth => DateTime.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static async Task DecideAsync(WebSession officer, WebSession supervisor, string citizenship, int index, bool refused)
    {
        var submittedOn = DateOnly.FromDateTime(DateTime.Today).AddDays(-40);
        var request = Json("/api/v1/cases/", new
        {
            applicationType = "studies", surname = "Fairness" + citizenship, givenNames = "Test" + index.ToString(CultureInfo.InvariantCulture), birthDate = "2001-04-12",
            citizenship, sex = index % 2 == 0 ? "F" : "M", submittedOn = submittedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, "en");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var created = await officer.Client.SendAsync(request, Cancel);
        var number = Uri.EscapeDataString((await JsonAsync(created, HttpStatusCode.Created)).GetProperty("number").GetString()!);
        (WebSession Who, string Action, object Body)[] steps =
        [
            (officer, "start-formal-check", new { version = 1 }),
            (officer, "complete-formally", new { version = 2 }),
            (officer, "record-appearance", new { version = 3, on = submittedOn.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }),
            (officer, "draft-decision", refused ? new { version = 4, outcome = "Refused", reason = "Brak zaświadczenia o przyjęciu na studia." } : new
            {
                version = 4, outcome = "Granted", reason = "Warunki spełnione.",
                permitValidFrom = OfficeDay.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), permitValidUntil = OfficeDay.Today.AddYears(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }),
            (supervisor, "decide", new { version = 5 }),
        ];
        foreach (var (who, action, body) in steps)
        {
            using var response = await who.Client.SendAsync(Json($"/api/v1/cases/{number}/actions/{action}", body, "en"), Cancel);
            await JsonAsync(response, HttpStatusCode.OK);
        }
    }

    /// <summary>Twelve applicants from Nauru, ten refused; twelve from Tuvalu, one refused; three from Palau, granted; the warehouse rebuilt.</summary>
    private static async Task PrepareAsync(PathwayFactory factory)
    {
        using (var officer = await factory.SignInAsync(Roles.CaseOfficer))
        using (var supervisor = await factory.SignInAsync(Roles.Supervisor))
        {
            for (var i = 0; i < 12; i++)
            {
                await DecideAsync(officer, supervisor, "NRU", i, refused: i < 10);
                await DecideAsync(officer, supervisor, "TUV", i, refused: i == 0);
            }

            for (var i = 0; i < 3; i++)
            {
                await DecideAsync(officer, supervisor, "PLW", i, refused: false);
            }
        }

        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel);
        await JsonAsync(rebuilt, HttpStatusCode.OK);
    }

    private static JsonElement Group(JsonElement rows, string citizenship) =>
        rows.EnumerateArray().Single(r => r.GetProperty("group").GetProperty("citizenship").GetString() == citizenship && r.GetProperty("group").GetProperty("sex").ValueKind == JsonValueKind.Null);

    [Fact]
    public async Task ACitizenshipRefusedFarMoreOften_IsFlagged_AndAGroupOfThree_IsNotShown_OnTheApiAndThePage()
    {
        var factory = await FactoryAsync();
        await PrepareAsync(factory);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);

        var report = await supervisor.Client.GetFromJsonAsync<JsonElement>($"{Api}?from={ThisMonth}&to={ThisMonth}", Cancel);

        report.GetProperty("correction").GetString().ShouldBe("Benjamini-Hochberg");
        report.GetProperty("threshold").GetInt32().ShouldBe(5);
        var nauru = Group(report.GetProperty("outcomes"), "NRU");
        nauru.GetProperty("decided").GetInt32().ShouldBe(12);
        nauru.GetProperty("refused").GetInt32().ShouldBe(10);
        nauru.GetProperty("flagged").GetBoolean().ShouldBeTrue();
        nauru.GetProperty("refusalRatio").GetDouble().ShouldBeGreaterThan(2);
        nauru.GetProperty("refusalRatioLower").GetDouble().ShouldBeGreaterThan(1);
        Group(report.GetProperty("outcomes"), "TUV").GetProperty("refusalRatio").GetDouble().ShouldBeLessThan(1);

        foreach (var measure in new[] { "outcomes", "processingTimes" })
        {
            report.GetProperty(measure).EnumerateArray().ShouldNotContain(r => r.GetProperty("group").GetProperty("citizenship").GetString() == "PLW");
        }

        report.GetProperty("tooFewForOutcomes").EnumerateArray().ShouldContain(g => g.GetProperty("citizenship").GetString() == "PLW" && g.GetProperty("kind").GetString() == "citizenship");

        // The page shows the same, as a supervisor reads it.
        var html = await supervisor.Client.GetStringAsync($"/analytics/fairness?from={ThisMonth}&to={ThisMonth}", Cancel);
        var page = new HtmlParser().ParseDocument(html);

        page.QuerySelector("#outcomes-table tbody tr[data-group='NRU']")!.ClassList.ShouldContain("flagged");
        page.QuerySelector("#outcomes-table tbody tr[data-group='PLW']").ShouldBeNull();
        page.QuerySelector("#too-few-outcomes")!.TextContent.ShouldContain("PLW");
        page.QuerySelectorAll("figure.forest-plot svg .forest-row").Length.ShouldBe(page.QuerySelectorAll("#outcomes-table tbody tr").Length);
        page.QuerySelector("figure.forest-plot svg .forest-row.flagged").ShouldNotBeNull();
        page.QuerySelectorAll("#what-this-does-not-prove li").Length.ShouldBe(5);
    }

    [Fact]
    public async Task AWrongFilter_IsNamedInTheReadersLanguage()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);

        using var response = await analyst.Client.SendAsync(Get($"{Api}?from=2026-13&office=north", "pl"), Cancel);

        var errors = await ErrorsAsync(response);
        errors["from"].ShouldBe([Translation("Write the month as YYYY-MM, e.g. {0}.", "pl", "2026-03")]);
        errors["office"].ShouldBe([Translation("Choose an office from the list.", "pl")]);
        using var tooLong = await analyst.Client.SendAsync(Get($"{Api}?from=2020-01&to=2026-01", "pl"), Cancel);
        (await ErrorsAsync(tooLong))["to"].ShouldBe([Translation("Choose at most {0} months.", "pl", 60)]);
    }

    [Fact]
    public async Task TheMonitor_IsNotForCaseOfficers()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var response = await officer.Client.GetAsync(Api, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class SqliteFairnessHttpTests(SqliteFactoryFixture fixture) : FairnessHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresFairnessHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : FairnessHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
