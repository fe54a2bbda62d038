using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class ReferralsJourneyTests(Browser browser)
{
    [Fact]
    public async Task NgoWorker_RefersUnderTheConsent_AndTheOfficeAcceptsReadingOnlyWhatWasPassedOn()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.NgoWorker));
        await page.GotoAsync("/pl/support/beneficiaries");
        await page.Locator("#cases tbody tr a").First.ClickAsync();
        await page.ArriveAtAsync("**/pl/support/beneficiaries/*");

        // No receiver she consented to yet: the referral is refused, with the reason beside the field.
        await page.FillAsync("#referral-note", "Proszę o konsultację w sprawie zezwolenia na pobyt.");
        await page.Locator("#referral-form button[type=submit]").ClickAsync();
        await page.Locator("#referral-form .field-error").WaitForAsync();
        (await page.Locator("#referrals").CountAsync()).ShouldBe(0);
        await page.ShouldBeAccessibleAsync();

        // Her consent to disclose to the residence unit, then the referral with her identity only.
        await page.SelectOptionAsync("#recipient-organisation", new Microsoft.Playwright.SelectOptionValue { Label = "Oddział Legalizacji Pobytu" });
        await page.Locator("#consent-form button[type=submit]").ClickAsync();
        await page.Locator("#referral-to option[translate=no]", new() { HasText = "Oddział Legalizacji Pobytu" }).WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await page.SelectOptionAsync("#referral-to", new Microsoft.Playwright.SelectOptionValue { Label = "Oddział Legalizacji Pobytu" });
        await page.FillAsync("#referral-note", "Proszę o konsultację w sprawie zezwolenia na pobyt.");
        await page.CheckAsync("#referral-identity");
        await page.Locator("#referral-form button[type=submit]").ClickAsync();
        await page.Locator("#referrals tbody tr").WaitForAsync();
        var surname = (await page.Locator("h1 span[dir=auto]").TextContentAsync())!.Split(' ')[^1];
        await page.ShouldBeAccessibleAsync();

        // The office's supervisor, reading in Arabic, finds it waiting and accepts it.
        await using var office = await browser.NewContextAsync(server.Url);
        var supervisor = await office.NewPageAsync();
        await supervisor.SignInAsNewStaffAsync("ar", DemoAccounts.EmailOf(Roles.Supervisor));
        await supervisor.GotoAsync("/ar/staff");
        (await supervisor.Locator("#referrals-waiting").TextContentAsync())!.ShouldContain("1");
        await supervisor.Locator("nav.side a[href='support/referrals']").ClickAsync();
        await supervisor.ArriveAtAsync("**/ar/support/referrals");
        await supervisor.ShouldBeAccessibleAsync();
        await supervisor.Locator("#received tbody tr a").First.ClickAsync();
        await supervisor.ArriveAtAsync("**/ar/support/referrals/*");
        (await supervisor.Locator("#shared-identity").TextContentAsync())!.ShouldContain(surname);
        (await supervisor.Locator("#referral-note").TextContentAsync())!.ShouldContain("zezwolenia na pobyt");
        await supervisor.ShouldBeAccessibleAsync();
        await supervisor.Locator("#step-form button[value=Accepted]").ClickAsync();
        await supervisor.Locator("#step-form button[value=Done]").WaitForAsync();
        (await supervisor.Locator("#referral-steps li").CountAsync()).ShouldBe(2);

        // Back at the NGO, the referral's page shows the office's step.
        await page.Locator("#referrals tbody tr a").First.ClickAsync();
        await page.ArriveAtAsync("**/pl/support/referrals/*");
        (await page.Locator("#referral-steps li").CountAsync()).ShouldBe(2);
        (await page.Locator("#referral-steps").TextContentAsync())!.ShouldContain("Oddział Legalizacji Pobytu");
        await page.ShouldBeAccessibleAsync();
    }
}
