using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pathway.Analytics.Warehouse;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;

namespace Pathway.E2E.Tests;

public sealed class StatisticsJourneyTests(Browser browser)
{
    [Fact]
    public async Task CaseOfficer_ReadsTheOfficeStatisticsInArabic_AndAFilterNarrowsThem()
    {
        using var server = LiveServer.Start();
        await server.Factory.WithScopeAsync(async services =>
        {
            var tenant = await services.GetRequiredService<PathwayDbContext>().Tenants.Where(t => t.Slug == DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync();
            await services.GetRequiredService<WarehouseRebuild>().RunAsync(tenant, "test");
        });
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        // Arabic: the charts, their tables and the notes must hold up right to left.
        await page.SignInAsNewStaffAsync("ar", DemoAccounts.EmailOf(Roles.CaseOfficer));

        await page.GotoAsync("/ar/staff");
        await page.Locator("nav.side a[href='analytics/statistics']").ClickAsync();
        await page.ArriveAtAsync("**/ar/analytics/statistics");
        (await page.Locator("html").GetAttributeAsync("dir")).ShouldBe("rtl");
        await page.Locator("#applications .chart-canvas canvas").WaitForAsync();
        await page.Locator("#calls .chart-canvas canvas").WaitForAsync();
        (await page.Locator(".dashboard-chart .chart-canvas canvas").CountAsync()).ShouldBe(5, "applications, decisions, the backlog, services and calls; citizenships are a table");
        (await page.Locator("#citizenships-table[open]").CountAsync()).ShouldBe(1, "a table without a chart stays open");
        (await page.Locator("#legend abbr").TextContentAsync()).ShouldBe("C");
        var columns = await page.Locator("#applications-table thead th").CountAsync();
        columns.ShouldBeGreaterThan(2, "a column per application type and the total");
        // The support load: services by kind and calls by result, each with its table, read right to left too.
        await page.Locator("#services-table summary").ClickAsync();
        (await page.Locator("#services-table thead th").CountAsync()).ShouldBe(1 + 6 + 1, "the month, six kinds (the others together) and the total");
        await page.Locator("#calls-table summary").ClickAsync();
        (await page.Locator("#calls-table thead th").CountAsync()).ShouldBe(1 + 4 + 1, "the month, four results and the total");
        (await page.Locator("#calls-table tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        await page.ShouldBeAccessibleAsync();

        var type = await page.Locator("#type option").Nth(1).GetAttributeAsync("value");
        await page.SelectOptionAsync("#type", type!);
        await page.SelectOptionAsync("#sex", "F");
        await page.Locator("form.dashboard-filter button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/ar/analytics/statistics?*");
        page.Url.ShouldContain($"type={type}");
        await page.Locator("#applications .chart-canvas canvas").WaitForAsync();
        // The type chosen stands alone: the month and that type's column, no total beside it.
        (await page.Locator("#applications-table thead th").CountAsync()).ShouldBe(2);
        (await page.InputValueAsync("#sex")).ShouldBe("F");
        (await page.Locator("#backlog .chart-note").CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();

        var csv = await page.RunAndWaitForDownloadAsync(() => page.Locator("#applications a[href*='applications.csv']").ClickAsync());
        csv.SuggestedFilename.ShouldStartWith("applications-");
    }
}
