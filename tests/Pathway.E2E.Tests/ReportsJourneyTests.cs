using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class ReportsJourneyTests(Browser browser)
{
    [Fact]
    public async Task Supervisor_RunsTheMonthlyReport_SeesAWrongMonthNamed_AndDownloadsThePdfFromTheLibrary()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        // Polish: the form's hints and problems, and the library's Latin file names among Polish words.
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.Supervisor));

        await page.GotoAsync("/pl/staff");
        await page.Locator("nav.side a[href='analytics/reports']").ClickAsync();
        await page.ArriveAtAsync("**/pl/analytics/reports");
        var monthly = page.Locator("#report-monthly-office");
        (await page.Locator("#report-monthly-office-transmission").CountAsync()).ShouldBe(0, "the transmission is for analysts");

        await monthly.Locator("input[name='p.month']").FillAsync("2026-13");
        await monthly.Locator("button[type=submit]").ClickAsync();
        await page.Locator("#report-problems li[data-field='month']").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        await page.Locator("#report-monthly-office input[name='p.month']").FillAsync("previous");
        await page.Locator("#report-monthly-office select[name='format']").SelectOptionAsync("pdf");
        await page.Locator("#report-monthly-office button[type=submit]").ClickAsync();
        await page.Locator("#report-notice").WaitForAsync();
        (await page.Locator("#library tbody tr").CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#library tbody tr").First.Locator("a[download]").ClickAsync());
        download.SuggestedFilename.ShouldStartWith("monthly-office-");
        download.SuggestedFilename.ShouldEndWith(".pdf");
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        bytes[..5].ShouldBe("%PDF-"u8.ToArray());
    }
}
