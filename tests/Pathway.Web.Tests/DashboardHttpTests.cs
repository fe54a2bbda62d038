using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Workflow;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// The analytics dashboard over HTTP, on SQLite and PostgreSQL: its figures agree with the cases
/// themselves under a filter, a wrong filter is named in the reader's language, every chart's table
/// downloads as CSV and XLSX, and the page holds a table behind every chart.
/// </summary>
public abstract class DashboardHttpTests
{
    private const string Api = "/api/v1/analytics/dashboard";
    private const string Filter = "from=2026-06&to=2026-12&citizenship=TZA";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<string> RegisterAsync(WebSession officer, string sex, string submittedOn)
    {
        var request = Json("/api/v1/cases/", new
        {
            applicationType = "studies", surname = "Mwakasege", givenNames = "Neema", birthDate = "2004-09-30", citizenship = "TZA", sex, submittedOn,
        }, "en");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await officer.Client.SendAsync(request, Cancel);
        return (await JsonAsync(response, HttpStatusCode.Created)).GetProperty("number").GetString()!;
    }

    private static async Task ActAsync(WebSession session, string number, string action, object body)
    {
        using var response = await session.Client.SendAsync(Json($"/api/v1/cases/{Uri.EscapeDataString(number)}/actions/{action}", body, "en"), Cancel);
        await JsonAsync(response, HttpStatusCode.OK);
    }

