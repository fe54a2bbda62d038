using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class MyAccountJourneyTests(Browser browser)
{
    [Fact]
    public async Task AMigrant_OpensTheirAccount_FromTheHomePage_AndReadsItInBothDirections()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/uk/account/login");
        await page.SubmitSignInAsync(DemoAccounts.EmailOf(Roles.Migrant));
        await page.ArriveAtAsync("**/uk/");

        await page.Locator("#account-card a").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/uk/my");
        (await page.Locator("#cases-account-card ul.plain li").CountAsync()).ShouldBe(2); // the demo migrant's two cases
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.Locator("#cases-account-card a[href^='my/cases/']").First.ClickAsync();
        await page.ArriveAtAsync("**/uk/my/cases/**");

        await page.GotoAsync("/ar/my");
        (await page.Locator("html").GetAttributeAsync("dir")).ShouldBe("rtl");
        (await page.Locator("#account-cards > li").CountAsync()).ShouldBe(6);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }
}
