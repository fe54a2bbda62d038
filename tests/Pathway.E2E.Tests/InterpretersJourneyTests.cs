using System.Globalization;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class InterpretersJourneyTests(Browser browser)
{
    [Fact]
    public async Task NgoWorker_AddsAnInterpreterToTheRegister_AsksForOneOnACase_AndBooksTheOneWhoFits()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.NgoWorker));

        await page.GotoAsync("/pl/staff");
        await page.Locator("nav.side a[href='support/interpreters']").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/interpreters");
        (await page.Locator("#interpreters tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(4, "the NGO's demo register");
        await page.ShouldBeAccessibleAsync();

        // One language only and hours that end before they begin: both named beside their fields, what was typed kept.
        await page.FillAsync("#interpreter-name", "Hodan Warsame");
        await page.CheckAsync("#interpreter-kind-Interpreter");
        await page.FillAsync("#interpreter-languages", "so");
        await page.CheckAsync("#interpreter-onsite");
        await page.FillAsync("#interpreter-hours-Monday", "17:00-09:00");
        await page.Locator("#interpreter-form button[type=submit]").ClickAsync();
        await page.Locator("#interpreter-languages-error").WaitForAsync();
        (await page.Locator("#interpreter-form .field-error").CountAsync()).ShouldBe(2);
        (await page.Locator("#interpreter-name").InputValueAsync()).ShouldBe("Hodan Warsame");
        await page.ShouldBeAccessibleAsync();

        await page.FillAsync("#interpreter-languages", "so pl en");
        foreach (var day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" })
        {
            await page.FillAsync($"#interpreter-hours-{day}", "08:00-12:00, 12:00-18:00");
        }

        await page.Locator("#interpreter-form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/interpreters/*");
        await page.Locator("#interpreter-saved").WaitForAsync();
        (await page.Locator("h1").TextContentAsync())!.ShouldBe("Hodan Warsame");
        await page.ShouldBeAccessibleAsync();

        // On a case: a request without its day is refused on the field, then one for next week's Tuesday.
        await page.GotoAsync("/pl/support/beneficiaries");
        await page.Locator("#cases tbody tr a").First.ClickAsync();
        await page.ArriveAtAsync("**/pl/support/beneficiaries/*");
        await page.SelectOptionAsync("#interpreting-person-language", "so");
        await page.FillAsync("#interpreting-start", "10:00");
        await page.Locator("#interpreter-request-form button[type=submit]").ClickAsync();
        await page.Locator("#interpreting-day-error").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")).DateTime);
        var tuesday = today.AddDays(((int)DayOfWeek.Tuesday - (int)today.DayOfWeek + 7) % 7 + 7);
        await page.FillAsync("#interpreting-day", tuesday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#interpreter-request-form button[type=submit]").ClickAsync();
        await page.Locator("#interpreter-requests tbody tr").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        // The request's page: she fits, with the reasons why; booked, she is no longer offered.
        await page.Locator("#interpreter-requests tbody tr a").First.ClickAsync();
        await page.ArriveAtAsync("**/pl/support/interpreters/requests/*");
        var candidate = page.Locator("#candidates > li", new() { HasText = "Hodan Warsame" });
        (await candidate.Locator("ul li").CountAsync()).ShouldBe(5);
        await page.ShouldBeAccessibleAsync();
        await candidate.Locator("button").ClickAsync();
        await page.Locator("#request-notice").WaitForAsync();
        (await page.Locator("#request-state").TextContentAsync())!.ShouldContain("Hodan Warsame");
        (await page.Locator("#candidates").CountAsync()).ShouldBe(0);
        await page.ShouldBeAccessibleAsync();

        // The requests page lists the booked session.
        await page.GotoAsync("/pl/support/interpreters/requests");
        (await page.Locator("#requests tbody tr", new() { HasText = "Hodan Warsame" }).CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();
    }
}
