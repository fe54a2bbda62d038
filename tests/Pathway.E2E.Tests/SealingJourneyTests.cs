using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class SealingJourneyTests(Browser browser)
{
    [Fact]
    public async Task TheWorkerSealsACase_TheSupervisorFindsItNoMore_BreaksTheGlass_AndReviewsTheOpening()
    {
        using var server = LiveServer.Start();
        await using var ngo = await browser.NewContextAsync(server.Url);
        var worker = await ngo.NewPageAsync();
        await worker.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.NgoWorker));
        await worker.GotoAsync("/pl/support/beneficiaries");
        await worker.Locator("#cases tbody tr", new() { HasText = "Melnyk" }).Locator("a").ClickAsync();
        await worker.ArriveAtAsync("**/pl/support/beneficiaries/*");
        var number = (await worker.Locator("h1 span[translate=no]").First.TextContentAsync())!;

        // Sealing needs the reason.
        await worker.Locator("#seal-form button[type=submit]").ClickAsync();
        await worker.Locator("#seal-form .field-error").WaitForAsync();
        await worker.ShouldBeAccessibleAsync();
        await worker.FillAsync("#seal-reason", "Ofiara handlu ludźmi; sprawcy jej szukają.");
        await worker.Locator("#seal-form button[type=submit]").ClickAsync();
        await worker.Locator("#case-sealed").WaitForAsync();
        await worker.ShouldBeAccessibleAsync();

        // The NGO's supervisor no longer finds it, and opens it by break-glass with the reason.
        await using var boss = await browser.NewContextAsync(server.Url);
        var supervisor = await boss.NewPageAsync();
        await supervisor.SignInAsNewStaffAsync("de", DemoAccounts.NgoSupervisor);
        await supervisor.GotoAsync("/de/support/beneficiaries?state=all");
        (await supervisor.Locator("#cases").TextContentAsync())!.ShouldNotContain("Melnyk");
        await supervisor.Locator("nav.side a[href='support/break-glass']").ClickAsync();
        await supervisor.ArriveAtAsync("**/de/support/break-glass");
        await supervisor.FillAsync("#glass-number", number);
        await supervisor.Locator("#break-glass-form button[type=submit]").ClickAsync();
        await supervisor.Locator("#glass-reason-error").WaitForAsync();
        await supervisor.ShouldBeAccessibleAsync();
        await supervisor.FillAsync("#glass-reason", "Die Betreuerin ist krank; die Person ist heute in Not.");
        await supervisor.SelectOptionAsync("#glass-hours", "1");
        await supervisor.Locator("#break-glass-form button[type=submit]").ClickAsync();
        await supervisor.ArriveAtAsync("**/de/support/beneficiaries/*");
        await supervisor.Locator("#opened-by-glass").WaitForAsync();
        (await supervisor.Locator("#seal-form").CountAsync()).ShouldBe(0, "an opening makes no team member");
        await supervisor.ShouldBeAccessibleAsync();

        // On the desk the opening waits for review; reviewed, it says by whom.
        await supervisor.GotoAsync("/de/staff");
        (await supervisor.Locator("#break-glass-unreviewed").TextContentAsync())!.ShouldContain("1");
        await supervisor.GotoAsync("/de/support/break-glass");
        (await supervisor.Locator("#openings").TextContentAsync())!.ShouldContain(number);
        await supervisor.ShouldBeAccessibleAsync();
        await supervisor.Locator(".review-form button[type=submit]").First.ClickAsync();
        await supervisor.Locator(".review-form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await supervisor.ShouldBeAccessibleAsync();
    }
}
