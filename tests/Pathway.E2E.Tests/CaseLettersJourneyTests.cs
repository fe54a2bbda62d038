using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

public sealed class CaseLettersJourneyTests(Browser browser)
{
    [Fact]
    public async Task Officer_ChoosesTheApplicantsLanguage_AndGetsTheSummonsAsPdf()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.CaseOfficer));

        await page.GotoAsync("/en/cases/new");
        await page.FillAsync("#surname", "Melnyk");
        await page.FillAsync("#given-names", "Oksana");
        await page.FillAsync("#birth-date", "1988-09-02");
        await page.FillAsync("#citizenship", "UKR");
        await page.Locator("button:has-text('Register')").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/WSC-II-S.6151.**");

        (await page.Locator("#letters-heading").TextContentAsync()).ShouldBe("Letters");
        (await page.Locator("#case-letters button").CountAsync()).ShouldBe(1);
        await page.SelectOptionAsync("#letter-language", "uk");
        await page.ShouldBeAccessibleAsync();

        // The form sends the chosen language with the letter's address; fetch it as the button would.
        var action = await page.Locator("#letter-summons").GetAttributeAsync("formaction");
        var response = await context.APIRequest.GetAsync($"{server.Url}/{action}?lang={await page.InputValueAsync("#letter-language")}");

        response.Status.ShouldBe(200);
        response.Headers["content-type"].ShouldBe("application/pdf");
        (await response.BodyAsync()).Take(5).ShouldBe("%PDF-"u8.ToArray());
    }
}
