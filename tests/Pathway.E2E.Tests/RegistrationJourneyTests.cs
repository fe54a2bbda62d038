using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Pathway.People.Registry;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
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

        // The specimen expired in 2012: saving it takes the officer's word that they saw that.
        await page.Locator("button[value=register]").ClickAsync();
        await page.Locator(".errors").WaitForAsync();
        (await page.Locator(".check .warning").First.TextContentAsync())!.ShouldContain("L898902C3");
        await page.ShouldBeAccessibleAsync();
        await page.Locator("input[name='Input.ExpiredAcknowledged']").CheckAsync();
        await page.Locator("button[value=register]").ClickAsync();
        await page.ArriveAtAsync($"**/{language}/staff/persons/*");
        (await page.Locator("h1").TextContentAsync()).ShouldBe("ERIKSSON ANNA MARIA");
        var first = page.Url[(page.Url.LastIndexOf('/') + 1)..];

        // The same passport again: the registry check names the holder, links to the record, and the
        // number cannot be saved a second time, whatever the officer ticks.
        await page.GotoAsync($"/{language}/staff/persons/new");
        await page.FillAsync("#mrz", SpecimenMrz);
        await page.Locator("button[value=mrz]").ClickAsync();
        await page.Locator("#surname[value=ERIKSSON]").WaitForAsync();
        await page.Locator("button[value=check]").ClickAsync();
        await page.Locator(".check .suspicion").First.WaitForAsync();
        var holder = page.Locator($".check .warning a[href='staff/persons/{first}']");
        (await holder.TextContentAsync())!.ShouldContain("ERIKSSON ANNA MARIA");
        await page.ShouldBeAccessibleAsync();
        await page.Locator("input[name='Input.Acknowledged']").CheckAsync();
        await page.Locator("input[name='Input.ExpiredAcknowledged']").CheckAsync();
        await page.Locator("button[value=register]").ClickAsync();
        await page.Locator(".errors").WaitForAsync();
        (await page.Locator(".errors").TextContentAsync())!.ShouldContain("ERIKSSON ANNA MARIA");
        page.Url.ShouldEndWith("/staff/persons/new");
        (await page.Locator("input[name='Input.SharedNumberReason']").CountAsync()).ShouldBe(0, "an officer cannot record an exception");
        await holder.ClickAsync();
        await page.ArriveAtAsync($"**/staff/persons/{first}");
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
        await page.FillAsync("#mrz", SpecimenMrz.Replace("L898902C36", "L898902C35", StringComparison.Ordinal));
        await page.Locator("button[value=mrz]").ClickAsync();
        var errors = page.Locator(".field-errors li");
        await errors.First.WaitForAsync();
        (await errors.First.TextContentAsync())!.ShouldBe(expected);
        // The zone's characters keep their left-to-right order inside an Arabic sentence.
        (await errors.First.Locator("bdi[dir=ltr]").AllTextContentsAsync()).ShouldBe(["5", "L898902C3", "6"], ignoreOrder: true);
        await page.ShouldBeAccessibleAsync();
    }

    [Fact]
    public async Task Supervisor_AddsAPassportAnotherPersonHolds_SeesTheHolder_AndRecordsAnExceptionWithAReason()
    {
        using var server = LiveServer.Start();
        var persons = await DemoRecords.PersonsOfAsync(server.Factory, OrganisationKind.OfficeUnit, 2);
        var (holder, other) = (persons[0], persons[1]);
        var passport = holder.Documents[0];
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.Supervisor));

        await page.GotoAsync($"/pl/staff/persons/{other.Id}");
        await page.SelectOptionAsync("#document-kind", passport.Kind.ToString());
        await page.FillAsync("#document-number", passport.Number);
        await page.FillAsync("#document-issuer", passport.IssuingState);
        await page.Locator("button[value=add]").ClickAsync();
        var link = page.Locator($".warning a[href='staff/persons/{holder.Id}']");
        await link.WaitForAsync();
        (await link.TextContentAsync())!.ShouldContain($"{holder.Surname} {holder.GivenNames}");
        await page.ShouldBeAccessibleAsync();

        await page.FillAsync("#document-shared-reason", "the consulate issued one number twice");
        await page.Locator("button[value=add]").ClickAsync();
        await page.Locator(".warning").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await server.Factory.WithDbAsync(async db =>
            (await db.Set<IdentityDocument>().SingleAsync(d => d.PersonId == other.Id && d.Number == passport.Number)).SharedNumberReason.ShouldBe("the consulate issued one number twice"));
    }
}
