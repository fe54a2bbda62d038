using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class PortalJourneyTests(Browser browser)
{
    [Fact]
    public async Task AReader_FindsAGuideInTheirLanguageOrTheFallback_AndATranslatorSendsATranslationForReview()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();

        // First load of a guide, as a reader on a slow line meets it: at most 100 KB transferred, fonts excluded.
        var responses = new List<Microsoft.Playwright.IResponse>();
        page.Response += (_, response) => responses.Add(response);
        await page.GotoAsync("/uk/portal/articles/pesel-number", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
        long transferred = 0;
        foreach (var response in responses.Where(r => r.Request.ResourceType != "font"))
        {
            var sizes = await response.Request.SizesAsync();
            transferred += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }

        var weight = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"first load of a guide: {transferred} bytes in {responses.Count} responses (fonts excluded)");
        TestContext.Current.SendDiagnosticMessage(weight);
        transferred.ShouldBeLessThanOrEqualTo(100 * 1024, weight);
        await context.ClearCookiesAsync();

        // A reader, left to right: the list, then the guide in Ukrainian.
        await page.GotoAsync("/uk/portal/articles");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.Locator("a[href='portal/articles/pesel-number']").ClickAsync();
        await page.ArriveAtAsync("**/uk/portal/articles/pesel-number");
        (await page.Locator("article h1").TextContentAsync()).ShouldBe("Номер PESEL");
        (await page.Locator("#fallback-notice").CountAsync()).ShouldBe(0);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.FillAsync("#feedback-comment", "Де знайти управління гміни?");
        await page.Locator("#feedback-no").ClickAsync();
        await page.Locator("#feedback-thanks").WaitForAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // Right to left: Arabic is not published yet, so the English text is shown with a notice.
        await page.GotoAsync("/ar/portal/articles/pesel-number");
        (await page.Locator("html").GetAttributeAsync("dir")).ShouldBe("rtl");
        (await page.Locator("article").GetAttributeAsync("lang")).ShouldBe("en");
        (await page.Locator("article").GetAttributeAsync("dir")).ShouldBe("ltr");
        (await page.Locator("#fallback-notice").TextContentAsync())!.ShouldContain("English");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GotoAsync("/ar/portal/articles");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // A translator: the list of items and languages, the item, and a German translation sent for review.
        await using var desk = await browser.NewContextAsync(server.Url);
        var translator = await desk.NewPageAsync();
        await translator.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.Translator));
        await translator.GotoAsync("/en/portal/content");
        (await translator.Locator("#item-pesel-number td[data-language=ru]").TextContentAsync()).ShouldBe("machine draft");
        await translator.ShouldBeAccessibleAsync();
        await translator.Locator("#item-pesel-number a").ClickAsync();
        await translator.ArriveAtAsync("**/en/portal/content/*");
        await translator.ShouldBeAccessibleAsync();
        await translator.Locator("#language-de a").ClickAsync();
        await translator.ArriveAtAsync("**/de");
        await translator.ShouldBeAccessibleAsync();
        await translator.FillAsync("#translation-title", "PESEL-Nummer");
        await translator.FillAsync("#translation-body", "Die PESEL-Nummer ist eine elfstellige Nummer im Melderegister.");
        await translator.Locator("input[name='Input.State'][value=InReview]").CheckAsync();
        await translator.SubmitAsync();
        await translator.Locator("#change-recorded").WaitForAsync();
        (await translator.Locator("#language-de .state").TextContentAsync()).ShouldBe("in review");
        await translator.ShouldBeAccessibleAsync();
    }
}
