using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Pathway.Analytics.Series;
using Pathway.Platform.Identity;

namespace Pathway.Web.Tests;

/// <summary>The hierarchy page's form over HTTP: the office structure reconciled and downloaded, a cycle refused.</summary>
public sealed class HierarchyPageTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    private const string Page = "/analytics/hierarchy";
    private static readonly HtmlParser Parser = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Analyst_OpensThePage_SeesTheStoredSeriesAndTheMethods()
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        var stored = (await analyst.Client.GetFromJsonAsync<List<SeriesSummary>>("/api/v1/analytics/series", Cancellation))!;
        var page = await analyst.GetPageAsync("/en" + Page);

        page.QuerySelector("h1")!.TextContent.ShouldBe("Hierarchical forecasts");
        page.QuerySelectorAll("#hierarchy-form input[type=checkbox][name=Series]").Length.ShouldBe(stored.Count);
        page.QuerySelectorAll("#hierarchy-form input[type=radio][name=Reconcile]").Select(r => r.GetAttribute("value")).ShouldBe(["wls", "ols", "mint", "bu"]);
        page.QuerySelector("#reconcile-wls")!.HasAttribute("checked").ShouldBeTrue();
        page.QuerySelector("nav.side a[href='analytics/hierarchy']").ShouldNotBeNull();
        page.QuerySelector("svg.chart").ShouldBeNull();
    }

    [Fact]
    public async Task OfficeStructure_ReconcilesTheUnitsSoTheOfficeIsTheirSumInTheTable_AndDownloadsEveryNode()
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        using var response = await PageForms.PostAsync(analyst, "/en" + Page, "hierarchy-form", new Dictionary<string, string> { ["Action"] = "office", ["Horizon"] = "6" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync(Cancellation));

        page.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBeEmpty();
        page.QuerySelector("#links")!.TextContent.ShouldContain("applications.unit.client-service,office");
        page.QuerySelectorAll("input[name=Series]:checked").Length.ShouldBe(2);
        page.QuerySelectorAll("main h3").Select(h => h.TextContent).ShouldBe(["office", "applications.unit.client-service", "applications.unit.residence-legalisation"]);
        page.QuerySelector("#coherent").ShouldNotBeNull();

        var office = Means(page, "node-0");
        var client = Means(page, "node-1");
        var residence = Means(page, "node-2");
        office.Count.ShouldBe(6);
        for (var h = 0; h < 6; h++)
        {
            // Each figure is rounded to one decimal, so the sum may differ by up to 0.15.
            office[h].ShouldBe(client[h] + residence[h], 0.15);
        }

        var chart = page.QuerySelector("svg.chart")!;
        page.QuerySelectorAll("svg.chart").Length.ShouldBe(1);
        chart.GetAttribute("role").ShouldBe("img");
        chart.GetAttribute("aria-labelledby")!.Split(' ').Select(id => page.GetElementById(id)?.TextContent).ShouldAllBe(text => !string.IsNullOrWhiteSpace(text));
        chart.QuerySelectorAll("path.node-parent, path.node-child-0, path.node-child-1").Length.ShouldBe(3);
        chart.QuerySelectorAll("[style]").ShouldBeEmpty("the CSP allows no inline style");
        page.QuerySelectorAll("figure .legend li").Length.ShouldBe(3);
        var table = chart.Closest("figure")!.QuerySelector("figcaption a")!.GetAttribute("href")!.Split('#')[1];
        page.GetElementById(table).ShouldBeAssignableTo<IHtmlTableElement>()!.QuerySelectorAll("tbody tr").Length.ShouldBe(6);

        // The download posts the page's form as it now stands to the export endpoint.
        using var csv = await PageForms.PostAsync(analyst, page, "hierarchy-form", "/api/v1/forecasts/hierarchy/export");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK, await csv.Content.ReadAsStringAsync(Cancellation));
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync(Cancellation)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("series_id,period,mean,lo80,hi80,lo95,hi95");
        lines.Length.ShouldBe(1 + 3 * 6);
        lines[1].ShouldStartWith("office,");
    }

    [Fact]
    public async Task Cycle_IsNamedInTheReadersLanguage_AndNothingIsForecast()
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        var stored = (await analyst.Client.GetFromJsonAsync<List<SeriesSummary>>("/api/v1/analytics/series", Cancellation))!;
        using var response = await PageForms.PostAsync(analyst, "/pl" + Page, "hierarchy-form", new Dictionary<string, string>
        {
            ["Action"] = "forecast",
            ["Links"] = "a,b\nb,a\n",
            ["Series"] = stored.Single(s => s.Key == "applications.permanent").Id.ToString(),
        });
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync(Cancellation));

        page.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBe([ProblemDetails.Translation("The links form a cycle through '{0}'.", "pl", "a")]);
        page.QuerySelector("#links")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelector("svg.chart").ShouldBeNull();
        page.QuerySelector("#node-0").ShouldBeNull();
    }

    [Fact]
    public async Task BadLineAndMissingBottomSeries_AreListedWithTheLineAndTheNames()
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        var stored = (await analyst.Client.GetFromJsonAsync<List<SeriesSummary>>("/api/v1/analytics/series", Cancellation))!;
        var permanent = stored.Single(s => s.Key == "applications.permanent").Id.ToString();
        using var badLine = await PageForms.PostAsync(analyst, "/en" + Page, "hierarchy-form", new Dictionary<string, string>
        {
            ["Links"] = "applications.permanent,all\nelsewhere\n",
            ["Series"] = permanent,
        });
        var page = Parser.ParseDocument(await badLine.Content.ReadAsStringAsync(Cancellation));
        page.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBe(["Line 2: write a child and its parent, separated by a comma."]);

        using var missing = await PageForms.PostAsync(analyst, "/en" + Page, "hierarchy-form", new Dictionary<string, string>
        {
            ["Links"] = "applications.permanent,all\nelsewhere,all\n",
            ["Series"] = permanent,
        });
        page = Parser.ParseDocument(await missing.Content.ReadAsStringAsync(Cancellation));
        page.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBe(["No series was sent for these bottom nodes: elsewhere."]);
        page.QuerySelector("#node-0").ShouldBeNull();
    }

    [Fact]
    public async Task NoBottomSeriesAndABadLine_AreBothSaidByTheRulesTheApiKeeps()
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        using var response = await PageForms.PostAsync(analyst, "/pl" + Page, "hierarchy-form", new Dictionary<string, string>
        {
            ["Action"] = "forecast",
            ["Links"] = "applications.permanent,all\nelsewhere\n",
        });
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync(Cancellation));

        page.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBe(
        [
            ProblemDetails.Translation("Line {0}: write a child and its parent, separated by a comma.", "pl", 2),
            ProblemDetails.Translation("Choose the bottom series of the hierarchy.", "pl"),
        ]);
        page.QuerySelector("#node-0").ShouldBeNull();

        using var api = await analyst.Client.SendAsync(ProblemDetails.Json("/api/v1/forecasts/hierarchy",
            new { links = new[] { new { child = "applications.permanent", parent = "all" } }, seriesIds = Array.Empty<Guid>() }, "pl"), Cancellation);
        (await ProblemDetails.ErrorsAsync(api))["seriesIds"].ShouldBe([ProblemDetails.Translation("Choose the bottom series of the hierarchy.", "pl")]);
    }

    private static List<double> Means(IDocument page, string table) =>
        page.QuerySelectorAll($"#{table} tbody td.mean").Select(td => double.Parse(td.TextContent, NumberStyles.Number, CultureInfo.GetCultureInfo("en"))).ToList();
}
