namespace Pathway.E2E.Tests;

public sealed class AssistantJourneyTests(Browser browser)
{
    [Fact]
    public async Task AReader_AsksTheAssistant_ByKeyboard_GetsAnAnswerWithItsSource_OrAPersonToAsk_InBothDirections()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();

        // Left to right: from the guides to the assistant, by keyboard.
        await page.GotoAsync("/uk/portal/articles");
        await page.Locator("nav.portal-links a[href='portal/assistant']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/uk/portal/assistant");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.Locator("#question-words").FocusAsync();
        await page.Keyboard.TypeAsync("Скільки коштує карта побиту?");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/uk/portal/assistant?c=*");
        var first = page.Locator("#turn-1");
        (await first.Locator(".answer").TextContentAsync() ?? "").ShouldContain("100 злотих");
        (await first.Locator("ul.sources a").First.GetAttributeAsync("href")).ShouldBe("portal/articles/residence-card-application");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // Something no guide covers: no guess, a person to ask.
        await page.FillAsync("#question-words", "Чи можна взяти собаку в трамвай?");
        await page.Locator("#question button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**#turn-2");
        await page.Locator("#turn-2 .not-known").WaitForAsync();
        (await page.Locator("#ask-a-person #hand-over-services a").First.GetAttributeAsync("href")).ShouldBe("portal/articles/legal-advice-srodmiescie");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // The reader says the first answer did not help.
        await page.Locator("#turn-1 button[value=false]").ClickAsync();
        await page.Locator("#turn-1 [role=status]").WaitForAsync();

        // Right to left: the page mirrored, its errors named.
        await page.GotoAsync("/ar/portal/assistant");
        (await page.Locator("html").GetAttributeAsync("dir")).ShouldBe("rtl");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.FillAsync("#question-words", "كيف أحصل على رقم PESEL؟");
        await page.Locator("#question button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/ar/portal/assistant?c=*");
        await page.Locator("#turn-1").WaitForAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }
}
