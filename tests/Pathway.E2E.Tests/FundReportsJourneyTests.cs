using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class FundReportsJourneyTests(Browser browser)
{
    [Fact]
    public async Task NgoWorker_ReadsTheProjectsIndicators_WithChartsAndRules_AndDownloadsThePdf()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.NgoWorker));
        await page.GotoAsync("/pl/staff");
        await page.Locator("nav.side a[href='support/fund-reports']").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/fund-reports");

        // The demo's one project is offered; showing it gives the tables, the charts and a rule under each table.
        (await page.InputValueAsync("#project")).ShouldBe("AMIF.2024.PL.07");
        var today = DateOnly.FromDateTime(DateTime.Now);
        await page.FillAsync("#from", today.AddDays(-60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#to", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#report-form button[type=submit]").ClickAsync();
        await page.Locator("#persons-assisted").WaitForAsync();
        (await page.Locator("#persons-assisted tbody tr.total td").First.TextContentAsync())!.Trim().ShouldBe("3", "the demo worker's three cases each had a service of the project in the last weeks");
        (await page.Locator("p.rule").CountAsync()).ShouldBe(3);
        (await page.Locator("svg[aria-labelledby^='services-chart']").CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-pdf").ClickAsync());
        download.SuggestedFilename.ShouldStartWith("fund-report-AMIF.2024.PL.07-");
        var path = await download.PathAsync();
        (await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken))[..5].ShouldBe("%PDF-"u8.ToArray());
    }
}
