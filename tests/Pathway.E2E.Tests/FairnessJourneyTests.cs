using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class FairnessJourneyTests(Browser browser)
{
    [Fact]
    public async Task Analyst_BuildsTheWarehouse_OpensTheFairnessMonitorInUrdu_AndReadsWhatItDoesNotProve()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        // Urdu: the forest plot and the tables must hold up right to left too.
        await page.SignInAsNewStaffAsync("ur", DemoAccounts.EmailOf(Roles.Analyst));

        await page.GotoAsync("/ur/analytics/warehouse");
        await page.Locator("#rebuild-form button[type=submit]").ClickAsync();
        await page.Locator("#warehouse-notice").WaitForAsync();

        await page.Locator("nav.side a[href='analytics/fairness']").ClickAsync();
        await page.ArriveAtAsync("**/ur/analytics/fairness");
        (await page.Locator("#fairness-summary").CountAsync()).ShouldBe(1);
        (await page.Locator("#what-this-does-not-prove li").CountAsync()).ShouldBe(5);
        // The demo office's year of decisions is enough to compare its largest groups.
        (await page.Locator("#outcomes-table tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("figure.forest-plot svg .forest-row").CountAsync()).ShouldBe(await page.Locator("#outcomes-table tbody tr").CountAsync());
        await page.ShouldBeAccessibleAsync();

        // A wrong month is named beside its field, in Urdu, and the page stays accessible.
        await page.FillAsync("#from", "2026-01");
        await page.FillAsync("#to", "2025-01");
        await page.Locator("form.dashboard-filter button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/ur/analytics/fairness?*");
        (await page.Locator("#to-error").CountAsync()).ShouldBeGreaterThan(0);
        await page.ShouldBeAccessibleAsync();
    }
}
