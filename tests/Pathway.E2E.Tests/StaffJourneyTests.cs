using System.Globalization;
using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

public sealed class StaffJourneyTests(Browser browser)
{
    [Theory]
    [InlineData("en", Roles.CaseOfficer)]
    [InlineData("pl", Roles.Supervisor)]
    public async Task Staff_EnrolsTwoFactor_SearchesRegistry_OpensPerson_SignsInAgainWithCode(string language, string role)
    {
        using var server = LiveServer.Start();
        var person = await DemoRecords.PersonOfAsync(server.Factory, OrganisationKind.OfficeUnit);
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        var email = DemoAccounts.EmailOf(role);

        await page.GotoAsync($"/{language}/account/login");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe(language);
        await page.ShouldBeAccessibleAsync();
        await page.SubmitSignInAsync(email);

        // First sign-in of staff: enrol an authenticator before anything else opens.
        await page.ArriveAtAsync($"**/{language}/account/enrol-2fa**");
        await page.ShouldBeAccessibleAsync();
        var key = (await page.Locator("#shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal);
        await page.FillAsync("#code", Totp.Code(key));
        await page.SubmitAsync();
        await page.Locator("ul.codes li").First.WaitForAsync();
        await page.Locator("main a.button").ClickAsync();
        await page.ArriveAtAsync($"**/{language}/staff");
        await page.ShouldBeAccessibleAsync();

        await page.Locator("nav.side a[href='staff/persons']").ClickAsync();
        await page.FillAsync("#name", person.Surname.ToLowerInvariant());
        await page.FillAsync("#born", person.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.SubmitAsync();
        var link = page.Locator($"a[href='staff/persons/{person.Id}']");
        await link.WaitForAsync();
        await page.ShouldBeAccessibleAsync();
        await link.ClickAsync();
        await page.ArriveAtAsync($"**/{language}/staff/persons/{person.Id}");
        (await page.Locator("h1").TextContentAsync()).ShouldBe($"{person.Surname} {person.GivenNames}");
        (await page.Locator("main").TextContentAsync() ?? "").ShouldContain(person.Documents[0].Number);
        await page.ShouldBeAccessibleAsync();

        await page.Locator("header button[type=submit]").ClickAsync();
        await page.ArriveAtAsync($"**/{language}/");

        // Second sign-in: password, then the code from the app.
        await page.GotoAsync($"/{language}/account/login");
        await page.SubmitSignInAsync(email);
        await page.ArriveAtAsync($"**/{language}/account/login-2fa**");
        await page.ShouldBeAccessibleAsync();
        await page.FillAsync("#code", Totp.Code(key));
        await page.SubmitAsync();
        await page.ArriveAtAsync($"**/{language}/staff");
    }
}
