using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

public sealed class AuditJourneyTests(Browser browser)
{
    [Fact]
    public async Task Supervisor_FiltersTheAuditTrail_VerifiesTheChain_AndOpensAPersonsTrail()
    {
        using var server = LiveServer.Start();
        var person = await DemoRecords.PersonOfAsync(server.Factory, OrganisationKind.OfficeUnit);
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.Supervisor));

        await page.GotoAsync("/en/staff");
        await page.Locator("nav.side a[href='staff/audit']").ClickAsync();
        await page.ArriveAtAsync("**/en/staff/audit");
        (await page.Locator("table.audit tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        await page.ShouldBeAccessibleAsync();

        await page.FillAsync("#action", "sign-in");
        await page.SubmitAsync();
        await page.ArriveAtAsync("**/en/staff/audit?**action=sign-in**");
        var actions = await page.Locator("table.audit tbody td:nth-child(4)").AllTextContentsAsync();
        actions.ShouldNotBeEmpty();
        actions.ShouldAllBe(a => a == "sign-in");
        (await page.Locator("a[download]").GetAttributeAsync("href")).ShouldBe("api/v1/audit.csv?action=sign-in");

        await page.Locator("button:has-text('Verify the chain')").ClickAsync();
        var verdict = page.Locator("#verification");
        await verdict.WaitForAsync();
        (await verdict.TextContentAsync())!.ShouldContain("The chain is intact:");
        await page.ShouldBeAccessibleAsync();

        await page.GotoAsync($"/en/staff/persons/{person.Id}");
        await page.Locator($"a[href='staff/audit?person={person.Id}']").ClickAsync();
        await page.ArriveAtAsync($"**/en/staff/audit?person={person.Id}");
        (await page.Locator("table.audit tbody tr").CountAsync()).ShouldBeGreaterThan(0, "opening the person's page was itself recorded");
        await page.ShouldBeAccessibleAsync();

        // Right to left as well.
        await page.GotoAsync("/ar/staff/audit");
        await page.ShouldBeAccessibleAsync();
    }
}
