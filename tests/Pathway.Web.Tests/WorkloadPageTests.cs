using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>The workload planning page's form over HTTP: the platform's forecast with the defaults, uploads, and uploads refused.</summary>
public sealed class WorkloadPageTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    private const string Page = "/analytics/workload";

    [Fact]
    public async Task PlatformForecast_WithTheDefaults_ShowsTheDeadlineMonthChartsAndBothScenarios()
    {
        using var supervisor = await fixture.Factory.SignInAsync(Roles.Supervisor);
        var page = await PlanAsync(supervisor, Page, new Dictionary<string, string> { ["Input.Months"] = "9" });

        page.QuerySelectorAll(".errors li").ShouldBeEmpty();
        page.QuerySelector("#deadline-expected .verdict-value")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        page.QuerySelector("#deadline-upper80 .verdict-value")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        page.QuerySelector("#inflow-source")!.TextContent.ShouldContain("ETS(");
        var charts = page.QuerySelectorAll("svg.chart");
        charts.Length.ShouldBe(2);
        foreach (var chart in charts)
        {
            chart.GetAttribute("role").ShouldBe("img");
            chart.GetAttribute("aria-labelledby")!.Split(' ').Select(id => page.GetElementById(id)?.TextContent).ShouldAllBe(text => !string.IsNullOrWhiteSpace(text));
            chart.QuerySelectorAll("[style]").ShouldBeEmpty("the CSP allows no inline style");
            chart.Closest("figure")!.QuerySelector("figcaption a")!.GetAttribute("href").ShouldBe("/analytics/workload#expected-months");
        }

        page.QuerySelectorAll("svg.chart rect.needed").Length.ShouldBe(9);
        page.QuerySelector("svg.chart path.needed-upper").ShouldNotBeNull();
        page.QuerySelectorAll("#expected-months tbody tr").Length.ShouldBe(9);
        page.QuerySelectorAll("#upper80-months tbody tr").Length.ShouldBe(9);
        page.QuerySelectorAll("#scenario-comparison tbody tr").Length.ShouldBe(9);
        page.QuerySelectorAll("#expected-types tbody tr").Length.ShouldBe(5);
        page.QuerySelector("#expected-months tbody th")!.TextContent.ShouldBe("2026-11");
    }

    [Fact]
    public async Task Uploads_ForecastTypesAndHours_FindTheMonthCasesPassTheirDeadlineInBothScenarios()
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        // As the API test works it out by hand: 30 one-hour cases a month (40 at the upper bound)
        // and 20 hours to decide them; the 60-day deadline is passed in June (April).
        var inflow = "series_id,period,mean,lo80,hi80,lo95,hi95\n" + string.Concat(Enumerable.Range(1, 6).Select(m => string.Create(CultureInfo.InvariantCulture, $"work,2027-0{m},30,25,40,20,45\n")));
        var page = await PlanAsync(analyst, "/en" + Page,
            new Dictionary<string, string> { ["Input.InflowSource"] = "file", ["Input.TypesSource"] = "file", ["Input.HoursSource"] = "file", ["Input.HoursPerFte"] = "10" },
            new Dictionary<string, string>
            {
                ["InflowFile"] = inflow,
                ["TypesFile"] = "application_type,handling_hours,deadline_days,backlog\nwork,1,60,0\n",
                ["HoursFile"] = "period,officer_hours\n" + string.Concat(Enumerable.Range(1, 6).Select(m => string.Create(CultureInfo.InvariantCulture, $"2027-0{m},20\n"))),
            });

        page.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBeEmpty();
        page.QuerySelector("#deadline-expected .verdict-value")!.TextContent.ShouldBe("2027-06");
        page.QuerySelector("#deadline-upper80 .verdict-value")!.TextContent.ShouldBe("2027-04");
        page.QuerySelectorAll("#expected-months tbody tr").Select(r => r.QuerySelectorAll("td")[6].TextContent).ShouldBe(["10", "20", "30", "40", "50", "60"]);
        page.QuerySelectorAll("#expected-months tbody tr").Select(r => r.QuerySelectorAll("td")[4].TextContent).ShouldAllBe(fte => fte == "1.0");
        page.QuerySelectorAll("#expected-months tbody tr.late").Length.ShouldBe(1);
        // The files are kept for the next post, which a browser sends without them.
        page.QuerySelector("input[name='Input.InflowData']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Uploads_WithBadLines_ListEachLineInTheReadersLanguageAndPlanNothing()
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        var page = await PlanAsync(analyst, "/pl" + Page,
            new Dictionary<string, string> { ["Input.InflowSource"] = "file", ["Input.TypesSource"] = "file" },
            new Dictionary<string, string>
            {
                ["InflowFile"] = "series_id,period,value\nwork,2027-01,10\nwork,2027-13,11\nwork,2027-03,-4\n",
                ["TypesFile"] = "application_type,handling_hours,deadline_days,backlog\nwork,1,60,0\nwork,2,30,0\n",
            });

        var errors = page.QuerySelectorAll(".errors li").Select(e => e.TextContent).ToList();
        errors.ShouldBe(
        [
            Line("Inflow file", 3, "The period is not a month written YYYY-MM."),
            // The problem in a cell names its column and the text found, isolated for right-to-left sentences.
            ProblemDetails.Translation("{0}, line {1}: {2}", "pl", ProblemDetails.Translation("Inflow file", "pl"), 4,
                ProblemDetails.Translation("{0} in the column {1} is negative.", "pl", "\u2066-4\u2069", "\u2066value\u2069")),
            Line("Application types file", 3, "This application type is listed twice."),
        ]);
        page.QuerySelector("svg.chart").ShouldBeNull();
        page.QuerySelector("#inflow-file")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelector("input[name='Input.InflowData']").ShouldBeNull("a file with errors is not kept");

        static string Line(string file, int line, string message) =>
            ProblemDetails.Translation("{0}, line {1}: {2}", "pl", ProblemDetails.Translation(file, "pl"), line, ProblemDetails.Translation(message, "pl"));
    }

    [Fact]
    public async Task TypesTable_WithBadFigures_NamesTheTypeAndColumn()
    {
        using var supervisor = await fixture.Factory.SignInAsync(Roles.Supervisor);
        var page = await PlanAsync(supervisor, Page, new Dictionary<string, string> { ["Input.Types[1].DeadlineDays"] = "0", ["Input.Types[2].HandlingHours"] = "many", ["Input.HoursPerFte"] = "0" });

        page.QuerySelectorAll(".errors li").Length.ShouldBe(3);
        page.QuerySelector("#type-1-deadline")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelector("#type-2-hours")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelector("#hours-per-fte")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelector(".errors")!.TextContent.ShouldContain("applications.temporary-family");
        page.QuerySelector("svg.chart").ShouldBeNull();
    }

    private static Task<IHtmlDocument> PlanAsync(WebSession session, string url, IReadOnlyDictionary<string, string> changes, IReadOnlyDictionary<string, string>? files = null) =>
        PageForms.PostForPageAsync(session, url, "plan-form", changes, files);
}
