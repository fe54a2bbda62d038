using System.Text;
using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class KnowledgeJourneyTests(Browser browser)
{
    [Fact]
    public async Task NgoWorker_AddsADocumentToTheLibrary_RecordsAPartner_AndAMeetingWithIt()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        // Ukrainian: the library, the directory and their forms in a language other than the office's.
        await page.SignInAsNewStaffAsync("uk", DemoAccounts.EmailOf(Roles.NgoWorker));

        await page.GotoAsync("/uk/staff");
        await page.Locator("nav.side a[href='support/library']").ClickAsync();
        await page.ArriveAtAsync("**/uk/support/library");
        (await page.Locator("#documents tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(2, "the demo's documents open to NGO workers");
        await page.ShouldBeAccessibleAsync();

        // Not a PDF: refused beside the file field, what was typed kept.
        await page.FillAsync("#library-title", "Перша консультація: пам'ятка");
        await page.SelectOptionAsync("#library-kind", "Manual");
        await page.SelectOptionAsync("#library-area", "MigrationLaw");
        await page.SelectOptionAsync("#library-language", "uk");
        await page.UncheckAsync("input[name='Input.Roles'][value='Analyst']");
        await page.Locator("#library-file").SetInputFilesAsync(new FilePayload { Name = "note.pdf", MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes("just text") });
        await page.Locator("#library-form button[type=submit]").ClickAsync();
        await page.Locator("#library-file-error").WaitForAsync();
        (await page.Locator("#library-title").InputValueAsync()).ShouldBe("Перша консультація: пам'ятка");
        await page.ShouldBeAccessibleAsync();

        await page.Locator("#library-file").SetInputFilesAsync(new FilePayload
        {
            Name = "pamyatka.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
        });
        await page.Locator("#library-form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/uk/support/library/*");
        (await page.Locator("h1").TextContentAsync())!.ShouldBe("Перша консультація: пам'ятка");
        (await page.Locator("#document-file").TextContentAsync())!.ShouldBe("pamyatka.pdf");
        await page.ShouldBeAccessibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#document-file").ClickAsync());
        download.SuggestedFilename.ShouldBe("pamyatka.pdf");

        // Opened to analysts after all, then taken off the library.
        await page.CheckAsync("#library-edit input[name='Input.Roles'][value='Analyst']");
        await page.Locator("#library-edit button[type=submit]").ClickAsync();
        await page.Locator("#document-saved").WaitForAsync();
        (await page.Locator("#document-roles").TextContentAsync())!.ShouldContain("Аналітики");
        await page.ShouldBeAccessibleAsync();
        await page.GotoAsync("/uk/support/library?search=пам'ятка");
        (await page.Locator("#documents tbody tr").CountAsync()).ShouldBe(1);
        await page.Locator("#documents tbody a[translate=no]").ClickAsync();
        await page.ArriveAtAsync("**/uk/support/library/*");
        await page.Locator("#library-remove button").ClickAsync();
        await page.ArriveAtAsync("**/uk/support/library");
        await page.GotoAsync("/uk/support/library?search=пам'ятка");
        await page.Locator("#no-documents").WaitForAsync();

        // A partner of the directory, then a meeting with it.
        await page.GotoAsync("/uk/support/partners");
        await page.ShouldBeAccessibleAsync();
        await page.FillAsync("#partner-name", "Фонд Рідний Дім");
        await page.SelectOptionAsync("#partner-kind", "Shelter");
        await page.CheckAsync("input[name='Input.Services'][value='SocialAssistance']");
        await page.FillAsync("#partner-languages", "uk ru pl");
        await page.FillAsync("#partner-email", "not an address");
        await page.Locator("#partner-form button[type=submit]").ClickAsync();
        await page.Locator("#partner-email-error").WaitForAsync();
        await page.ShouldBeAccessibleAsync();
        await page.FillAsync("#partner-email", "dim@ridnyi.example.org");
        await page.FillAsync("#partner-phone", "+48 22 555 07 70");
        await page.Locator("#partner-form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/uk/support/partners/*");
        (await page.Locator("h1").TextContentAsync())!.ShouldBe("Фонд Рідний Дім");
        await page.ShouldBeAccessibleAsync();
        await page.FillAsync("#partner-contact", "Оксана Мельник");
        await page.Locator("#partner-edit button[type=submit]").ClickAsync();
        await page.Locator("#partner-saved").WaitForAsync();
        (await page.Locator("#partner-facts").TextContentAsync())!.ShouldContain("Оксана Мельник");

        await page.GotoAsync("/uk/support/partners/meetings");
        await page.FillAsync("#meeting-day", "2025-04-03");
        await page.FillAsync("#meeting-title", "Місця в притулку для матерів з дітьми");
        await page.Locator("label.check", new() { HasText = "Фонд Рідний Дім" }).Locator("input").CheckAsync();
        await page.FillAsync("#meeting-minutes", "Притулок має чотири вільні місця.");
        await page.FillAsync("#meeting-next", "Надіслати контакти координатора.");
        await page.Locator("#meeting-form button[type=submit]").ClickAsync();
        await page.Locator("#meetings h3", new() { HasText = "Місця в притулку для матерів з дітьми" }).WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        await page.Locator("#meetings a", new() { HasText = "Фонд Рідний Дім" }).First.ClickAsync();
        await page.ArriveAtAsync("**/uk/support/partners/*");
        (await page.Locator(".meetings h3").AllTextContentsAsync()).ShouldContain(t => t.Contains("Місця в притулку для матерів з дітьми", StringComparison.Ordinal));
        await page.ShouldBeAccessibleAsync();
    }
}
