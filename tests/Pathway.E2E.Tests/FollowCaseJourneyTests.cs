using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class FollowCaseJourneyTests(Browser browser)
{
    [Fact]
    public async Task DemoMigrant_OpensTheirCase_SendsAMessage_AndAnEmployerChecksTheConfirmation()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/uk/account/login");
        await page.SubmitSignInAsync(DemoAccounts.EmailOf(Roles.Migrant));
        await page.Locator("header nav a[href='my/cases']").ClickAsync();
        await page.ArriveAtAsync("**/uk/my/cases");
        (await page.Locator("#my-cases li").CountAsync()).ShouldBe(2);
        await page.ShouldBeAccessibleAsync();

        // The decided case carries the demo confirmation of legal stay.
        var (number, code) = await server.Factory.DemoConfirmationAsync();
        await page.Locator($"#my-cases a[href='my/cases/{Uri.EscapeDataString(number)}']").ClickAsync();
        await page.ArriveAtAsync("**/uk/my/cases/**");
        await page.Locator("#my-confirmation").WaitForAsync();
        await page.ShouldBeAccessibleAsync();
        await page.FillAsync("#message-text", "Коли я можу записатися на відбитки пальців?");
        await page.Locator("#send-message").ClickAsync();
        await page.Locator("#my-messages .text", new() { HasTextString = "Коли я можу записатися" }).WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        await using var employer = await browser.NewContextAsync(server.Url);
        var check = await employer.NewPageAsync();
        await check.GotoAsync($"/pl/verify/{code}");
        (await check.Locator("#verify-result strong.valid").TextContentAsync())!.Trim().ShouldBe("Ważne");
        (await check.Locator("body").TextContentAsync())!.ShouldNotContain("Shevchenko");
        await check.ShouldBeAccessibleAsync();
        await check.GotoAsync($"/ar/verify/{code}");
        await check.ShouldBeAccessibleAsync();
    }
}

internal static class DemoConfirmation
{
    /// <summary>The demo migrant's case with a confirmation of legal stay, and the code its QR code holds.</summary>
    public static async Task<(string Number, string Code)> DemoConfirmationAsync(this Pathway.Testing.PathwayFactory factory)
    {
        (string, string) found = default;
        await factory.WithDbAsync(async db =>
        {
            var confirmation = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                db.Set<Pathway.Cases.Confirmations.StayConfirmation>(), TestContext.Current.CancellationToken);
            var number = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                db.Set<Pathway.Cases.Workflow.ResidenceCase>().Where(c => c.Id == confirmation.CaseId).Select(c => c.Number), TestContext.Current.CancellationToken);
            found = (number, confirmation.Code);
        });
        return found;
    }
}
