using System.Globalization;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

public sealed class PaperFilesJourneyTests(Browser browser)
{
    [Fact]
    public async Task Supervisor_BindsATag_FindsAFile_AndChecksAShelf()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.Supervisor));

        await page.GotoAsync("/en/staff");
        await page.Locator("nav.side a[href='cases/paper-files']").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/paper-files");
        await page.FillAsync("#case-number", "WSC-II-S.6151.999.2026");
        await page.FillAsync("#company-prefix", "5901234");
        await page.FillAsync("#asset-reference", "7777");
        await page.Locator("button:has-text('Bind')").ClickAsync();
        await page.Locator(".notice, [role=status]").First.WaitForAsync();
        (await page.Locator("main").TextContentAsync())!.ShouldContain("urn:epc:tag:giai-96:0.5901234.7777");
        await page.ShouldBeAccessibleAsync();

        // A demo file put on the wrong shelf: shelf B's reader saw it, its place is shelf A.
        await page.FillAsync("#file", "WSC-II-S.6151.104.2026");
        await page.Locator("button:has-text('Find')").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/paper-files?file=**");
        (await page.Locator(".where dl.facts").TextContentAsync())!.ShouldContain("Archive shelf B1");
        await page.ShouldBeAccessibleAsync();

        await page.SelectOptionAsync("#shelf", "urn:epc:id:sgln:5901234.00001.B1");
        var today = DateTime.UtcNow.Date;
        await page.FillAsync("#from", today.AddDays(-3).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await page.FillAsync("#until", today.AddDays(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await page.Locator("button:has-text('Check the shelf')").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/paper-files?**shelf=**");
        var inventory = page.Locator("dl.inventory dd");
        (await inventory.Nth(0).TextContentAsync())!.ShouldContain("WSC-II-S.6151.107.2026");
        (await inventory.Nth(1).TextContentAsync())!.ShouldContain("WSC-II-S.6151.109.2026");
        (await inventory.Nth(2).TextContentAsync())!.ShouldContain("WSC-II-S.6151.104.2026");
        await page.ShouldBeAccessibleAsync();

        await page.GotoAsync("/ar/cases/paper-files?file=WSC-II-S.6151.104.2026");
        await page.ShouldBeAccessibleAsync();
    }
}
