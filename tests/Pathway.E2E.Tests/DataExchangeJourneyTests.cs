using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class DataExchangeJourneyTests(Browser browser)
{
    [Fact]
    public async Task Admin_RecordsAPartner_IssuesAKeyShownOnce_AndTheOpenDataPageHoldsUpInArabic()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        // Arabic: the forms, the key and the tables must hold up right to left too.
        await page.SignInAsNewStaffAsync("ar", DemoAccounts.EmailOf(Roles.Admin));

        await page.GotoAsync("/ar/staff");
        await page.Locator("nav.side a[href='analytics/partners']").ClickAsync();
        await page.ArriveAtAsync("**/ar/analytics/partners");
        (await page.Locator("#no-partners").CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();

        await page.FillAsync("#Input-name", "Główny Urząd Statystyczny");
        await page.FillAsync("#Input-email", "migracje@stat.example.org");
        await page.Locator("#partner-form input[value='applications']").CheckAsync();
        await page.FillAsync("#Input-rate", "30");
        await page.Locator("#partner-form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/ar/analytics/partners/*");
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Główny Urząd Statystyczny");
        (await page.Locator("#no-keys").CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();

        await page.Locator("#issue-form button[type=submit]").ClickAsync();
        await page.Locator("#new-key").WaitForAsync();
        var key = (await page.Locator("#new-key").TextContentAsync())!.Trim();
        key.ShouldStartWith("pwk_");
        (await page.Locator("#partner-keys tbody tr").CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();

        // Shown once: the page opened again lists the key by its prefix, never its secret.
        await page.GotoAsync(page.Url);
        (await page.Locator("#new-key").CountAsync()).ShouldBe(0);
        (await page.ContentAsync()).ShouldNotContain(key);

        var granted = await context.APIRequest.GetAsync($"{server.Url}/api/v1/exchange/datasets/applications",
            new() { Headers = new Dictionary<string, string> { ["X-Api-Key"] = key } });
        granted.Status.ShouldBe(200);
        var refused = await context.APIRequest.GetAsync($"{server.Url}/api/v1/exchange/datasets/decisions",
            new() { Headers = new Dictionary<string, string> { ["X-Api-Key"] = key } });
        refused.Status.ShouldBe(403);

        await using var visitor = await browser.NewContextAsync(server.Url);
        var open = await visitor.NewPageAsync();
        await open.GotoAsync("/ar/open-data");
        (await open.Locator("html").GetAttributeAsync("dir")).ShouldBe("rtl");
        (await open.Locator("section.dataset").CountAsync()).ShouldBe(3, "applications, the backlog and the helpline's calls are open; decisions and services are for partners");
        await open.ShouldBeAccessibleAsync();
        var csv = await visitor.APIRequest.GetAsync($"{server.Url}/{await open.Locator("#applications-section a[download]").GetAttributeAsync("href")}");
        csv.Status.ShouldBe(200);
        (await csv.TextAsync()).ShouldStartWith("DATAFLOW,freq,type,citizenship,sex,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\r\n");
    }
}
