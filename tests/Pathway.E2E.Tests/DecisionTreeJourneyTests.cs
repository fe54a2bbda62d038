using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class DecisionTreeJourneyTests(Browser browser)
{
    [Fact]
    public async Task AReader_AnswersByKeyboard_ToAProcedure_AndChangesAnAnswer_InBothDirections()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();

        // Left to right, by keyboard: work, no degree: the single permit's procedure.
        await page.GotoAsync("/uk/portal/articles/which-permit");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.Locator("#tree-answers a").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**q=qualified*");
        await page.Locator("#tree-answers a").Nth(1).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**a=2*");
        (await page.Locator(".tree-procedure a").TextContentAsync()).ShouldBe("Карта побиту: від заяви до отримання");
        (await page.Locator("#tree-path li").CountAsync()).ShouldBe(2);
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // Changing the first answer goes back to the first question with nothing chosen.
        await page.Locator("#tree-path li a").First.ClickAsync();
        await page.ArriveAtAsync("**q=purpose");
        (await page.Locator("#tree-path").CountAsync()).ShouldBe(0);
        (await page.Locator("#tree-answers a").CountAsync()).ShouldBe(4);

        // Right to left: Arabic falls back to English, and passes axe at the result.
        await page.GotoAsync("/ar/portal/articles/which-permit?q=purpose&a=2");
        (await page.Locator("html").GetAttributeAsync("dir")).ShouldBe("rtl");
        (await page.Locator("#tree-disclaimer").CountAsync()).ShouldBe(1);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task AnEditor_GivesATreeItsShape_OnTheItemPage()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.ContentEditor));
        await page.GotoAsync("/en/portal/content");
        await page.SelectOptionAsync("#new-kind", "DecisionTree");
        await page.FillAsync("#new-slug", "study-or-work");
        await page.SelectOptionAsync("#new-language", "en");
        await page.FillAsync("#new-title", "Study or work?");
        await page.FillAsync("#new-body", "## Why are you here?\n- To study\n- To work\n");
        await page.Locator("#new-heading ~ form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/en/portal/content/*");

        // An answer that leads nowhere is named; then both answers end in the procedure.
        await page.FillAsync("#question-0-key", "why");
        await page.FillAsync("#question-0-answer-0-procedure", "residence-card-application");
        await page.FillAsync("#question-0-answer-0-type", "studies");
        await page.Locator("#tree-form-heading ~ form button[type=submit]").ClickAsync();
        await page.Locator("#question-0-answer-1-leads-to-error").WaitForAsync();
        await page.ShouldBeAccessibleAsync();
        await page.FillAsync("#question-0-answer-1-procedure", "residence-card-application");
        await page.FillAsync("#question-0-answer-1-type", "temporary-work");
        await page.Locator("#tree-form-heading ~ form button[type=submit]").ClickAsync();
        await page.Locator("#change-recorded").WaitForAsync();
        (await page.Locator("#question-0-answer-1-type").InputValueAsync()).ShouldBe("temporary-work");
        await page.Locator("#language-en button[type=submit]").ClickAsync();
        await page.Locator("#change-recorded").WaitForAsync();

        await page.GotoAsync("/en/portal/articles/study-or-work");
        await page.Locator("#tree-answers a").Nth(1).ClickAsync();
        await page.ArriveAtAsync("**a=2*");
        (await page.Locator(".tree-procedure a").GetAttributeAsync("href")).ShouldBe("portal/articles/residence-card-application");
    }
}
