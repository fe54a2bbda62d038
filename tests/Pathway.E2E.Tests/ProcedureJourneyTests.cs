namespace Pathway.E2E.Tests;

public sealed class ProcedureJourneyTests(Browser browser)
{
    [Fact]
    public async Task AReader_FollowsAProcedure_FromItsDiagramToAStep_InBothDirections()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();

        // Left to right, by keyboard: the diagram's second box leads to the second step.
        await page.GotoAsync("/uk/portal/articles/residence-card-application");
        (await page.Locator("svg.flow rect.step").CountAsync()).ShouldBe(3);
        await page.ShouldBeAccessibleAsync();
        await page.Locator("svg.flow a").Nth(1).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**#step-appear-in-person");
        (await page.Locator("#step-appear-in-person h3").TextContentAsync()).ShouldBe("Особисто з'явіться в управлінні");

        // Right to left: the Arabic reader gets the English fallback, the diagram mirrored.
        await page.GotoAsync("/ar/portal/articles/residence-card-application");
        (await page.Locator("html").GetAttributeAsync("dir")).ShouldBe("rtl");
        var first = await page.Locator("svg.flow rect.step").First.BoundingBoxAsync();
        var last = await page.Locator("svg.flow rect.step").Last.BoundingBoxAsync();
        first!.X.ShouldBeGreaterThan(last!.X, "the first step stands at the right");
        (await page.Locator("#step-collect-card a[href='portal/articles/residence-card']").CountAsync()).ShouldBe(1);
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // Signed in as a migrant: a step ticked off by keyboard, and the progress in the account.
        await page.GotoAsync("/uk/account/login");
        await page.SubmitSignInAsync(Pathway.Platform.Demo.DemoAccounts.EmailOf(Pathway.Platform.Identity.Roles.Migrant));
        await page.GotoAsync("/uk/portal/articles/residence-card-application");
        await page.Locator("#tick-apply-online").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#done-apply-online").WaitForAsync();
        await page.ShouldBeAccessibleAsync();
        await page.GotoAsync("/uk/my/procedures");
        (await page.Locator("#my-procedures progress").GetAttributeAsync("value")).ShouldBe("1");
        await page.ShouldBeAccessibleAsync();
    }
}
