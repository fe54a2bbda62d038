using Pathway.Analytics.Warehouse;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class WarehouseJourneyTests(Browser browser)
{
    [Fact]
    public async Task Analyst_RebuildsTheWarehouse_AndDownloadsATableAsParquet()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        // Arabic: the export's table, with its Latin file names, must hold up right to left too.
        await page.SignInAsNewStaffAsync("ar", DemoAccounts.EmailOf(Roles.Analyst));

        await page.GotoAsync("/ar/staff");
        await page.Locator("nav.side a[href='analytics/warehouse']").ClickAsync();
        await page.ArriveAtAsync("**/ar/analytics/warehouse");
        await page.Locator("#rebuild-form button[type=submit]").ClickAsync();
        await page.Locator("#warehouse-notice").WaitForAsync();
        // A row for every table the export offers.
        (await page.Locator("#export-tables tbody tr").CountAsync()).ShouldBe(ParquetExport.TableNames.Count);
        (await page.Locator("#export-tables tbody tr").First.Locator("td").First.TextContentAsync())!.Trim().ShouldNotBe("0");
        await page.ShouldBeAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-tables a[href$='/fact-applications.parquet']").ClickAsync());
        download.SuggestedFilename.ShouldBe("fact-applications.parquet");
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        bytes[..4].ShouldBe("PAR1"u8.ToArray());
        bytes[^4..].ShouldBe("PAR1"u8.ToArray());
    }
}