    /// <summary>Three applications from Tanzania in June, one of them refused, and the warehouse built from them.</summary>
    private static async Task<WebSession> PreparedAsync(PathwayFactory factory)
    {
        using (var officer = await factory.SignInAsync(Roles.CaseOfficer))
        using (var supervisor = await factory.SignInAsync(Roles.Supervisor))
        {
            var refused = await RegisterAsync(officer, "F", "2026-06-03");
            await RegisterAsync(officer, "F", "2026-06-17");
            await RegisterAsync(officer, "M", "2026-06-30");
            await ActAsync(officer, refused, "start-formal-check", new { version = 1 });
            await ActAsync(officer, refused, "complete-formally", new { version = 2 });
            await ActAsync(officer, refused, "draft-decision", new { version = 3, outcome = "Refused", reason = "Brak zaświadczenia o przyjęciu na studia." });
            await ActAsync(supervisor, refused, "decide", new { version = 4 });
        }

        var analyst = await factory.SignInAsync(Roles.Analyst);
        using var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel);
        await JsonAsync(rebuilt, HttpStatusCode.OK);
        return analyst;
    }

    private static async Task<List<ResidenceCase>> TanzaniansAsync(PathwayFactory factory)
    {
        var cases = new List<ResidenceCase>();
        await factory.WithDbAsync(async db =>
        {
            var tenant = await db.Tenants.Where(t => t.Slug == Pathway.Platform.Demo.DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync(Cancel);
            cases = await db.TenantRowsOf<ResidenceCase>(tenant).AsNoTracking().Where(c => c.ApplicantCitizenship == "TZA").ToListAsync(Cancel);
        });
        return cases;
    }

    private static int Sum(JsonElement rows, Func<JsonElement, bool> where, string count = "count") =>
        rows.EnumerateArray().Where(where).Sum(r => r.GetProperty(count).GetInt32());

    [Fact]
    public async Task TheFigures_AgreeWithTheCases_UnderAFilter()
    {
        var factory = await FactoryAsync();
        using var analyst = await PreparedAsync(factory);
        var cases = await TanzaniansAsync(factory);
        var june = new DateOnly(2026, 6, 1);

        var figures = await analyst.Client.GetFromJsonAsync<JsonElement>($"{Api}?{Filter}", Cancel);
        Sum(figures.GetProperty("inflow"), r => r.GetProperty("month").GetString() == "2026-06-01")
            .ShouldBe(cases.Count(c => c.SubmittedOn >= june && c.SubmittedOn < june.AddMonths(1)));
        Sum(figures.GetProperty("decisions"), r => r.GetProperty("outcome").GetString() == "Refused")
            .ShouldBe(cases.Count(c => c.Outcome == DecisionOutcome.Refused && c.DecidedOn >= june));
        figures.GetProperty("backlog").EnumerateArray().Last().GetProperty("total").GetInt32()
            .ShouldBe(cases.Count(c => c.AwaitsDecision));
        figures.GetProperty("citizenships").EnumerateArray().Single().GetProperty("citizenship").GetString().ShouldBe("TZA");

        var women = await analyst.Client.GetFromJsonAsync<JsonElement>($"{Api}?{Filter}&sex=F", Cancel);
        Sum(women.GetProperty("inflow"), _ => true).ShouldBe(cases.Count(c => c.ApplicantSex == "F" && c.SubmittedOn >= june));
        Sum(women.GetProperty("inflow"), _ => true).ShouldBeLessThan(Sum(figures.GetProperty("inflow"), _ => true));
    }

    [Fact]
    public async Task AWrongFilter_IsNamedInTheReadersLanguage()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);

        using var response = await analyst.Client.SendAsync(Get($"{Api}?from=2026-07&to=2026-02&sex=Q&ageBand=old", "pl"), Cancel);

        var errors = await ErrorsAsync(response);
        errors["to"].ShouldBe([Translation("The last month cannot be before the first.", "pl")]);
        errors["sex"].ShouldBe([Translation("Choose one of: {0}.", "pl", "F, M, X, U")]);
        errors["ageBand"].ShouldBe([Translation("Choose one of: {0}.", "pl", "Y_LT14, Y14-17, Y18-34, Y35-64, Y_GE65")]);
        using var file = await analyst.Client.SendAsync(Get($"{Api}/inflow.csv?from=June", "pl"), Cancel);
        (await ErrorsAsync(file))["from"].ShouldBe([Translation("Write the month as YYYY-MM, e.g. {0}.", "pl", "2026-03")]);
    }

    [Fact]
    public async Task EveryChartsTable_DownloadsAsCsvAndXlsx()
    {
        var factory = await FactoryAsync();
        using var analyst = await PreparedAsync(factory);
        var cases = await TanzaniansAsync(factory);

        using var csv = await analyst.Client.SendAsync(Get($"{Api}/inflow.csv?{Filter}", "en"), Cancel);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.ToString().ShouldBe("text/csv; charset=utf-8");
        csv.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("inflow-2026-06-2026-12.csv");
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Month,Studies,Total");
        lines.Length.ShouldBe(8);
        lines[1].ShouldBe($"2026-06,{cases.Count(c => c.SubmittedOn.Month == 6)},{cases.Count(c => c.SubmittedOn.Month == 6)}");

        foreach (var chart in new[] { "backlog", "processing", "decisions", "citizenships" })
        {
            using var xlsx = await analyst.Client.GetAsync($"{Api}/{chart}.xlsx?{Filter}", Cancel);
            xlsx.StatusCode.ShouldBe(HttpStatusCode.OK, chart);
            xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Cancel)), false);
            workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count().ShouldBeGreaterThan(1, chart);
        }

        using var unknown = await analyst.Client.GetAsync($"{Api}/everything.csv?{Filter}", Cancel);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ThePage_HasATableBehindEveryChart_AndTheChartLibraryIsServed()
    {
        var factory = await FactoryAsync();
        using var analyst = await PreparedAsync(factory);

        var html = await analyst.Client.GetStringAsync($"/analytics/dashboard?{Filter}", Cancel);
        var page = new HtmlParser().ParseDocument(html);
        var charts = page.QuerySelectorAll("section.dashboard-chart");
        charts.Select(c => c.Id).ShouldBe(["inflow", "backlog", "processing", "decisions", "citizenships"]);
        foreach (var chart in charts)
        {
            chart.QuerySelector("details.chart-data[open] table")!.QuerySelectorAll("tbody tr").Length.ShouldBeGreaterThan(0, chart.Id!);
            JsonDocument.Parse(chart.QuerySelector("script[type='application/json']")!.TextContent).RootElement.GetProperty("series").GetArrayLength().ShouldBeGreaterThan(0);
            // Without script the table is the chart: the empty chart box and the buttons that need script stay hidden.
            chart.QuerySelector(".chart-canvas")!.HasAttribute("hidden").ShouldBeTrue();
            chart.QuerySelectorAll("button[data-save]").ShouldAllBe(b => b.HasAttribute("hidden"));
        }

        // June's Tanzanian applications drill into June alone.
        page.QuerySelector("#inflow-table tbody tr td a")!.GetAttribute("href")
            .ShouldBe("analytics/dashboard?from=2026-06&to=2026-06&type=studies&citizenship=TZA#inflow-table");

        var library = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).First(s => s.Contains("echarts", StringComparison.Ordinal));
        using var script = await analyst.Client.GetAsync(library, Cancel);
        script.StatusCode.ShouldBe(HttpStatusCode.OK);
        script.Headers.CacheControl!.ToString().ShouldContain("immutable");
        (await script.Content.ReadAsStringAsync(Cancel)).ShouldContain("6.1.0");
    }

    [Fact]
    public async Task TheDashboard_IsForAnalysts()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var response = await officer.Client.GetAsync(Api, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class SqliteDashboardHttpTests(SqliteFactoryFixture fixture) : DashboardHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresDashboardHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : DashboardHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
