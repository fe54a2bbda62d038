using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

public sealed class AccountRecoveryJourneyTests(Browser browser)
{
    [Fact]
    public async Task Migrant_ForgotThePassword_GetsALinkInUkrainian_ChoosesANewOne_AndSignsIn()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        var email = DemoAccounts.EmailOf(Roles.Migrant);
        const string password = "Novyi-Parol-2026!";

        await page.GotoAsync("/uk/account/login");
        await page.Locator("main a[href='account/resend-confirmation']").ClickAsync();
        await page.ArriveAtAsync("**/uk/account/resend-confirmation");
        await page.ShouldBeAccessibleAsync();
        await page.GoBackAsync();

        await page.Locator("main a[href='account/forgot-password']").ClickAsync();
        await page.ArriveAtAsync("**/uk/account/forgot-password");
        await page.ShouldBeAccessibleAsync();
        await page.FillAsync("#email", "not an address");
        await page.SubmitAsync();
        await page.Locator(".errors").WaitForAsync();
        await page.ShouldBeAccessibleAsync();
        await page.FillAsync("#email", email);
        await page.SubmitAsync();
        await page.Locator(".notice").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        var mail = (await server.Factory.Mailbox.WaitForAsync(email)).Single();
        var link = Mailbox.Link(mail, "/uk/account/reset-password");
        await page.GotoAsync(link);
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("uk");
        await page.ShouldBeAccessibleAsync();
        await page.SubmitNewPasswordAsync(password, "a different one");
        await page.Locator(".errors").WaitForAsync();
        await page.ShouldBeAccessibleAsync();
        await page.SubmitNewPasswordAsync(password, password);
        await page.Locator(".notice").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        await page.Locator("main a[href='account/login']").ClickAsync();
        await page.SubmitSignInAsync(email, password);
        await page.ArriveAtAsync("**/uk/");
        (await page.Locator("header .who").TextContentAsync()).ShouldBe("Oleksandr Shevchenko");

        // The link worked once.
        await page.GotoAsync(link);
        await page.Locator("main [role=alert]").WaitForAsync();
        (await page.Locator("main form").CountAsync()).ShouldBe(0);
    }
}
