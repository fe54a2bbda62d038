using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class TracingJourneyTests(Browser browser)
{
    [Fact]
    public async Task NgoWorker_ConfirmsTheBoyHisUncleWroteInCyrillic_AndOnlyThenTheLetterNamesHim()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.NgoWorker));

        await page.GotoAsync("/pl/staff");
        await page.Locator("nav.side a[href='support/tracing']").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/tracing");
        await page.ShouldBeAccessibleAsync();

        // A new request sent half-filled: every wrong field is named and nothing is taken.
        await page.Locator("a[href='support/tracing/new']").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/tracing/new");
        await page.CheckAsync("#direction-RelativeSeeksChild");
        await page.FillAsync("#age", "30");
        await page.Locator("#tracing-form button[type=submit]").ClickAsync();
        await page.Locator("#given-names[aria-invalid=true]").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        // The uncle's request, his nephew's name in Cyrillic: the boy's case is proposed with its evidence.
        await page.GotoAsync("/pl/support/tracing");
        await page.Locator("#requests tbody tr", new() { HasText = "Рахими" }).Locator("a").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/tracing/*");
        var candidate = page.Locator("article.candidate", new() { HasText = "Ahmad Rahimi" });
        (await candidate.Locator("table.evidence").TextContentAsync())!.ShouldContain("Рахими");
        await page.ShouldBeAccessibleAsync();

        // Before a case worker confirms, the letter to the uncle says only that the search goes on.
        var letter = await context.NewPageAsync();
        await letter.GotoAsync(page.Url + "/letter");
        (await letter.Locator("#requester-letter").TextContentAsync())!.ShouldNotContain("Ahmad");
        (await letter.Locator("#letter-found").CountAsync()).ShouldBe(0);
        await letter.ShouldBeAccessibleAsync();

        await candidate.Locator("button[value^='confirm:']").ClickAsync();
        await page.Locator("#request-status", new() { HasText = "potwierdzone" }).WaitForAsync();
        await page.ShouldBeAccessibleAsync();
        await letter.ReloadAsync();
        (await letter.Locator("#letter-found").TextContentAsync())!.ShouldContain("Ahmad Rahimi");
    }
}
