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
        // Every chart draws, the map of voivodeships and the forecast with its bands among them.
        await page.Locator("#voivodeships .chart-canvas canvas").WaitForAsync();
        await page.Locator("#forecast .chart-canvas canvas").WaitForAsync();
        await page.Locator("#support-load .chart-canvas canvas").WaitForAsync();
        (await page.Locator(".dashboard-chart .chart-canvas canvas").CountAsync()).ShouldBe(8);
        (await page.Locator("details.chart-data[open]").CountAsync()).ShouldBe(0);
        (await page.EvaluateAsync<bool>("() => !!echarts.getMap('voivodeships')")).ShouldBeTrue();
        (await page.EvaluateAsync<int>("() => echarts.getInstanceByDom(document.querySelector('#forecast .chart-canvas')).getOption().series.length")).ShouldBe(6);
        (await page.Locator("#voivodeships .chart-attribution").TextContentAsync())!.ShouldContain("OpenStreetMap");
        await page.ShouldBeAccessibleAsync();
        // The support services and helpline load: its table a click away, with the filters that apply said beside it.
        await page.Locator("#support-load-table summary").ClickAsync();
        (await page.Locator("#support-load-table tbody tr").CountAsync()).ShouldBe(12);
        (await page.Locator("#support-load-table thead th").CountAsync()).ShouldBe(10);
        (await page.Locator("#support-load-note").IsVisibleAsync()).ShouldBeTrue();
        await page.ShouldBeAccessibleAsync();
        await page.Locator("#support-load-table summary").ClickAsync();

        var map = await page.RunAndWaitForDownloadAsync(() => page.Locator("#voivodeships button[data-save=svg]").ClickAsync());
        map.SuggestedFilename.ShouldBe("voivodeships.svg");
        (await File.ReadAllTextAsync((await map.PathAsync())!, TestContext.Current.CancellationToken)).ShouldContain("OpenStreetMap");

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

        // A province's row in the map's table narrows the dashboard to its offices.
        await page.Locator("#voivodeships-table summary").ClickAsync();
        var province = page.Locator("#voivodeships-table tbody a").First;
        var provinceHref = (await province.GetAttributeAsync("href"))!;
        provinceHref.ShouldContain("voivodeship=14");
        await province.ClickAsync();
        await page.ArriveAtAsync("**/ur/analytics/dashboard?*voivodeship=14*");
        (await page.InputValueAsync("#voivodeship")).ShouldBe("14");
        await page.Locator("#voivodeships .chart-canvas canvas").WaitForAsync();
        await page.ShouldBeAccessibleAsync();
    }
}
