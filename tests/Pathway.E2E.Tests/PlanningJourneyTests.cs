using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class PlanningJourneyTests(Browser browser)
{
    [Fact]
    public async Task Supervisor_PlansWorkloadFromThePlatformsForecast_AndStaffingFromAnUploadedFile()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        // Arabic: the plans, their charts and the grid must hold up right to left too.
        await page.SignInAsNewStaffAsync("ar", DemoAccounts.EmailOf(Roles.Supervisor));

        await page.GotoAsync("/ar/staff");
        await page.Locator("main a[href='analytics/workload']").WaitForAsync();
        await page.Locator("nav.side a[href='analytics/workload']").ClickAsync();
        await page.ArriveAtAsync("**/ar/analytics/workload");
        await page.ShouldBeAccessibleAsync();

        await page.FillAsync("#months", "6");
        await page.Locator("#plan-form button[type=submit]").ClickAsync();
        await page.Locator("#deadline-expected .verdict-value").WaitForAsync();
        (await page.Locator("#deadline-upper80 .verdict-value").TextContentAsync())!.ShouldNotBeNullOrWhiteSpace();
        (await page.Locator("svg.chart[role=img]").CountAsync()).ShouldBe(2);
        (await page.Locator("#expected-months tbody tr").CountAsync()).ShouldBe(6);
        (await page.Locator("#upper80-months tbody tr").CountAsync()).ShouldBe(6);
        (await page.Locator("#expected-types tbody tr").CountAsync()).ShouldBe(5);
        await page.ShouldBeAccessibleAsync();

        var workload = await DownloadAsync(page);
        workload.FileName.ShouldBe("workload-plan.csv");
        workload.Lines[0].ShouldStartWith("scenario,month,");
        workload.Lines.Length.ShouldBe(1 + 2 * 6);

        await page.Locator("nav.side a[href='analytics/staffing']").ClickAsync();
        await page.ArriveAtAsync("**/ar/analytics/staffing");
        await page.ShouldBeAccessibleAsync();

        // A file with a bad line is refused as a whole, with the line named.
        await page.CheckAsync("#source-file");
        await page.SetInputFilesAsync("#calls-file", Csv("weekday,hour,calls\nMon,9,30\nMon,25,10\n"));
        await page.Locator("#staffing-form button[type=submit]").ClickAsync();
        (await page.Locator(".errors li").TextContentAsync())!.ShouldContain("3");
        (await page.Locator("svg.grid-chart").CountAsync()).ShouldBe(0);
        await page.ShouldBeAccessibleAsync();

        await page.SetInputFilesAsync("#calls-file", Csv(TwoWeeksOfCalls()));
        await page.FillAsync("#patience", "90");
        await page.Locator("#staffing-form button[type=submit]").ClickAsync();
        await page.Locator("svg.grid-chart[role=img]").WaitForAsync();
        (await page.Locator("svg.grid-chart g.cell").CountAsync()).ShouldBe(7 * 24);
        // Open 08:00 to 18:00 on weekdays: fifty hours of the week have calls. The table comes after
        // the chart in a long page, so its last row is awaited before the rows are counted.
        await page.Locator("#staffing-hours tbody tr").Nth(49).WaitForAsync();
        (await page.Locator("#staffing-hours tbody tr").CountAsync()).ShouldBe(50);
        (await page.Locator("#peak").TextContentAsync())!.ShouldNotBeNullOrWhiteSpace();
        await page.ShouldBeAccessibleAsync();

        // The download posts the form again without the file: the page kept the week in it.
        var staffing = await DownloadAsync(page);
        staffing.FileName.ShouldBe("staffing-plan.csv");
        staffing.Lines[0].ShouldBe("weekday,hour,calls,erlangs,agents,scheduled,service_level,asa_seconds,occupancy,abandoned");
        staffing.Lines.Skip(1).Count(l => l.Split(',')[2] != "0").ShouldBe(50, "the fifty hours with calls");
    }

    /// <summary>Clicks the result's download button and reads the file the browser saved.</summary>
    private static async Task<(string FileName, string[] Lines)> DownloadAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("main .result button[formaction]").ClickAsync());
        var text = await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        return (download.SuggestedFilename, text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static FilePayload Csv(string text) => new() { Name = "calls.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    /// <summary>Calls counted per hour over two weeks, weekdays 08:00 to 18:00, busiest on Monday mornings.</summary>
    private static string TwoWeeksOfCalls()
    {
        var csv = new StringBuilder("timestamp,calls\n");
        var start = new DateTime(2026, 3, 2); // a Monday
        for (var day = 0; day < 14; day++)
        {
            var date = start.AddDays(day);
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            for (var hour = 8; hour < 18; hour++)
            {
                var calls = 20 + (hour is >= 9 and < 12 ? 25 : 5) + (date.DayOfWeek == DayOfWeek.Monday ? 15 : 0) + day % 3;
                csv.Append(CultureInfo.InvariantCulture, $"{date.AddHours(hour):yyyy-MM-dd HH:mm},{calls}\n");
            }
        }

        return csv.ToString();
    }
}
