using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

/// <summary>Staying signed in across languages, recovery codes, and an administrator ending someone's session.</summary>
public sealed class SessionJourneyTests(Browser browser)
{
    [Fact]
    public async Task SignedIn_SwitchingLanguage_StaysSignedIn_ForMigrantAndStaff()
    {
        using var server = LiveServer.Start();
        await using var migrantContext = await browser.NewContextAsync(server.Url);
        var migrant = await migrantContext.NewPageAsync();
        await migrant.GotoAsync("/uk/account/login");
        await migrant.SubmitSignInAsync(DemoAccounts.EmailOf(Roles.Migrant));
        await migrant.ArriveAtAsync("**/uk/");
        await migrant.Locator("nav.languages a[hreflang=en]").ClickAsync();
        await migrant.ArriveAtAsync("**/en/");
        (await migrant.Locator("html").GetAttributeAsync("lang")).ShouldBe("en");
        (await migrant.Locator("header a[href='account/login']").CountAsync()).ShouldBe(0, "the header offers to sign in again");
        (await migrant.Locator("header .who").TextContentAsync()).ShouldBe("Oleksandr Shevchenko");
        await migrant.ShouldBeAccessibleAsync();

        await using var staffContext = await browser.NewContextAsync(server.Url);
        var staff = await staffContext.NewPageAsync();
        await staff.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.CaseOfficer));
        await staff.Locator("main a.button").ClickAsync();
        await staff.ArriveAtAsync("**/pl/staff");
        await staff.Locator("nav.languages a[hreflang=uk]").ClickAsync();
        await staff.ArriveAtAsync("**/uk/staff");
        (await staff.Locator("html").GetAttributeAsync("lang")).ShouldBe("uk");
        (await staff.Locator("#email").CountAsync()).ShouldBe(0, "the staff page asks to sign in again");
        await staff.Locator("nav.side a[href='staff/persons']").ClickAsync();
        await staff.ArriveAtAsync("**/uk/staff/persons");
        await staff.Locator("nav.languages a[hreflang=en]").ClickAsync();
        await staff.ArriveAtAsync("**/en/staff/persons");
        (await staff.Locator("#name").CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Staff_SignsInWithARecoveryCode_TypedInLowerCaseWithoutTheDash()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        var email = DemoAccounts.EmailOf(Roles.Supervisor);
        await page.SignInAsNewStaffAsync("en", email);
        var code = (await page.Locator("ul.codes li code").Nth(3).TextContentAsync())!.Trim();
        code.ShouldContain("-");
        await page.Locator("main a.button").ClickAsync();
        await page.ArriveAtAsync("**/en/staff");
        await page.Locator("header button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/en/");

        await page.GotoAsync("/en/account/login");
        await page.SubmitSignInAsync(email);
        await page.ArriveAtAsync("**/en/account/login-2fa**");
        await page.FillAsync("#code", code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());
        await page.SubmitAsync();
        await page.ArriveAtAsync("**/en/staff");
        await page.ShouldBeAccessibleAsync();
    }

    [Fact]
    public async Task Admin_LocksASignedInOfficer_TheOfficersNextRequestLandsOnSignIn()
    {
        using var server = LiveServer.Start();
        var officerEmail = DemoAccounts.EmailOf(Roles.CaseOfficer);
        await using var officerContext = await browser.NewContextAsync(server.Url);
        var officer = await officerContext.NewPageAsync();
        await officer.SignInAsNewStaffAsync("en", officerEmail);
        await officer.Locator("main a.button").ClickAsync();
        await officer.ArriveAtAsync("**/en/staff");
        (await officerContext.APIRequest.GetAsync("/api/v1/persons?name=a")).Status.ShouldBe(200);

        await using var adminContext = await browser.NewContextAsync(server.Url);
        var admin = await adminContext.NewPageAsync();
        await admin.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.Admin));
        await admin.GotoAsync("/en/admin/users");
        await admin.ShouldBeAccessibleAsync();
        await admin.Locator("tr", new PageLocatorOptions { HasText = officerEmail }).Locator("button[value^='lock:']").ClickAsync();
        await admin.Locator("main .notice").Filter(new LocatorFilterOptions { HasText = "signed out everywhere" }).WaitForAsync();
        await admin.ShouldBeAccessibleAsync();

        await officer.GotoAsync("/en/staff/persons");
        await officer.ArriveAtAsync("**/en/account/login**");
        (await officerContext.APIRequest.GetAsync("/api/v1/persons?name=a")).Status.ShouldBe(401);
        await officer.SubmitSignInAsync(officerEmail);
        (await officer.Locator("main [role=alert]").TextContentAsync())!.ShouldContain("An administrator has locked this account.");

        // The new-account form with its field errors, and the roles page, meet the same accessibility bar.
        await admin.FillAsync("#account-name", "Anna Again");
        await admin.FillAsync("#account-email", officerEmail);
        await admin.SelectOptionAsync("#account-role", Roles.CaseOfficer);
        await admin.SelectOptionAsync("#account-organisation", "");
        await admin.Locator("form:has(#account-email) button[type=submit]").ClickAsync();
        await admin.Locator("#account-email-error").WaitForAsync();
        await admin.ShouldBeAccessibleAsync();
        await admin.Locator("tbody a", new PageLocatorOptions { HasText = "Anna Kowalska" }).ClickAsync();
        await admin.ArriveAtAsync("**/en/admin/users/*");
        await admin.ShouldBeAccessibleAsync();
    }
}
