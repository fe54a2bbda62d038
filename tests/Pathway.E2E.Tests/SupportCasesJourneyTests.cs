using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class SupportCasesJourneyTests(Browser browser)
{
    [Fact]
    public async Task NgoWorker_RegistersAPersonOnce_RecordsTheirConsents_AndPrintsTheReceiptInTheirLanguage()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.NgoWorker));

        await page.GotoAsync("/pl/staff");
        await page.Locator("nav.side a[href='support/beneficiaries']").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/beneficiaries");
        (await page.Locator("#cases tbody tr").CountAsync()).ShouldBe(4, "the demo NGO worker's four cases (the demo migrant's own among them)");
        await page.ShouldBeAccessibleAsync();

        // The demo's Oksana Melnyk again, written another way: the duplicate is shown first.
        await page.Locator("main a[href='support/beneficiaries/new']").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/beneficiaries/new");
        await page.ShouldBeAccessibleAsync();
        await page.FillAsync("#given-names", "OKSANA");
        await page.FillAsync("#surname", "Mełnyk");
        await page.FillAsync("#birth-date", "1988-03-14");
        await page.SelectOptionAsync("#language", "uk");
        await page.CheckAsync("input[name='Input.LegalBasis'][value=Consent]");
        await page.CheckAsync("input[name='Input.ConsentsToServices']");
        await page.Locator("#intake-form button[type=submit]").ClickAsync();
        await page.Locator("#duplicates a").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        // It is her: open her case instead, and record her consent to tell a legal-aid centre.
        await page.Locator("#duplicates a").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/beneficiaries/*");
        await page.FillAsync("#recipient-name", "Centrum Pomocy Prawnej im. Haliny Nieć");
        await page.Locator("#consent-form button[type=submit]").ClickAsync();
        await page.Locator("#consents tbody tr").Nth(1).WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        // A legal consultation given today, then the services overdue in the worker's cases.
        (await page.Locator("#services tbody tr").CountAsync()).ShouldBe(2, "the demo's legal advice and the counselling planned for three days ago");
        await page.SelectOptionAsync("#service-kind", "LegalAdvice");
        await page.FillAsync("#service-day", DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#service-provider", "Ewa Nowak");
        await page.FillAsync("#service-minutes", "45");
        await page.Locator("#service-form button[type=submit]").ClickAsync();
        await page.Locator("#services tbody tr").Nth(2).WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        // Her vulnerability assessment: violence in her country of origin, and trafficking for forced labour, reviewed in a month.
        (await page.Locator("#no-assessment").CountAsync()).ShouldBe(1);
        await page.CheckAsync("#need-GenderBasedOrDomesticViolence");
        await page.SelectOptionAsync("#need-GenderBasedOrDomesticViolence-code", "SV-VO");
        await page.CheckAsync("#need-Trafficking");
        await page.SelectOptionAsync("#exploitation", "ForcedLabourOrServices");
        await page.FillAsync("#next-review", DateOnly.FromDateTime(DateTime.Now).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#assessment-form button[type=submit]").ClickAsync();
        await page.Locator("#current-needs li").Nth(1).WaitForAsync();
        (await page.Locator("#current-needs abbr[translate=no]").AllTextContentsAsync()).ShouldBe(["SV-VO"]);
        await page.ShouldBeAccessibleAsync();

        var receipt = await page.RunAndWaitForPopupAsync(() => page.Locator("#consents tbody tr").Nth(1).Locator("a[hreflang=uk]").ClickAsync());
        await receipt.ArriveAtAsync("**/uk/support/beneficiaries/*/consents/*/receipt");
        (await receipt.Locator("html").GetAttributeAsync("lang")).ShouldBe("uk");
        (await receipt.Locator("#allows").TextContentAsync())!.ShouldContain("Centrum Pomocy Prawnej");
        await receipt.ShouldBeAccessibleAsync();

        await page.Locator("nav.side a[href='support/services/overdue']").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/services/overdue");
        (await page.Locator("#overdue tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(1);
        await page.ShouldBeAccessibleAsync();
    }
}
