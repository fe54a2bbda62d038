using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

public sealed class RegistrationJourneyTests(Browser browser)
{
    // The ICAO 9303 specimen passport.
    private const string SpecimenMrz = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";

    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    public async Task Officer_ScansAnMrz_RegistersThePerson_AndIsWarnedOfTheDuplicateNextTime(string language)
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync(language, DemoAccounts.EmailOf(Roles.CaseOfficer));

        await page.GotoAsync($"/{language}/staff/persons/new");
        await page.ShouldBeAccessibleAsync();
        // A keyboard-wedge scanner types the lines and presses Enter between them.
        await page.Locator("#mrz").PressSequentiallyAsync(SpecimenMrz.ToLowerInvariant());
        await page.Locator("button[value=mrz]").ClickAsync();
        await page.Locator("#surname[value=ERIKSSON]").WaitForAsync();
        (await page.InputValueAsync("#given")).ShouldBe("ANNA MARIA");
        (await page.InputValueAsync("#born")).ShouldBe("1974-08-12");
        (await page.InputValueAsync("#number")).ShouldBe("L898902C3");
        await page.ShouldBeAccessibleAsync();

        await page.Locator("button[value=register]").ClickAsync();
        await page.WaitForURLAsync($"**/{language}/staff/persons/*");
        (await page.Locator("h1").TextContentAsync()).ShouldBe("ERIKSSON ANNA MARIA");

        // The same passport again: the registry check shows the first record before anything is saved.
        await page.GotoAsync($"/{language}/staff/persons/new");
        await page.FillAsync("#mrz", SpecimenMrz);
        await page.Locator("button[value=mrz]").ClickAsync();
        await page.Locator("#surname[value=ERIKSSON]").WaitForAsync();
        await page.Locator("button[value=check]").ClickAsync();
        await page.Locator(".check .suspicion").First.WaitForAsync();
        (await page.Locator(".check .warning").CountAsync()).ShouldBeGreaterThan(0);
        await page.ShouldBeAccessibleAsync();
        await page.Locator("button[value=register]").ClickAsync();
        await page.Locator(".errors").WaitForAsync();
        await page.Locator("input[name='Input.Acknowledged']").CheckAsync();
        await page.Locator("button[value=register]").ClickAsync();
        await page.WaitForURLAsync($"**/{language}/staff/persons/*");

        server.Factory.Logs.Errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("en", "Document number: the check digit at line 2, position 10 is 5, but 6 is computed for L898902C3.")]
    [InlineData("ar", "رقم الوثيقة: رقم التحقق في السطر 2، الموضع 10 هو 5، لكن الرقم المحسوب لـ L898902C3 هو 6.")]
    public async Task Officer_PastesAnMrzWithAWrongCheckDigit_SeesTheErrorInlineInTheirLanguage(string language, string expected)
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync(language, DemoAccounts.EmailOf(Roles.Supervisor));
        await page.GotoAsync($"/{language}/staff/persons/new");
        await page.FillAsync("#mrz", SpecimenMrz.Replace("L898902C36", "L898902C35"));
        await page.Locator("button[value=mrz]").ClickAsync();
        var errors = page.Locator(".field-errors li");
        await errors.First.WaitForAsync();
        (await errors.First.TextContentAsync())!.ShouldBe(expected);
        // The zone's characters keep their left-to-right order inside an Arabic sentence.
        (await errors.First.Locator("bdi[dir=ltr]").AllTextContentsAsync()).ShouldBe(["5", "L898902C3", "6"], ignoreOrder: true);
        await page.ShouldBeAccessibleAsync();
    }
}
