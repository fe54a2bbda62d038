using System.Text;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class OfficialStatisticsJourneyTests(Browser browser)
{
    [Fact]
    public async Task Analyst_PicksAYear_ReadsThePermitTables_AndDownloadsThePublication()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        // Polish: the office's own language, in which the return is prepared.
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.Analyst));

        await page.GotoAsync("/pl/analytics/warehouse");
        await page.Locator("#rebuild-form button[type=submit]").ClickAsync();
        await page.Locator("#warehouse-notice").WaitForAsync();

        await page.Locator("nav.side a[href='analytics/official-statistics']").ClickAsync();
        await page.ArriveAtAsync("**/pl/analytics/official-statistics");
        var year = DateTime.Now.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await page.Locator("#year").SelectOptionAsync(year);
        await page.Locator("#year-form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync($"**/pl/analytics/official-statistics?year={year}");
        await page.Locator("#first-permits").WaitForAsync();
        (await page.Locator("#first-permits tbody tr").CountAsync()).ShouldBe(5);
        (await page.Locator("#first-count").TextContentAsync())!.Trim().ShouldNotBe("0");
        (await page.Locator("#first-by-citizenship tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        await page.ShouldBeAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#migr_resfirst-publication").ClickAsync());
        download.SuggestedFilename.ShouldBe($"migr_resfirst_PL_{year}_publication.csv");
        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken));
        text.ShouldStartWith("DATAFLOW,freq,reason,citizen,duration,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\r\n");
        text.ShouldContain($"ESTAT:MIGR_RESFIRST(1.0),A,TOTAL,TOTAL,TOTAL,PER,PL,{year},");
    }
}
