using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class GlossaryJourneyTests(Browser browser)
{
    [Fact]
    public async Task AReader_GetsATermsDefinition_OnHoverFocusAndTap_WithAndWithoutScript()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/uk/portal/articles/residence-card-application");
        var mention = page.Locator("#step-appear-in-person button.term");
        var definition = page.Locator("#term-voivodeship-office");

        // Hover shows the definition beside the words; moving away hides it.
        await mention.HoverAsync();
        await definition.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
        var words = await mention.BoundingBoxAsync();
        var box = await definition.BoundingBoxAsync();
        box!.Y.ShouldBeGreaterThanOrEqualTo(words!.Y + words.Height, "the definition opens below the words");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.Mouse.MoveAsync(0, 0);
        await definition.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Hidden });

        // Focus by keyboard shows it, Escape closes it.
        await mention.FocusAsync();
        await definition.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
        await page.Keyboard.PressAsync("Escape");
        await definition.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Hidden });

        // A tap keeps it open until the reader taps elsewhere.
        await mention.ClickAsync();
        await page.Mouse.MoveAsync(0, 0);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        (await definition.IsVisibleAsync()).ShouldBeTrue("a tapped definition stays open");
        await page.Locator("h1").ClickAsync();
        await definition.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Hidden });

        // Right to left: the glossary page in Arabic falls back to English terms, and passes axe.
        await page.GotoAsync("/ar/portal/glossary");
        (await page.Locator("dt#stamp-duty").TextContentAsync())!.ShouldContain("Stamp duty");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GotoAsync("/uk/portal/glossary");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // Without any script, a tap still opens the definition.
        await using var plain = await browser.NewContextAsync(server.Url, javaScript: false);
        var noScript = await plain.NewPageAsync();
        await noScript.GotoAsync("/pl/portal/articles/residence-card-application");
        await noScript.Locator("button.term[popovertarget='term-stamp-duty']").ClickAsync();
        await noScript.Locator("#term-stamp-duty").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
        (await noScript.Locator("#term-stamp-duty").TextContentAsync())!.ShouldContain("Opłata za decyzję");
    }

    [Fact]
    public async Task AnEditor_ConfirmsUnmarkedInflectedTerms_AndReadersGetTheirDefinitions()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.ContentEditor));
        await page.GotoAsync("/pl/portal/content");
        await page.SelectOptionAsync("#new-kind", "Article");
        await page.FillAsync("#new-slug", "wizyta-w-urzedzie");
        await page.SelectOptionAsync("#new-language", "pl");
        await page.FillAsync("#new-title", "Wizyta w urzędzie");
        await page.FillAsync("#new-body", "Do urzędu wojewódzkiego weź paszport. Opłatę skarbową zapłać wcześniej; w urzędzie wojewódzkim jej nie przyjmą.");
        await page.Locator("#new-heading ~ form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/pl/portal/content/*");

        // Three unmarked forms of two terms are offered; the editor confirms two of them.
        var offered = page.Locator("#unmarked-pl input[type=checkbox]");
        (await offered.CountAsync()).ShouldBe(3);
        (await page.Locator("#unmarked-pl mark").AllTextContentsAsync()).ShouldBe(["urzędu wojewódzkiego", "Opłatę skarbową", "urzędzie wojewódzkim"]);
        await page.ShouldBeAccessibleAsync();
        await offered.Nth(0).CheckAsync();
        await offered.Nth(1).CheckAsync();
        await page.Locator("#mark-mentions").ClickAsync();
        await page.Locator("#change-recorded").WaitForAsync();
        (await page.Locator("#unmarked-pl mark").AllTextContentsAsync()).ShouldBe(["urzędzie wojewódzkim"]);
        (await page.Locator("#source-body").InputValueAsync()).ShouldStartWith("Do [urzędu wojewódzkiego](term:voivodeship-office) weź paszport. [Opłatę skarbową](term:stamp-duty) zapłać");

        // Published, the reader gets the definitions at the marked words.
        await page.Locator("#language-pl button[type=submit]").ClickAsync();
        await page.Locator("#change-recorded").WaitForAsync();
        await page.GotoAsync("/pl/portal/articles/wizyta-w-urzedzie");
        (await page.Locator("article button.term").AllTextContentsAsync()).ShouldBe(["urzędu wojewódzkiego", "Opłatę skarbową"]);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }
}
