using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class ClosuresJourneyTests(Browser browser)
{
    [Fact]
    public async Task TheNgoSupervisor_ApprovesAWaitingClosure_TheWorkerAsksForAnother_AndTheCaseloadShowsBoth()
    {
        using var server = LiveServer.Start();
        await using var ngo = await browser.NewContextAsync(server.Url);
        var supervisor = await ngo.NewPageAsync();
        await supervisor.SignInAsNewStaffAsync("uk", DemoAccounts.NgoSupervisor);

        // The demo worker asked to close Mariam Kapanadze's case: it waits on the supervisor's desk.
        await supervisor.GotoAsync("/uk/staff");
        (await supervisor.Locator("#closures-waiting").TextContentAsync())!.ShouldContain("1");
        await supervisor.Locator("nav.side a[href='support/closures']").ClickAsync();
        await supervisor.ArriveAtAsync("**/uk/support/closures");
        var request = supervisor.Locator("article.closure").First;
        (await request.TextContentAsync())!.ShouldContain("Kapanadze");
        await supervisor.ShouldBeAccessibleAsync();

        // Returning needs the words; approving closes the case.
        await request.Locator("button[value=return]").ClickAsync();
        await supervisor.Locator(".decision-form .field-error").WaitForAsync();
        await supervisor.ShouldBeAccessibleAsync();
        await supervisor.Locator("article.closure button[value=approve]").First.ClickAsync();
        await supervisor.Locator("#no-closures").WaitForAsync();

        // The worker finds the case closed, with no form left on it, and asks to close another one.
        await using var workerContext = await browser.NewContextAsync(server.Url);
        var worker = await workerContext.NewPageAsync();
        await worker.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.NgoWorker));
        await worker.GotoAsync("/pl/support/beneficiaries?state=closed");
        await worker.Locator("#cases tbody tr", new() { HasText = "Kapanadze" }).Locator("a").ClickAsync();
        await worker.ArriveAtAsync("**/pl/support/beneficiaries/*");
        await worker.Locator("#case-closed").WaitForAsync();
        (await worker.Locator("#service-form").CountAsync()).ShouldBe(0);
        (await worker.Locator("#closure-form").CountAsync()).ShouldBe(0);
        await worker.ShouldBeAccessibleAsync();

        await worker.GotoAsync("/pl/support/beneficiaries");
        await worker.Locator("#cases tbody tr", new() { HasText = "Melnyk" }).Locator("a").ClickAsync();
        await worker.ArriveAtAsync("**/pl/support/beneficiaries/*");
        await worker.Locator("#closure-form button[type=submit]").ClickAsync();
        await worker.Locator("#closure-reason-error").WaitForAsync();
        await worker.SelectOptionAsync("#closure-reason", "GoalsReached");
        await worker.Locator("#closure-form button[type=submit]").ClickAsync();
        await worker.Locator("#case-closures .closure-status").WaitForAsync();
        (await worker.Locator("#closure-form").CountAsync()).ShouldBe(0, "one request waits at a time");
        await worker.ShouldBeAccessibleAsync();

        // The caseload: the worker's open cases, and the cases closed with how long they took.
        await supervisor.GotoAsync("/uk/support/caseload");
        (await supervisor.Locator("#workers").TextContentAsync())!.ShouldContain(DemoAccounts.EmailOf(Roles.NgoWorker));
        (await supervisor.Locator("svg[aria-labelledby^='caseload-chart']").CountAsync()).ShouldBe(1);
        (await supervisor.Locator("svg[aria-labelledby^='closure-chart']").CountAsync()).ShouldBe(1, "the demo's two closed cases and the one just approved");
        (await supervisor.Locator("#caseload-facts").TextContentAsync())!.ShouldNotBeNullOrWhiteSpace();
        await supervisor.ShouldBeAccessibleAsync();
    }
}
