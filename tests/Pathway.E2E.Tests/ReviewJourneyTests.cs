using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pathway.People.Duplicates;
using Pathway.People.Registry;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

public sealed class ReviewJourneyTests(Browser browser)
{
    [Fact]
    public async Task Supervisor_MergesASuspectedDuplicate_UndoesIt_AndImportsALostStolenList()
    {
        using var server = LiveServer.Start();
        var (a, b) = await QueueAPairAsync(server.Factory);
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.Supervisor));

        await page.GotoAsync("/pl/staff/duplicates");
        await page.Locator(".suspicion").First.WaitForAsync();
        await page.ShouldBeAccessibleAsync();
        // The button says which record is kept and which one goes into it.
        var keepA = (await page.Locator($"button[value='merge:{a.Suspicion}:{a.Person.Id}']").TextContentAsync())!;
        keepA.IndexOf(a.Person.Surname, StringComparison.Ordinal).ShouldBeLessThan(keepA.LastIndexOf(b.Surname, StringComparison.Ordinal));
        await page.Locator($"button[value='merge:{a.Suspicion}:{a.Person.Id}']").ClickAsync();
        await page.Locator(".notice").WaitForAsync();
        (await page.Locator($"a[href='staff/persons/{b.Id}']").CountAsync()).ShouldBeGreaterThan(0);
        await page.ShouldBeAccessibleAsync();
        await page.Locator("button[name=Undo]").First.ClickAsync();
        await page.Locator(".notice").WaitForAsync();
        (await page.Locator($"button[value='merge:{a.Suspicion}:{a.Person.Id}']").CountAsync()).ShouldBe(1);

        await page.GotoAsync("/pl/staff/lost-stolen");
        await page.ShouldBeAccessibleAsync();
        await page.SetInputFilesAsync("#list", new FilePayload
        {
            Name = "sltd.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"number,issuing_state\n{a.Person.Documents[0].Number},{a.Person.Documents[0].IssuingState}\nbad line,\n"),
        });
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.Locator(".errors").WaitForAsync();
        (await page.Locator(".errors").TextContentAsync())!.ShouldContain("3");
        await page.SetInputFilesAsync("#list", new FilePayload
        {
            Name = "sltd.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"number,issuing_state\n{a.Person.Documents[0].Number},{a.Person.Documents[0].IssuingState}\n"),
        });
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.Locator(".notice").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        // A scan now rather than at night: it runs in the background, the page follows it.
        await page.GotoAsync("/pl/staff/duplicates");
        await page.Locator("form button[name=Scan]").ClickAsync();
        await page.Locator(".notice").WaitForAsync();
        await page.ShouldBeAccessibleAsync();
        for (var i = 0; i < 60 && await page.Locator("form button[name=Scan]").CountAsync() == 0; i++)
        {
            await Task.Delay(1000, TestContext.Current.CancellationToken);
            await page.GotoAsync("/pl/staff/duplicates");
        }

        (await page.Locator("form button[name=Scan]").CountAsync()).ShouldBe(1, "the scan has finished");
        await page.ShouldBeAccessibleAsync();
    }

    private static async Task<((Person Person, Guid Suspicion) A, Person B)> QueueAPairAsync(PathwayFactory factory)
    {
        var persons = await DemoRecords.PersonsOfAsync(factory, OrganisationKind.OfficeUnit, 2);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var suspicion = DuplicateSuspicion.Raise(persons[0].TenantId, persons[0].OrganisationId, persons[0].Id, persons[1].Id, SuspicionKind.LikelySamePerson,
            SuspicionSource.Scan, 0.99, """{"weights":[{"field":"surname","level":"exact","weight":7.5},{"field":"date_of_birth","level":"different","weight":-3.0}]}""", DateTime.UtcNow);
        db.Add(suspicion);
        await db.SaveChangesAsync();
        var (first, second) = suspicion.PersonId == persons[0].Id ? (persons[0], persons[1]) : (persons[1], persons[0]);
        return ((first, suspicion.Id), second);
    }
}
