using System.Globalization;
using Pathway.Cases.TimeLimits;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

public sealed class AppointmentsJourneyTests(Browser browser)
{
    [Fact]
    public async Task Officer_OpensTheDay_BooksASlotForACase_AndCancelsIt()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.CaseOfficer));
        var day = FirstWorkingDayAfterToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var caseNumber = "WSC-II-S.6151.77.2026";

        await page.GotoAsync("/en/staff");
        await page.Locator("nav.side a[href='cases/appointments']").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/appointments");
        await page.FillAsync("#day", day);
        await page.Locator("button:has-text('Show')").ClickAsync();
        await page.ArriveAtAsync($"**/en/cases/appointments?**day={day}**");
        (await page.Locator("table.appointments").CountAsync()).ShouldBe(3);
        await page.ShouldBeAccessibleAsync();
        // The demo office's migrants have booked some of the day's slots already.
        var bookedBefore = await page.Locator("tr.booked").CountAsync();
        var ours = page.Locator("tr.booked", new() { Has = page.Locator(".case-number", new() { HasTextString = caseNumber }) });
        (await ours.CountAsync()).ShouldBe(0);

        await page.FillAsync("#case-number", caseNumber);
        await page.Locator("#book-form button[type=submit]").ClickAsync();
        await page.Locator("td .case-number", new() { HasTextString = caseNumber }).WaitForAsync();
        (await page.Locator("tr.booked").CountAsync()).ShouldBe(bookedBefore + 1);
        (await ours.CountAsync()).ShouldBe(1);
        (await ours.Locator("a[download]").GetAttributeAsync("href"))!.ShouldEndWith(".ics");
        await page.ShouldBeAccessibleAsync();

        await ours.Locator("button:has-text('Cancel booking')").ClickAsync();
        await page.Locator("text=The booking is cancelled.").WaitForAsync();
        (await ours.CountAsync()).ShouldBe(0);
        (await page.Locator("tr.booked").CountAsync()).ShouldBe(bookedBefore);
        await page.ShouldBeAccessibleAsync();

        // Right to left.
        await page.GotoAsync($"/ar/cases/appointments?day={day}");
        await page.ShouldBeAccessibleAsync();
    }

    private static DateOnly FirstWorkingDayAfterToday()
    {
        var warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, warsaw)).AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || PolishHolidays.On(day) is not null)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
