using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

public sealed class WalkInJourneyTests(Browser browser)
{
    private const string Office = "waw-marszalkowska";

    [Fact]
    public async Task Visitor_TakesATicket_OfficerCallsIt_AndTheDisplayShowsIt()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.CaseOfficer));

        // The kiosk, signed in by staff.
        await page.GotoAsync($"/en/cases/queue-kiosk?office={Office}");
        await page.ShouldBeAccessibleAsync();
        await page.Locator("#take-Information").ClickAsync();
        var ticket = (await page.Locator("#issued-ticket").TextContentAsync())!.Trim();
        ticket.ShouldBe("A001");
        await page.ShouldBeAccessibleAsync();

        // The officer at counter 4 (information), reached from the navigation.
        await page.GotoAsync("/en/staff");
        await page.Locator("nav.side a[href='cases/queue-desk']").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/queue-desk");
        await page.SelectOptionAsync("#counter", "4");
        await page.Locator("main form.search button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/queue-desk?**counter=4**");
        (await page.Locator("table.queue-waiting").TextContentAsync())!.ShouldContain(ticket);
        await page.ShouldBeAccessibleAsync();
        await page.Locator("#call-next").ClickAsync();
        (await page.Locator("#current-ticket").TextContentAsync()).ShouldBe(ticket);
        await page.ShouldBeAccessibleAsync();

        // The wall display, without sign-in; checked with its refresh turned off so the page holds still under axe.
        await using var hall = await browser.NewContextAsync(server.Url);
        var display = await hall.NewPageAsync();
        await display.GotoAsync($"/en/cases/queue-display?office={Office}&refresh=off");
        (await display.Locator("#latest-ticket").TextContentAsync()).ShouldBe(ticket);
        (await display.Locator(".queue-announcement li[lang=uk]").TextContentAsync())!.ShouldContain(ticket);
        (await display.Locator(".queue-announcement li[lang=ar]").GetAttributeAsync("dir")).ShouldBe("rtl");
        await display.ShouldBeAccessibleAsync();
        await display.GotoAsync($"/ar/cases/queue-display?office={Office}&refresh=off");
        await display.ShouldBeAccessibleAsync();

        // Served: the figures count it.
        // The call-next button stands on the page before the post too: wait for the figures' row the answer brings.
        await page.Locator("#mark-served").ClickAsync();
        await page.Locator("table.queue-figures tbody tr").First.WaitForAsync();
        (await page.Locator("table.queue-figures tbody tr").CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();
    }
}
