using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class TransfersJourneyTests(Browser browser)
{
    [Fact]
    public async Task NgoWorker_TransfersACaseUnderTheConsent_AndTheResidenceUnitsSupervisorAcceptsIt()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.NgoWorker));
        await page.GotoAsync("/pl/support/beneficiaries");
        await page.Locator("#cases tbody tr a").First.ClickAsync();
        await page.ArriveAtAsync("**/pl/support/beneficiaries/*");
        var caseUrl = page.Url;
        var number = (await page.Locator("h1 span[translate=no]").First.TextContentAsync())!;
        var surname = (await page.Locator("h1 span[dir=auto]").TextContentAsync())!.Split(' ')[^1];

        // No consent to disclose to the residence unit yet: nothing to choose, and the request is refused on the field.
        await page.FillAsync("#transfer-reason", "Osoba przeprowadziła się; jej sprawę pobytową prowadzi Oddział Legalizacji Pobytu.");
        await page.Locator("#transfer-form button[type=submit]").ClickAsync();
        await page.Locator("#transfer-to-error").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        // Her consent, then the request: it waits for the unit's answer.
        await page.SelectOptionAsync("#recipient-organisation", new SelectOptionValue { Label = "Oddział Legalizacji Pobytu" });
        await page.Locator("#consent-form button[type=submit]").ClickAsync();
        await page.Locator("#transfer-to option[translate=no]", new() { HasText = "Oddział Legalizacji Pobytu" }).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.SelectOptionAsync("#transfer-to", new SelectOptionValue { Label = "Oddział Legalizacji Pobytu" });
        await page.FillAsync("#transfer-reason", "Osoba przeprowadziła się; jej sprawę pobytową prowadzi Oddział Legalizacji Pobytu.");
        await page.Locator("#transfer-form button[type=submit]").ClickAsync();
        await page.Locator("#withdraw-form").WaitForAsync();
        (await page.Locator("#case-transfers").TextContentAsync())!.ShouldContain("Oddział Legalizacji Pobytu");
        await page.ShouldBeAccessibleAsync();

        // The unit's supervisor, reading in Arabic, finds it waiting, reads the facts and accepts the case.
        await using var office = await browser.NewContextAsync(server.Url);
        var supervisor = await office.NewPageAsync();
        await supervisor.SignInAsNewStaffAsync("ar", DemoAccounts.EmailOf(Roles.Supervisor));
        await supervisor.GotoAsync("/ar/staff");
        (await supervisor.Locator("#transfers-waiting").TextContentAsync())!.ShouldContain("1");
        await supervisor.Locator("nav.side a[href='support/transfers']").ClickAsync();
        await supervisor.ArriveAtAsync("**/ar/support/transfers");
        var request = supervisor.Locator("article.transfer").First;
        (await request.TextContentAsync())!.ShouldContain(surname);
        (await request.Locator(".transfer-reason").TextContentAsync())!.ShouldContain("przeprowadziła się");
        await supervisor.ShouldBeAccessibleAsync();
        await request.Locator("button[value=Accepted]").ClickAsync();
        await supervisor.ArriveAtAsync("**/ar/support/beneficiaries/*");
        var newNumber = (await supervisor.Locator("h1 span[translate=no]").First.TextContentAsync())!;
        newNumber.ShouldStartWith("B-");
        (await supervisor.Locator("#team").TextContentAsync())!.ShouldContain(DemoAccounts.EmailOf(Roles.Supervisor));
        (await supervisor.Locator("#case-transfers").TextContentAsync())!.ShouldContain("Fundacja Wspólna Droga");
        await supervisor.ShouldBeAccessibleAsync();

        // The NGO no longer opens the case; its list shows the number it had and the outcome.
        var gone = await page.GotoAsync(caseUrl);
        gone!.Status.ShouldBe(404);
        await page.GotoAsync("/pl/support/transfers");
        var sent = (await page.Locator("#sent").TextContentAsync())!;
        sent.ShouldContain(number);
        sent.ShouldContain("Oddział Legalizacji Pobytu");
        sent.ShouldNotContain(surname);
        await page.ShouldBeAccessibleAsync();
    }
}
