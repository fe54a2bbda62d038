namespace Pathway.E2E.Tests;

public sealed class SearchJourneyTests(Browser browser)
{
    [Fact]
    public async Task AReader_SearchesFromTheHeader_InLatinLettersForUkrainianText_WithTheKeyboardAndInBothDirections()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();

        // Left to right: a Ukrainian reader types "zaiava" (заява) into the header's search and presses Enter.
        await page.GotoAsync("/uk/portal/articles");
        await page.Locator("#site-search").FocusAsync();
        await page.Keyboard.TypeAsync("zaiava");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/uk/portal/search?q=zaiava");
        var first = page.Locator("#results > li a").First;
        (await first.GetAttributeAsync("href")).ShouldBe("portal/events/workshop-residence-application");
        (await first.Locator("mark").TextContentAsync()).ShouldBe("заява");
        await page.ShouldBeAccessibleAsync();

        // Right to left: an Arabic reader is shown the English fallback, found words marked, and can narrow to one kind.
        await page.GotoAsync("/ar/portal/search?q=pesel");
        (await page.Locator("html").GetAttributeAsync("dir")).ShouldBe("rtl");
        (await page.Locator("#results mark").CountAsync()).ShouldBeGreaterThan(0);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.Locator("#kind").SelectOptionAsync("Event");
        await page.Locator("main form[role='search'] button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/ar/portal/search?q=pesel&kind=Event");
        (await page.Locator("#nothing").CountAsync()).ShouldBe(1, "no event mentions PESEL");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }
}
