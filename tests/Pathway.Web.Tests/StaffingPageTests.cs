using AngleSharp.Html.Dom;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>The helpline staffing page's form over HTTP: an uploaded week, the platform's forecast, a file refused.</summary>
public sealed class StaffingPageTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    private const string Page = "/analytics/staffing";

    [Fact]
    public async Task Upload_HoursOfTheWeek_DrawsTheGridWithTheTableAndTotals()
    {
        using var supervisor = await fixture.Factory.SignInAsync(Roles.Supervisor);
        var page = await PlanAsync(supervisor, Page,
            new Dictionary<string, string> { ["Input.CallsSource"] = "file", ["Input.Shrinkage"] = "0" },
            "weekday,hour,calls\nMon,10,200\nMon,11,100\n2,9,0\n");

        page.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBeEmpty();
        var grid = page.QuerySelector("svg.grid-chart")!;
        grid.GetAttribute("role").ShouldBe("img");
        grid.QuerySelectorAll("g.cell").Length.ShouldBe(7 * 24);
        // Monday is the first row, 10:00 the eleventh column: 200 calls of 3 minutes at 80/20 need 14 operators.
        var monday10 = grid.QuerySelectorAll("g.cell")[10];
        monday10.ClassList.ShouldContain("heat-5");
        monday10.TextContent.Trim().ShouldBe("14");
        grid.QuerySelectorAll("[style]").ShouldBeEmpty("the CSP allows no inline style");
        page.QuerySelectorAll("#grid-legend li").Length.ShouldBeGreaterThan(2);
        grid.Closest("figure")!.QuerySelector("figcaption a")!.GetAttribute("href").ShouldBe("/analytics/staffing#staffing-hours");
        var rows = page.QuerySelectorAll("#staffing-hours tbody tr");
        rows.Length.ShouldBe(2, "hours without calls are left out");
        rows[0].QuerySelectorAll("td")[1].TextContent.ShouldBe("14");
        page.QuerySelector("#peak")!.TextContent.ShouldContain("14");
        page.QuerySelector("input[name='Input.CallsData']").ShouldNotBeNull();
    }

    [Fact]
    public async Task PlatformForecast_SpreadsTheNextSevenDaysOverTheOpeningHours()
    {
        using var supervisor = await fixture.Factory.SignInAsync(Roles.Supervisor);
        var page = await PlanAsync(supervisor, Page, new Dictionary<string, string>());

        page.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBeEmpty();
        page.QuerySelector("#calls-source")!.TextContent.ShouldContain("ETS(");
        page.QuerySelectorAll("svg.grid-chart g.cell").Length.ShouldBe(7 * 24);
        page.QuerySelectorAll("#staffing-hours tbody tr").Length.ShouldBe(7 * 12, "open 08:00 to 20:00 every day");
        int.Parse(page.QuerySelector("#operator-hours")!.TextContent, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(7 * 12);
    }

    [Fact]
    public async Task Upload_WithBadLines_ListsEachLineInTheReadersLanguageAndPlansNothing()
    {
        using var supervisor = await fixture.Factory.SignInAsync(Roles.Supervisor);
        var page = await PlanAsync(supervisor, "/uk" + Page,
            new Dictionary<string, string> { ["Input.CallsSource"] = "file", ["Input.ServiceLevel"] = "100" },
            "weekday,hour,calls\nMon,10,200\nFunday,25,x\nMon,10,5\n");

        var errors = page.QuerySelectorAll(".errors li").Select(e => e.TextContent).ToList();
        errors.ShouldBe(
        [
            ProblemDetails.Translation("{0}: {1}", "uk", ProblemDetails.Translation("Calls answered in time (%)", "uk"), ProblemDetails.Translation("Enter a number greater than zero and below {0}.", "uk", 100)),
            Line(3, "The weekday is not one of Mon to Sun or 1 to 7 (1 is Monday)."),
            Line(3, "The hour is not a whole hour from 0 to 23."),
            ProblemDetails.Translation("Line {0}: {1}", "uk", 3, ProblemDetails.Translation(
                "'{0}' in the column {1} is not a valid number: use a dot for decimals, whole numbers for cases and days, and more than zero for handling hours and deadlines.", "uk", "\u2066x\u2069", "\u2066calls\u2069")),
            Line(4, "This weekday and hour are given twice."),
        ]);
        page.QuerySelector("svg.grid-chart").ShouldBeNull();
        page.QuerySelector("#service-level")!.GetAttribute("aria-invalid").ShouldBe("true");

        static string Line(int line, string message) =>
            ProblemDetails.Translation("Line {0}: {1}", "uk", line, ProblemDetails.Translation(message, "uk"));
    }

    [Fact]
    public async Task Upload_WithTheSwitchLeftOnTheForecast_PlansTheFileAndSaysSo()
    {
        using var supervisor = await fixture.Factory.SignInAsync(Roles.Supervisor);
        var page = await PlanAsync(supervisor, "/en" + Page,
            new Dictionary<string, string> { ["Input.CallsSource"] = "forecast", ["Input.Shrinkage"] = "0" },
            "weekday,hour,calls\nMon,10,200\n");

        page.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBeEmpty();
        page.QuerySelector("#file-over-switch")!.TextContent.ShouldBe("You chose a calls file, so the plan uses the file rather than the platform's forecast.");
        page.QuerySelector("#calls-source")!.TextContent.ShouldBe("the uploaded file");
        page.QuerySelectorAll("#staffing-hours tbody tr").Length.ShouldBe(1, "only the file's one hour, not the forecast's week");
        page.QuerySelector("#source-file")!.HasAttribute("checked").ShouldBeTrue();
    }

    private static Task<IHtmlDocument> PlanAsync(WebSession session, string url, IReadOnlyDictionary<string, string> changes, string? calls = null) =>
        PageForms.PostForPageAsync(session, url, "staffing-form", changes, calls is null ? null : new Dictionary<string, string> { ["CallsFile"] = calls });
}
