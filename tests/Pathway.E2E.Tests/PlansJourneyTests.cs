using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.E2E.Tests;

public sealed class PlansJourneyTests(Browser browser)
{
    [Fact]
    public async Task TheWorkerDraftsAPlan_AnotherSupervisorApprovesIt_AndThePersonSeesItAtMy()
    {
        using var server = LiveServer.Start();
        var supervisorEmail = await NgoSupervisorAsync(server);

        // The NGO worker drafts an integration plan for a case, with a task for the person, and submits it.
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.NgoWorker));
        await page.GotoAsync("/pl/support/beneficiaries");
        await page.Locator("#cases tbody tr a").First.ClickAsync();
        await page.ArriveAtAsync("**/pl/support/beneficiaries/*");
        await page.Locator("#plan-link").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/beneficiaries/*/plan");
        await page.ShouldBeAccessibleAsync();

        await page.Locator("#plan-goal-form button[type=submit]").ClickAsync();
        await page.Locator("#plan-goal-form .field-error").WaitForAsync();
        await page.SelectOptionAsync("#goal-area", "Employment");
        await page.FillAsync("#goal-text", "Praca w zawodzie");
        await page.Locator("#plan-goal-form button[type=submit]").ClickAsync();
        await page.Locator("#draft-goals li").First.WaitForAsync();
        await page.FillAsync("#task-text", "Zarejestrować się w urzędzie pracy");
        await page.SelectOptionAsync("#task-who", "migrant");
        await page.FillAsync("#task-due", "2031-03-01");
        await page.Locator("#plan-task-form button[type=submit]").ClickAsync();
        await page.Locator("#draft-goals li ul li").First.WaitForAsync();
        await page.ShouldBeAccessibleAsync();
        await page.Locator("#plan-submit-form button[type=submit]").ClickAsync();
        await page.Locator("#waiting-approval").WaitForAsync();
        await page.Locator("#plan-code-form button[type=submit]").ClickAsync();
        var code = (await page.Locator("#plan-link-code").TextContentAsync())!.Trim();
        await page.ShouldBeAccessibleAsync();

        // A supervisor of the NGO, reading in Arabic, finds it waiting and approves it.
        await using var office = await browser.NewContextAsync(server.Url);
        var supervisor = await office.NewPageAsync();
        await supervisor.SignInAsNewStaffAsync("ar", supervisorEmail);
        await supervisor.GotoAsync("/ar/staff");
        // The demo's care plan for Ahmad Rahimi waits too.
        (await supervisor.Locator("#plans-waiting").TextContentAsync())!.ShouldContain("2");
        await supervisor.Locator("nav.side a[href='support/plans/approvals']").ClickAsync();
        await supervisor.ArriveAtAsync("**/ar/support/plans/approvals");
        await supervisor.ShouldBeAccessibleAsync();
        var approval = supervisor.Locator("section.approval", new() { HasText = "Praca w zawodzie" });
        await approval.Locator("button.approve").ClickAsync();
        await supervisor.Locator("#plan-decided").WaitForAsync();
        (await supervisor.Locator("section.approval", new() { HasText = "Praca w zawodzie" }).CountAsync()).ShouldBe(0);
        await supervisor.ShouldBeAccessibleAsync();

        // The person signs in to the portal in Ukrainian, enters the code and sees the plan in force with their task.
        await using var portal = await browser.NewContextAsync(server.Url);
        var person = await portal.NewPageAsync();
        await person.GotoAsync("/uk/account/login");
        await person.SubmitSignInAsync(DemoAccounts.EmailOf(Roles.Migrant));
        await person.ArriveAtAsync("**/uk/");
        await person.GotoAsync("/uk/my");
        await person.Locator("#plan-account-card a[href='my/plan']").ClickAsync();
        await person.ArriveAtAsync("**/uk/my/plan");
        await person.FillAsync("#plan-code", code);
        await person.Locator("#plan-link-form button[type=submit]").ClickAsync();
        await person.Locator("#plan-linked").WaitForAsync();
        var task = person.Locator("tr", new() { HasText = "Zarejestrować się w urzędzie pracy" });
        var undone = (await task.Locator("button").TextContentAsync())!.Trim();
        await task.Locator("button").ClickAsync();
        await task.Locator("button", new() { HasNotText = undone }).WaitForAsync();
        await person.ShouldHaveNoAccessibilityViolationsAsync();

        await person.GotoAsync("/ar/my/plan");
        (await person.Locator("html").GetAttributeAsync("dir")).ShouldBe("rtl");
        (await person.Locator("main").TextContentAsync())!.ShouldContain("Praca w zawodzie");
        await person.ShouldHaveNoAccessibilityViolationsAsync();
    }

    /// <summary>The demo NGO has no supervisor: one is made for the journey, as an administrator would.</summary>
    private static async Task<string> NgoSupervisorAsync(LiveServer server)
    {
        var email = $"koordynator.{Guid.NewGuid():N}@example.org";
        await using var scope = server.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var tenant = await db.Tenants.Select(t => t.Id).FirstAsync();
        var ngo = await db.Set<Organisation>().Where(o => o.Kind == OrganisationKind.PartnerNgo).Select(o => o.Id).FirstAsync();
        var outcome = await scope.ServiceProvider.GetRequiredService<AccountAdministration>()
            .CreateAsync(tenant, new NewAccount(email, "Ewa Kaczmarek", Roles.Supervisor, ngo, DemoAccounts.Password));
        outcome.Errors.ShouldBeEmpty();
        return email;
    }
}
