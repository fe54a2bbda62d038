using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class GbvJourneyTests(Browser browser)
{
    [Fact]
    public async Task NgoWorker_RecordsAnIncidentWithNoName_SeesItHiddenInTheFigures_CorrectsIt_AndDeletesIt()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.NgoWorker));

        await page.GotoAsync("/en/staff");
        // The demo NGO's incidents of this year are counted on its card.
        (await page.Locator("#gbv-recorded").TextContentAsync())!.ShouldStartWith("Incidents your organisation recorded this year:");
        await page.Locator("nav.side a[href='support/gbv']").ClickAsync();
        await page.ArriveAtAsync("**/en/support/gbv");
        await page.ShouldBeAccessibleAsync();

        // Sent empty, every required field is named and the form stays accessible.
        await page.Locator("#gbv-form button[type=submit]").ClickAsync();
        await page.Locator("#type[aria-invalid=true]").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        await page.FillAsync("#incident-month", "2021-06");
        await page.FillAsync("#reported-month", "2021-07");
        await page.FillAsync("#place", "Praga-Północ");
        await page.SelectOptionAsync("#context", "CountryOfAsylum");
        await page.SelectOptionAsync("#type", "PhysicalAssault");
        await page.SelectOptionAsync("#age-group", "From12To17");
        await page.SelectOptionAsync("#sex", "Female");
        await page.CheckAsync("#separated-child");
        await page.SelectOptionAsync("#perpetrator", "SmugglerOrTrafficker");
        await page.SelectOptionAsync("#perpetrators", "One");
        await page.CheckAsync("input[name='Input.Services'][value='HealthCare']");
        await page.CheckAsync("#consent-yes");
        await page.Locator("#gbv-form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/en/support/gbv?recorded=*");
        var recorded = (await page.Locator("#recorded").TextContentAsync())!;
        recorded.ShouldMatch(@"GBV-\d{4}-\d{5}");
        (await page.Locator("#incidents tbody tr").First.TextContentAsync())!.ShouldContain("2021-06");
        await page.ShouldBeAccessibleAsync();

        await page.Locator("a[href='support/gbv/figures']").First.ClickAsync();
        await page.ArriveAtAsync("**/en/support/gbv/figures");
        await page.GotoAsync("/en/support/gbv/figures?from=2021-01&to=2021-12");
        (await page.Locator("#by-type tbody tr", new() { HasText = "Physical assault" }).Locator("td").TextContentAsync()).ShouldBe("not shown");
        (await page.Locator("#suppression-rule").TextContentAsync())!.ShouldContain("is not shown");
        (await page.Locator("#complementary-rule").TextContentAsync())!.ShouldContain("the smallest other count above nought");
        await page.ShouldBeAccessibleAsync();

        // The record was a sexual assault, not a physical one: corrected on its page, the code kept.
        var code = System.Text.RegularExpressions.Regex.Match(recorded, @"GBV-\d{4}-\d{5}").Value;
        await page.GotoAsync("/en/support/gbv");
        await page.Locator("#incidents a", new() { HasText = code }).ClickAsync();
        await page.ArriveAtAsync("**/en/support/gbv/*");
        (await page.Locator("h1").TextContentAsync())!.ShouldContain(code);
        (await page.Locator("#type").InputValueAsync()).ShouldBe("PhysicalAssault");
        await page.ShouldBeAccessibleAsync();
        await page.SelectOptionAsync("#type", "SexualAssault");
        await page.Locator("#gbv-edit-form button[type=submit]").ClickAsync();
        await page.Locator("#corrected").WaitForAsync();
        (await page.Locator("#type").InputValueAsync()).ShouldBe("SexualAssault");
        await page.ShouldBeAccessibleAsync();

        // Deleting asks for the reason and a confirmation first.
        await page.Locator("#delete-button").ClickAsync();
        await page.Locator("#delete-confirm[aria-invalid=true]").WaitForAsync();
        (await page.Locator("#delete-confirm-error").TextContentAsync())!.ShouldContain("Tick the box");
        await page.ShouldBeAccessibleAsync();
        await page.FillAsync("#delete-reason", "Recorded twice: the worker's colleague recorded it the day before.");
        await page.CheckAsync("#delete-confirm");
        await page.Locator("#delete-button").ClickAsync();
        await page.ArriveAtAsync("**/en/support/gbv?deleted=*");
        (await page.Locator("#deleted").TextContentAsync())!.ShouldContain(code);
        (await page.Locator("#incidents").TextContentAsync())!.ShouldNotContain(code);
        await page.ShouldBeAccessibleAsync();
    }
}
