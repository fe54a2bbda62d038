using System.Text;
using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class WalletJourneyTests(Browser browser)
{
    [Fact]
    public async Task AMigrantKeepsADocument_AsksTheOffice_AndSeesItConfirmed()
    {
        using var server = LiveServer.Start();
        await using var migrantContext = await browser.NewContextAsync(server.Url);
        var migrant = await migrantContext.NewPageAsync();
        await migrant.GotoAsync("/uk/account/login");
        await migrant.SubmitSignInAsync(DemoAccounts.EmailOf(Roles.Migrant));

        // A file that is not what its name says is refused; the form keeps what was typed.
        await migrant.GotoAsync("/uk/my/documents");
        await migrant.FillAsync("#wallet-title", "Мій паспорт");
        await migrant.SelectOptionAsync("#wallet-kind", "passport");
        await migrant.FillAsync("#wallet-expires", DateTime.Today.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await migrant.Locator("#wallet-file").SetInputFilesAsync(new FilePayload { Name = "passport.pdf", MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes("just text") });
        await migrant.Locator("#wallet-add").ClickAsync();
        await migrant.Locator(".field-error").First.WaitForAsync();
        (await migrant.Locator("#wallet-title").InputValueAsync()).ShouldBe("Мій паспорт");
        await migrant.ShouldHaveNoAccessibilityViolationsAsync();

        await migrant.Locator("#wallet-file").SetInputFilesAsync(new FilePayload
        {
            Name = "passport.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
        });
        await migrant.Locator("#wallet-add").ClickAsync();
        await migrant.Locator("#change-recorded").WaitForAsync();
        var document = migrant.Locator("#wallet > li").Filter(new() { HasText = "Мій паспорт" });
        (await migrant.Locator(".expiry-notice").TextContentAsync())!.ShouldContain("Мій паспорт");
        await document.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = "Oddział Legalizacji Pobytu" });
        await document.Locator("form.inline button.secondary").First.ClickAsync();
        await migrant.Locator("#change-recorded").WaitForAsync();
        (await document.Locator(".confirmation.requested").CountAsync()).ShouldBe(1);
        await migrant.ShouldHaveNoAccessibilityViolationsAsync();

        // The case officer opens the request and confirms it with a note.
        await using var officerContext = await browser.NewContextAsync(server.Url);
        var officer = await officerContext.NewPageAsync();
        await officer.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.CaseOfficer));
        await officer.GotoAsync("/pl/portal/confirmations");
        var request = officer.Locator("#requests > li").Filter(new() { HasText = "Мій паспорт" });
        await officer.ShouldBeAccessibleAsync();
        await request.Locator("textarea").FillAsync("Zgodny z oryginałem.");
        await request.Locator("button[value=true]").ClickAsync();
        await officer.Locator("#change-recorded").WaitForAsync();
        (await officer.Locator("#requests > li.confirmed").Filter(new() { HasText = "Мій паспорт" }).CountAsync()).ShouldBe(1);

        await migrant.ReloadAsync();
        (await document.Locator(".confirmation.confirmed").TextContentAsync())!.ShouldContain("Zgodny z oryginałem.");

        // The answer is a notification too, in the migrant's language, until they mark it read.
        await migrant.GotoAsync("/uk/my/notifications");
        (await migrant.Locator("#notifications li.unread a").First.TextContentAsync()).ShouldBe("Oddział Legalizacji Pobytu підтвердив(-ла) ваш документ Мій паспорт.");
        await migrant.ShouldHaveNoAccessibilityViolationsAsync();
        await migrant.Locator("#mark-read").ClickAsync();
        await migrant.Locator("#mark-read").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await migrant.Locator("#notifications li.unread").CountAsync()).ShouldBe(0);

        // Which kinds also come by e-mail is chosen on the same page.
        await migrant.Locator("#mail-DocumentDeclined").UncheckAsync();
        await migrant.Locator("#save-mail").ClickAsync();
        await migrant.Locator("#mail-saved").WaitForAsync();
        (await migrant.Locator("#mail-DocumentDeclined").IsCheckedAsync()).ShouldBeFalse();
        (await migrant.Locator("#mail-DocumentConfirmed").IsCheckedAsync()).ShouldBeTrue();
        await migrant.ShouldHaveNoAccessibilityViolationsAsync();
    }
}
