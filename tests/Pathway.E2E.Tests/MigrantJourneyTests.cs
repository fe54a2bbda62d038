using Microsoft.Playwright;

namespace Pathway.E2E.Tests;

public sealed class MigrantJourneyTests(Browser browser)
{
    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("uk", "ltr")]
    public async Task Migrant_SeesPortalInOwnLanguage_RegistersConfirmsAndSignsIn(string language, string direction)
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/{language}/");
        (await page.Locator("html").GetAttributeAsync("dir")).ShouldBe(direction);
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe(language);
        await page.ShouldBeAccessibleAsync();

        await page.Locator("main a[href='account/register']").ClickAsync();
        await page.ArriveAtAsync($"**/{language}/account/register");
        await page.ShouldBeAccessibleAsync();
        var email = $"amal.{language}@example.org";
        const string password = "Salam-2026-pathway";
        await page.FillAsync("#name", "Amal Haddad");
        await page.FillAsync("#email", email);
        await page.SubmitNewPasswordAsync(password, "a different one");
        await page.Locator(".errors").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        await page.SubmitNewPasswordAsync(password, password);
        await page.Locator(".notice").WaitForAsync();

        var link = Pathway.Testing.Mailbox.Link((await server.Factory.Mailbox.WaitForAsync(email))[0], "/account/confirm-email");
        link.ShouldContain($"/{language}/account/confirm-email");
        await page.GotoAsync(link);
        await page.Locator(".notice").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        await page.Locator("main a[href='account/login']").ClickAsync();
        await page.SubmitSignInAsync(email, password);
        await page.ArriveAtAsync($"**/{language}/");
        (await page.Locator("header .who").TextContentAsync()).ShouldBe("Amal Haddad");
        (await page.Locator("html").GetAttributeAsync("dir")).ShouldBe(direction);
        await page.ShouldBeAccessibleAsync();
    }
}
