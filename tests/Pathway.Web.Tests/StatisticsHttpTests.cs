using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Analytics.DataExchange;
using Pathway.Analytics.Disclosure;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// The office statistics over HTTP, on SQLite and PostgreSQL: a case officer reads the protected
/// datasets' figures on the page, in its files and through the API, every one of them the cell the
/// dataset's protected cube holds for the same filter, no small count among them, a hidden cell C or
/// null; a wrong filter is named in the reader's language, and every answer of the API is on the record.
/// </summary>
public abstract class StatisticsHttpTests
{
    private const string Api = "/api/v1/analytics/statistics";
    private const int Threshold = DisclosureRules.DefaultThreshold;

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The warehouse built from the demo cases, and a case officer signed in.</summary>
    private static async Task<WebSession> OfficerAsync(PathwayFactory factory)
    {
        using (var analyst = await factory.SignInAsync(Roles.Analyst))
        {
            using var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel);
            await JsonAsync(rebuilt, HttpStatusCode.OK);
        }

        return await factory.SignInAsync(Roles.CaseOfficer);
    }

    /// <summary>The dataset's protected cube as the partner API keeps it, for the demo office.</summary>
    private static async Task<ProtectedDataset> ProtectedAsync(PathwayFactory factory, string dataset)
    {
        ProtectedDataset? data = null;
        await factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Pathway.Platform.Persistence.PathwayDbContext>();
            var tenant = await db.Tenants.Where(t => t.Slug == DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync(Cancel);
            services.GetRequiredService<TenantScopeOverride>().Scope = TenantScopeOverride.OfficeWide(tenant);
            data = await services.GetRequiredService<DatasetDesk>().ProtectedAsync(DatasetCatalogue.Find(dataset)!, Cancel);
        });
        return data!;
    }

    private static Dictionary<string, string> Codes(params (string Dimension, string Code)[] codes) =>
        codes.ToDictionary(c => c.Dimension, c => c.Code, StringComparer.Ordinal);

    private static string Shown(long? value) => value is { } v ? v.ToString("N0", CultureInfo.GetCultureInfo("en")) : "C";

    [Fact]
    public async Task TheApi_AnswersTheProtectedSlice_AsThePartnerApiDoes()
    {
        var factory = await FactoryAsync();
        using var officer = await OfficerAsync(factory);
        var applications = await ProtectedAsync(factory, "applications");
        var from = applications.Months[0];

        using var response = await officer.Client.GetAsync($"{Api}/applications?sex=F&from={from}", Cancel);
        var answer = await JsonAsync(response, HttpStatusCode.OK);
        answer.GetProperty("threshold").GetInt32().ShouldBe(Threshold);
        var observations = answer.GetProperty("observations").EnumerateArray().ToList();
        var cells = applications.Slice(new DatasetFilter(from, null, Codes(("sex", "F"))));
        observations.Count.ShouldBe(cells.Count);
        cells.Count(c => c.Suppressed).ShouldBeGreaterThan(0, "the demo office has small groups");
        for (var i = 0; i < cells.Count; i++)
        {
            var o = observations[i];
            var d = o.GetProperty("dimensions");
            ((string?)o.GetProperty("TIME_PERIOD").GetString(), d.GetProperty("type").GetString(), d.GetProperty("citizenship").GetString(), d.GetProperty("sex").GetString())
                .ShouldBe((cells[i].Codes[0], cells[i].Codes[1], cells[i].Codes[2], cells[i].Codes[3]));
            var value = o.GetProperty("OBS_VALUE");
            if (cells[i].Suppressed)
            {
                value.ValueKind.ShouldBe(JsonValueKind.Null);
                o.GetProperty("CONF_STATUS").GetString().ShouldBe("C");
            }
            else
            {
                value.GetInt64().ShouldBe(cells[i].Value!.Value);
                value.GetInt64().ShouldNotBeInRange(1, Threshold - 1);
            }
        }

        // The same cube, cell for cell, as the public datasets give it to anyone: the partner API's own answer.
        using var anonymous = factory.Session();
        var open = await anonymous.Client.GetStringAsync("/api/v1/open-data/datasets/backlog?wait=M_GE3&from=" + from, Cancel);
        (await officer.Client.GetStringAsync($"{Api}/backlog?wait=M_GE3&from={from}", Cancel)).ShouldBe(open);
        using var csv = await officer.Client.GetAsync($"{Api}/backlog.csv", Cancel);
        csv.Content.Headers.ContentType!.ToString().ShouldBe("application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8");
        (await csv.Content.ReadAsStringAsync(Cancel)).ShouldBe(await anonymous.Client.GetStringAsync("/api/v1/open-data/datasets/backlog.csv", Cancel));

        var list = await officer.Client.GetFromJsonAsync<JsonElement>(Api, Cancel);
        list.GetProperty("threshold").GetInt32().ShouldBe(Threshold);
        list.GetProperty("updatedAt").ValueKind.ShouldBe(JsonValueKind.String);
        var datasets = list.GetProperty("datasets").EnumerateArray().ToList();
        datasets.Select(d => d.GetProperty("id").GetString()).ShouldBe(["applications", "decisions", "backlog", "services", "calls"]);
        datasets[0].GetProperty("json").GetString().ShouldBe("api/v1/analytics/statistics/applications");
        var citizenships = datasets[0].GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "citizenship")
            .GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        citizenships.ShouldBe(["_T", .. applications.CodeLists["citizenship"]]);

        using var unknown = await officer.Client.GetAsync($"{Api}/everything", Cancel);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ThePageAndItsFiles_ShowTheProtectedCells_CForAHiddenOne_AndNoSmallCount()
    {
        var factory = await FactoryAsync();
        using var officer = await OfficerAsync(factory);
        var applications = await ProtectedAsync(factory, "applications");
        var decisions = await ProtectedAsync(factory, "decisions");
        var months = applications.Months.TakeLast(12).ToList();
        var citizenship = applications.CodeLists["citizenship"].First(c => c != DatasetCatalogue.Other && decisions.CodeLists["citizenship"].Contains(c));
        var filter = $"from={months[0]}&to={months[^1]}&citizenship={citizenship}";

        using var response = await officer.Client.SendAsync(Get($"/analytics/statistics?{filter}", "en"), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
        page.QuerySelectorAll("section.dashboard-chart").Select(c => c.Id).ShouldBe(["applications", "decisions", "backlog", "citizenships", "services", "calls"]);
        page.QuerySelector("#protection")!.TextContent.ShouldContain("1 to 4 persons");
        page.QuerySelector("#legend abbr")!.GetAttribute("title").ShouldBe("Confidential: hidden so that no person can be recognised");

        // Applications by type: a row per month, a column per type and the type total, each the cube's cell.
        var types = applications.CodeLists["type"];
        var byType = applications.Slice(new DatasetFilter(months[0], months[^1], Codes(("citizenship", citizenship), ("sex", "_T"))))
            .ToDictionary(c => (c.Codes[0], c.Codes[1]), c => c.Value);
        var rows = page.QuerySelectorAll("#applications-table tbody tr").ToList();
        rows.Count.ShouldBe(months.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var shown = rows[r].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            shown.ShouldBe([.. types.Append("_T").Select(t => Shown(byType[(months[r], t)]))], months[r]);
        }

        var figures = page.QuerySelectorAll(".dashboard-chart td").Select(td => td.TextContent.Trim()).ToList();
        figures.ShouldContain("C");
        figures.Where(f => f != "C").Select(f => long.Parse(f, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en"))).ShouldAllBe(v => v == 0 || v >= Threshold);
        page.QuerySelectorAll(".dashboard-chart td abbr").ShouldAllBe(a => a.TextContent == "C");

        // The decisions chart: a gap (null) where a cell is hidden, never 0.
        var option = JsonDocument.Parse(page.QuerySelector("#decisions script[type='application/json']")!.TextContent).RootElement;
        var outcomes = decisions.CodeLists["outcome"];
        var byOutcome = decisions.Slice(new DatasetFilter(months[0], months[^1], Codes(("type", "_T"), ("citizenship", citizenship))))
            .ToDictionary(c => (c.Codes[0], c.Codes[1]), c => c.Value);
        var series = option.GetProperty("series").EnumerateArray().ToList();
        series.Count.ShouldBe(outcomes.Count);
        for (var s = 0; s < series.Count; s++)
        {
            series[s].GetProperty("data").EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Null ? (long?)null : p.GetInt64())
                .ShouldBe([.. months.Where(m => decisions.Months.Contains(m)).Select(m => byOutcome[(m, outcomes[s])])]);
        }

        page.QuerySelector("#backlog .chart-note")!.TextContent.ShouldContain("Not narrowed by: Citizenship");

        // The table as a file: months as YYYY-MM, the same cells, C where hidden.
        using var csv = await officer.Client.GetAsync($"{Api}/charts/applications.csv?{filter}", Cancel);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.ToString().ShouldBe("text/csv; charset=utf-8");
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(months.Count + 1);
        for (var r = 0; r < months.Count; r++)
        {
            lines[r + 1].ShouldBe(string.Join(',', types.Append("_T").Select(t => byType[(months[r], t)] is { } v ? v.ToString(CultureInfo.InvariantCulture) : "C").Prepend(months[r])));
        }

        using var xlsx = await officer.Client.GetAsync($"{Api}/charts/citizenships.xlsx?{filter}", Cancel);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var unknown = await officer.Client.GetAsync($"{Api}/charts/everything.csv", Cancel);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheSupportLoadViews_AreTheServicesAndCallsProtectedSlices_InTheTableTheChartAndTheFile()
    {
        var factory = await FactoryAsync();
        using var officer = await OfficerAsync(factory);
        var services = await ProtectedAsync(factory, "services");
        var calls = await ProtectedAsync(factory, "calls");
        var months = calls.Months.TakeLast(12).ToList();
        var filter = $"from={months[0]}&to={months[^1]}&sex=F";

        using var response = await officer.Client.SendAsync(Get($"/analytics/statistics?{filter}", "en"), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));

        // Services by kind: narrowed by sex, a column per kind and the kind total, each the protected cube's cell.
        var kinds = services.CodeLists["kind"];
        var byKind = services.Slice(new DatasetFilter(months[0], months[^1], Codes(("citizenship", "_T"), ("sex", "F"))))
            .ToDictionary(c => (c.Codes[0], c.Codes[1]), c => c.Value);
        var rows = page.QuerySelectorAll("#services-table tbody tr").ToList();
        rows.Count.ShouldBe(months.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            rows[r].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ShouldBe([.. kinds.Append("_T").Select(k => Shown(byKind[(months[r], k)]))], months[r]);
        }

        page.QuerySelector("#services .chart-note")!.TextContent.ShouldContain("Narrowed by the period and by: Citizenship, Sex.");

        // Calls by result: no filter narrows them, and the page says so of the sex chosen.
        var results = calls.CodeLists["result"];
        var byResult = calls.Slice(new DatasetFilter(months[0], months[^1], Codes(("category", "_T"))))
            .ToDictionary(c => (c.Codes[0], c.Codes[1]), c => c.Value);
        rows = [.. page.QuerySelectorAll("#calls-table tbody tr")];
        rows.Count.ShouldBe(months.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            rows[r].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ShouldBe([.. results.Append("_T").Select(k => Shown(byResult[(months[r], k)]))], months[r]);
        }

        page.QuerySelector("#calls .chart-note")!.TextContent.ShouldContain("Not narrowed by: Sex");
        var figures = page.QuerySelectorAll("#services td, #calls td").Select(td => td.TextContent.Trim()).Where(f => f != "C").ToList();
        figures.ShouldNotBeEmpty();
        figures.Select(f => long.Parse(f, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en"))).ShouldAllBe(v => v == 0 || v >= Threshold);

        // The chart: a gap where a cell is hidden, never 0.
        var option = JsonDocument.Parse(page.QuerySelector("#calls script[type='application/json']")!.TextContent).RootElement;
        var series = option.GetProperty("series").EnumerateArray().ToList();
        series.Count.ShouldBe(results.Count);
        for (var s = 0; s < series.Count; s++)
        {
            series[s].GetProperty("data").EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Null ? (long?)null : p.GetInt64())
                .ShouldBe([.. months.Select(m => byResult[(m, results[s])])]);
        }

        using var csv = await officer.Client.GetAsync($"{Api}/charts/services.csv?{filter}", Cancel);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(months.Count + 1);
        for (var r = 0; r < months.Count; r++)
        {
            lines[r + 1].ShouldBe(string.Join(',', kinds.Append("_T").Select(k => byKind[(months[r], k)] is { } v ? v.ToString(CultureInfo.InvariantCulture) : "C").Prepend(months[r])));
        }

        using var xlsx = await officer.Client.GetAsync($"{Api}/charts/calls.xlsx?{filter}", Cancel);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var slice = await officer.Client.GetAsync($"{Api}/services?sex=F", Cancel);
        slice.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AWrongFilter_IsNamedInPolish()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);

        using var slice = await officer.Client.SendAsync(Get($"{Api}/applications?from=June&citizenship=ZZZ&colour=red", "pl"), Cancel);
        var errors = await ErrorsAsync(slice);
        errors["from"].ShouldBe([Translation("Write the month as YYYY-MM, e.g. {0}.", "pl", "2026-03")]);
        errors["citizenship"].ShouldBe([Translation("'{0}' is not a code of this dimension's code list.", "pl", "ZZZ")]);
        errors["colour"].ShouldBe([Translation("There is no dimension {0} in this table. The dimensions are: {1}.", "pl", "colour", "from, to, type, citizenship, sex")]);

        using var file = await officer.Client.SendAsync(Get($"{Api}/charts/decisions.xlsx?from=2026-05&to=2026-01&type=tourism", "pl"), Cancel);
        var fileErrors = await ErrorsAsync(file);
        fileErrors["to"].ShouldBe([Translation("The last month cannot be before the first.", "pl")]);
        fileErrors["type"].ShouldBe([Translation("'{0}' is not a code of this dimension's code list.", "pl", "tourism")]);

        using var page = await officer.Client.SendAsync(Get("/pl/analytics/statistics?sex=Q", "pl"), Cancel);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(Cancel));
        html.Body!.TextContent.ShouldContain(Translation("'{0}' is not a code of this dimension's code list.", "pl", "Q"));
        html.QuerySelectorAll("section.dashboard-chart").Length.ShouldBe(0);
    }

    [Fact]
    public async Task EveryAnswer_IsAudited_WithThePersonAsActor()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var marker = Guid.NewGuid().ToString("N")[..8];

        using var answered = await officer.Client.GetAsync($"{Api}/decisions?from=2025-01&type={marker}", Cancel);
        answered.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var csv = await officer.Client.GetAsync($"{Api}/backlog.csv?from=2025-01&to=2025-06", Cancel);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var table = await officer.Client.GetAsync($"{Api}/charts/citizenships.csv?from=2025-01&to=2025-06", Cancel);
        table.StatusCode.ShouldBe(HttpStatusCode.OK);

        var person = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        List<AuditEntry> entries = [];
        await factory.WithDbAsync(async db => entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Dataset" && a.Details!.StartsWith("statistics") && a.ActorId == person).OrderByDescending(a => a.Sequence).Take(3).ToListAsync(Cancel));
        entries.Select(e => e.Action).ShouldAllBe(a => a == AuditAction.Read);
        entries.Select(e => (e.EntityId, e.Details)).Reverse().ShouldBe(
        [
            ("decisions", $"statistics; json; filter from=2025-01&type={marker}; refused: type"),
            ("backlog", "statistics; csv; filter from=2025-01&to=2025-06; answered"),
            ("applications", "statistics table citizenships; csv; filter from=2025-01&to=2025-06; answered"),
        ]);
    }

    [Fact]
    public async Task TheStatistics_AreForTheRolesThatNeedTheBroadPicture()
    {
        var factory = await FactoryAsync();
        foreach (var role in new[] { Roles.NgoWorker, Roles.HelplineOperator, Roles.ContentEditor })
        {
            using var allowed = await factory.SignInAsync(role);
            using var response = await allowed.Client.GetAsync($"{Api}/backlog", Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, role);
        }

        foreach (var role in new[] { Roles.Translator, Roles.Admin, Roles.Migrant })
        {
            using var refused = await factory.SignInAsync(role);
            using var response = await refused.Client.GetAsync($"{Api}/backlog", Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }
    }
}

public sealed class SqliteStatisticsHttpTests(SqliteFactoryFixture fixture) : StatisticsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresStatisticsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : StatisticsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
