using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class DashboardJourneyTests(Browser browser)
{
    [Fact]
    public async Task Analyst_BuildsTheWarehouse_ReadsTheDashboard_SavesAChart_AndDrillsIntoAMonth()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        // Urdu: the charts and their tables must hold up right to left too.
        await page.SignInAsNewStaffAsync("ur", DemoAccounts.EmailOf(Roles.Analyst));

        await page.GotoAsync("/ur/staff");
        await page.Locator("nav.side a[href='analytics/warehouse']").ClickAsync();
        await page.ArriveAtAsync("**/ur/analytics/warehouse");
        (await page.Locator("#no-loads").CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();
        await page.Locator("#rebuild-form button[type=submit]").ClickAsync();
        await page.Locator("#warehouse-notice").WaitForAsync();
        (await page.Locator("#loads tbody tr").CountAsync()).ShouldBe(1);
        (await page.Locator("#applications-count").TextContentAsync())!.Trim().ShouldNotBe("0");
        await page.ShouldBeAccessibleAsync();

        await page.Locator("nav.side a[href='analytics/dashboard']").ClickAsync();
        await page.ArriveAtAsync("**/ur/analytics/dashboard");
        // The script draws every chart and folds its table away; the table stays one click from the chart.
        await page.Locator("#inflow .chart-canvas canvas").WaitForAsync();
        (await page.Locator(".dashboard-chart .chart-canvas canvas").CountAsync()).ShouldBe(5);
        (await page.Locator("details.chart-data[open]").CountAsync()).ShouldBe(0);
        await page.ShouldBeAccessibleAsync();

        var png = await page.RunAndWaitForDownloadAsync(() => page.Locator("#inflow button[data-save=png]").ClickAsync());
        png.SuggestedFilename.ShouldBe("inflow.png");
        var pngBytes = await File.ReadAllBytesAsync((await png.PathAsync())!, TestContext.Current.CancellationToken);
        pngBytes[..4].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        var svg = await page.RunAndWaitForDownloadAsync(() => page.Locator("#decisions button[data-save=svg]").ClickAsync());
        svg.SuggestedFilename.ShouldBe("decisions.svg");
        (await File.ReadAllTextAsync((await svg.PathAsync())!, TestContext.Current.CancellationToken)).ShouldStartWith("<svg");

        await page.Locator("#inflow-table summary").ClickAsync();
        var drill = page.Locator("#inflow-table tbody a").First;
        var href = (await drill.GetAttributeAsync("href"))!;
        await drill.ClickAsync();
        await page.ArriveAtAsync("**/ur/analytics/dashboard?*");
        var month = href.Split('&').Single(p => p.StartsWith("analytics/dashboard?from=", StringComparison.Ordinal))["analytics/dashboard?from=".Length..];
        href.ShouldContain($"to={month}");
        (await page.InputValueAsync("#from")).ShouldBe(month);
        (await page.InputValueAsync("#to")).ShouldBe(month);
        await page.Locator("#inflow .chart-canvas canvas").WaitForAsync();
        await page.ShouldBeAccessibleAsync();
    }
}
