using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class TrainingsJourneyTests(Browser browser)
{
    [Fact]
    public async Task NgoWorker_RecordsATraining_AddsWhoTookPart_AndSeesTheYearsFigures()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        // Arabic: the register, its chart and its forms right to left.
        await page.SignInAsNewStaffAsync("ar", DemoAccounts.EmailOf(Roles.NgoWorker));

        await page.GotoAsync("/ar/staff");
        await page.Locator("nav.side a[href='support/trainings']").ClickAsync();
        await page.ArriveAtAsync("**/ar/support/trainings");
        await page.Locator("svg.chart rect.bar-trained").First.WaitForAsync();
        (await page.Locator("#trainings tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(3, "the demo NGO's trainings of this year");
        await page.ShouldBeAccessibleAsync();

        await page.FillAsync("#title", "Interviewing survivors of violence");
        await page.SelectOptionAsync("#area", "GenderBasedViolence");
        await page.FillAsync("#starts-on", "2021-06-14");
        await page.FillAsync("#trainer", "Ewa Nowak");
        await page.Locator("#training-form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/ar/support/trainings/*");
        (await page.Locator("h1").TextContentAsync())!.ShouldBe("Interviewing survivors of violence");
        await page.ShouldBeAccessibleAsync();

        await page.FillAsync("#institution", "Ośrodek Pomocy Społecznej");
        await page.SelectOptionAsync("#kind", "SocialServices");
        await page.FillAsync("#count", "16");
        await page.Locator("#attendance-form button[type=submit]").ClickAsync();
        await page.Locator("#attendance tbody tr").WaitForAsync();
        (await page.Locator("#participants").TextContentAsync())!.ShouldNotBeNullOrWhiteSpace();
        await page.ShouldBeAccessibleAsync();

        await page.GotoAsync("/ar/support/trainings?from=2021-01-01&to=2021-12-31");
        await page.Locator("svg.chart rect.bar-trained").WaitForAsync();
        (await page.Locator("#trainings tbody tr").CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();
    }
}
