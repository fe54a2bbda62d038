using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Pathway.Cases.Appointments;
using Pathway.Cases.Workflow;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

public sealed class MyAppointmentJourneyTests(Browser browser)
{
    private const string Office = "waw-marszalkowska";

    [Fact]
    public async Task Migrant_RanksSlotsInAWindow_SupervisorDrawsIt_AndTheMigrantSeesTheBooking()
    {
        using var server = LiveServer.Start();
        var caseNumber = await OnlineCases.CreateAsync(server.Factory, Office);
        await using var staffContext = await browser.NewContextAsync(server.Url);
        var supervisor = await staffContext.NewPageAsync();
        await supervisor.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.Supervisor));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var slots = await JsonAsync(await supervisor.APIRequest.GetAsync(
            $"api/v1/cases/appointments/slots?office={Office}&service=Fingerprints&from={Iso(today)}&to={Iso(today.AddDays(30))}"));
        var day = slots.EnumerateArray().Select(s => s.GetProperty("localStart").GetDateTimeOffset().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Max(StringComparer.Ordinal)!;
        var window = await JsonAsync(await supervisor.APIRequest.PostAsync("api/v1/cases/appointments/windows",
            new() { DataObject = new { office = Office, service = "Fingerprints", from = day, to = day, minutes = "60" } }));
        var windowId = window.GetProperty("id").GetString()!;

        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/pl/account/login");
        await page.SubmitSignInAsync(DemoAccounts.EmailOf(Roles.Migrant));
        await page.ArriveAtAsync("**/pl/");
        await page.GotoAsync($"/pl/my/cases/{caseNumber}/appointment");
        await page.Locator("#request-form").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        await page.SelectOptionAsync("#choice-1", new SelectOptionValue { Index = 3 });
        await page.SelectOptionAsync("#choice-2", new SelectOptionValue { Index = 1 });
        await page.Locator("#request-form input[type=checkbox]").First.CheckAsync();
        await page.Locator("#request-form button[type=submit]").ClickAsync();
        await page.Locator("#request-pending").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        var drawn = await JsonAsync(await supervisor.APIRequest.PostAsync($"api/v1/cases/appointments/windows/{windowId}/close"));
        drawn.GetProperty("allocated").GetInt32().ShouldBe(1);

        await page.GotoAsync($"/pl/my/cases/{caseNumber}/appointment");
        await page.Locator("#booking").WaitForAsync();
        (await page.Locator("a[download]").GetAttributeAsync("href"))!.ShouldEndWith("/appointment.ics");
        (await page.Locator("#booking time").GetAttributeAsync("datetime"))!.ShouldStartWith(day);
        await page.ShouldBeAccessibleAsync();

        // Right to left.
        await page.GotoAsync($"/ar/my/cases/{caseNumber}/appointment");
        await page.Locator("#booking").WaitForAsync();
        await page.ShouldBeAccessibleAsync();
    }

    private static async Task<JsonElement> JsonAsync(IAPIResponse response)
    {
        var text = await response.TextAsync();
        response.Ok.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

}
