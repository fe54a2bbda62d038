using System.Text;
using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class SourcesJourneyTests(Browser browser)
{
    [Fact]
    public async Task Analyst_LoadsAnOutsideTable_OpensAndFiltersIt_AndSeesTheFaultsOfAFaultyOne()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        // Arabic: the upload form, the tables and the faults must hold up right to left too.
        await page.SignInAsNewStaffAsync("ar", DemoAccounts.EmailOf(Roles.Analyst));

        await page.GotoAsync("/ar/staff");
        await page.Locator("nav.side a[href='analytics/sources']").ClickAsync();
        await page.ArriveAtAsync("**/ar/analytics/sources");
        (await page.Locator("#no-tables").CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();

        await page.SetInputFilesAsync("#source-file", File("asylum.csv", """
            DATAFLOW,FREQ: Time frequency,CITIZEN: Country of citizenship,GEO: Geopolitical entity (reporting),TIME_PERIOD: Time,OBS_VALUE: Observation value,OBS_FLAG: Observation flag
            ESTAT:MIGR_ASYAPPCTZM(1.0): Asylum applicants,M: Monthly,UA: Ukraine,PL: Poland,2024-01: 2024-01,1250,
            ESTAT:MIGR_ASYAPPCTZM(1.0): Asylum applicants,M: Monthly,UA: Ukraine,PL: Poland,2024-02: 2024-02,1310,p
            ESTAT:MIGR_ASYAPPCTZM(1.0): Asylum applicants,M: Monthly,UA: Ukraine,DE: Germany,2024-01: 2024-01,3400,
            """));
        await page.FillAsync("#source", "https://ec.europa.eu/eurostat");
        await page.Locator("#load-form button[type=submit]").ClickAsync();
        await page.Locator("#load-result").WaitForAsync();
        (await page.Locator("#tables tbody tr").CountAsync()).ShouldBe(1);
        (await page.Locator("#tables tbody tr").First.TextContentAsync())!.ShouldContain("ESTAT:MIGR_ASYAPPCTZM(1.0)");
        await page.ShouldBeAccessibleAsync();

        await page.Locator("#tables tbody tr a").First.ClickAsync();
        await page.ArriveAtAsync("**/ar/analytics/sources/*");
        (await page.Locator("#dimensions tbody tr").CountAsync()).ShouldBe(3);
        (await page.Locator("#observations tbody tr").CountAsync()).ShouldBe(3);
        await page.ShouldBeAccessibleAsync();
        await page.SelectOptionAsync("#filter-2", "PL");
        await page.Locator("#filter-form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/ar/analytics/sources/*?*GEO=PL*");
        (await page.Locator("#observations tbody tr").CountAsync()).ShouldBe(2);
        await page.ShouldBeAccessibleAsync();

        await page.Locator("nav.side a[href='analytics/sources']").ClickAsync();
        await page.ArriveAtAsync("**/ar/analytics/sources");
        await page.SetInputFilesAsync("#source-file", File("faulty.csv", """
            DATAFLOW,FREQ,GEO,TIME_PERIOD,OBS_VALUE
            ESTAT:X(1.0),M,PL,2024-01,1
            ESTAT:X(1.0),M,QQ,2024-01,2
            ESTAT:X(1.0),M,PL,2024-13,3
            """));
        await page.Locator("#load-form button[type=submit]").ClickAsync();
        await page.Locator("#faults").WaitForAsync();
        (await page.Locator("#faults tbody tr").CountAsync()).ShouldBe(2, "the unknown code and the month 13");
        (await page.Locator("#tables tbody tr").CountAsync()).ShouldBe(1, "the faulty file loaded nothing");
        await page.ShouldBeAccessibleAsync();
    }

    private static FilePayload File(string name, string text) =>
        new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text + "\n") };
}
