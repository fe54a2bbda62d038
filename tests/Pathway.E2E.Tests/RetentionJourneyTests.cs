using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Support.Beneficiaries;

namespace Pathway.E2E.Tests;

public sealed class RetentionJourneyTests(Browser browser)
{
    [Fact]
    public async Task TheNgoSupervisor_SetsAPeriod_HoldsACase_AndRunsTheRules()
    {
        using var server = LiveServer.Start();
        // Two of the demo NGO's cases as if closed three years ago: one to be anonymised, one the supervisor holds.
        await server.Factory.WithDbAsync(db => db.Set<Beneficiary>().IgnoreQueryFilters().Where(b => b.Surname == "Sadykova" || b.Surname == "Melnyk")
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.ClosedAt, DateTime.UtcNow.AddYears(-3))));
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.NgoSupervisor);

        await page.GotoAsync("/pl/staff");
        (await page.Locator("#retention-holds").TextContentAsync())!.ShouldContain("1");
        await page.Locator("nav.side a[href='support/retention']").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/retention");
        (await page.Locator("#holds").TextContentAsync())!.ShouldContain("Skarga do wojewody");
        await page.ShouldBeAccessibleAsync();

        // A period out of its bounds is named beside its field; two years is saved.
        await page.FillAsync("#amount-ClosedCases", "0");
        await page.Locator("#policies-form button[type=submit]").ClickAsync();
        await page.Locator("#policies .field-error").WaitForAsync();
        await page.ShouldBeAccessibleAsync();
        await page.FillAsync("#amount-ClosedCases", "2");
        await page.SelectOptionAsync("#unit-ClosedCases", "Years");
        await page.Locator("#policies-form button[type=submit]").ClickAsync();
        await page.Locator("#retention-notice").WaitForAsync();
        (await page.Locator("#due-ClosedCases .due-count").TextContentAsync())!.Trim().ShouldBe("2");

        // A hold on Melnyk's case keeps it.
        await page.GotoAsync("/pl/support/beneficiaries?state=all");
        await page.Locator("#cases tbody tr", new() { HasText = "Melnyk" }).Locator("a").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/beneficiaries/*");
        await page.FillAsync("#hold-reason", "Postępowanie karne przeciwko pracodawcy: prokuratura zażądała akt.");
        await page.Locator("#hold-form button[type=submit]").ClickAsync();
        await page.Locator("#case-holds li.hold-standing").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        await page.GotoAsync("/pl/support/retention");
        (await page.Locator("#due-ClosedCases .due-count").TextContentAsync())!.Trim().ShouldBe("1");
        (await page.Locator("#due-ClosedCases .held-count").TextContentAsync())!.Trim().ShouldBe("1");
        await page.Locator("#run-form button[type=submit]").ClickAsync();
        await page.Locator("#runs").WaitForAsync();
        (await page.Locator("#retention-notice").TextContentAsync())!.ShouldContain("1");
        (await page.Locator("#due-ClosedCases .due-count").TextContentAsync())!.Trim().ShouldBe("0");
        await page.ShouldBeAccessibleAsync();

        // Sadykova's case is anonymised; Melnyk's is not.
        await page.GotoAsync("/pl/support/beneficiaries?state=closed");
        (await page.Locator("#cases").TextContentAsync())!.ShouldNotContain("Sadykova");
        (await page.Locator("#cases").TextContentAsync())!.ShouldContain("Melnyk");
    }
}
