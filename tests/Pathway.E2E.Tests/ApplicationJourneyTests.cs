using System.Globalization;
using Microsoft.Playwright;
using Pathway.Documents;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

public sealed class ApplicationJourneyTests(Browser browser)
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Migrant_FillsAShortApplicationFromTheMrz_UploadsAPng_SignsWithACode_AndDownloadsTheReceipt()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/uk/account/login");
        await page.SubmitSignInAsync(DemoAccounts.EmailOf(Roles.Migrant));
        await page.ArriveAtAsync("**/uk/");

        await page.Locator("#applications-card a").ClickAsync();
        await page.ArriveAtAsync("**/uk/my/applications");
        await page.ShouldBeAccessibleAsync();
        await page.SelectOptionAsync("#type", "other-circumstances");
        await page.SubmitAsync();
        await page.ArriveAtAsync("**/uk/my/applications/*/personal");

        var mrz = Mrz.Generate(new MrzFields
        {
            DocumentCode = "P", IssuingState = "UKR", DocumentNumber = "FX123456", Nationality = "UKR", BirthDate = "900115", Sex = "M",
            ExpiryDate = "340101", Surname = "SHEVCHENKO", GivenNames = "OLEKSANDR",
        }, MrzFormat.TD3).Text;
        await page.FillAsync("#mrz", mrz);
        await page.Locator("form:has(#mrz) button[type=submit]").ClickAsync();
        await page.Locator(".notice").WaitForAsync();
        (await page.InputValueAsync("#surname")).ShouldBe("SHEVCHENKO");
        (await page.InputValueAsync("#passport")).ShouldBe("FX123456");
        await page.ShouldBeAccessibleAsync();
        await page.Locator("form:has(#surname) button[type=submit]").ClickAsync();

        await page.ArriveAtAsync("**/stay");
        await page.FillAsync("#purpose", "Волонтерство");
        await page.FillAsync("#street", "ul. Marszałkowska 1");
        await page.FillAsync("#postal-code", "00-001");
        await page.FillAsync("#city", "Warszawa");
        await page.SubmitAsync();

        await page.ArriveAtAsync("**/documents");
        foreach (var document in new[] { "health-insurance", "passport", "photo", "stamp-duty" })
        {
            await page.SetInputFilesAsync($"#file-{document}", new FilePayload { Name = $"{document}.png", MimeType = "image/png", Buffer = Png });
        }

        await page.Locator("form[enctype='multipart/form-data'] button[type=submit]").ClickAsync();
        await page.Locator("#files tbody tr").Nth(3).WaitForAsync();
        await page.ShouldBeAccessibleAsync();
        await page.Locator("main a.button[href$='/review']").ClickAsync();

        await page.ArriveAtAsync("**/review");
        (await page.Locator("#checklist li.missing").CountAsync()).ShouldBe(0);
        await page.ShouldBeAccessibleAsync();
        await SignAsync(page, "");
        // Without an authenticator the migrant sets one up first and comes back to sign.
        await page.ArriveAtAsync("**/account/enrol-2fa**");
        var key = (await page.Locator("#shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal);
        await page.FillAsync("#code", Totp.Code(key));
        await page.SubmitAsync();
        await page.Locator("ul.codes li").First.WaitForAsync();
        await page.Locator("main a.button").ClickAsync();
        await page.ArriveAtAsync("**/review");
        await SignAsync(page, Totp.Code(key));

        await page.Locator("#case-number").WaitForAsync();
        var number = (await page.Locator("#case-number").TextContentAsync())!;
        number.ShouldStartWith("WSC-II-S.6151.");
        await page.ShouldBeAccessibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#receipt").ClickAsync());
        var path = await download.PathAsync();
        (await File.ReadAllBytesAsync(path)).AsSpan(0, 5).SequenceEqual("%PDF-"u8).ShouldBeTrue();
    }

    private static async Task SignAsync(IPage page, string code)
    {
        await page.CheckAsync("#fee-transfer");
        await page.FillAsync("#fee-reference", "PL-2026-0001");
        await page.FillAsync("#fee-paid-on", DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#code", code);
        await page.Locator("form:has(#code) button[type=submit]").ClickAsync();
    }
}
