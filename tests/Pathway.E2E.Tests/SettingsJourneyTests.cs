using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using SkiaSharp;

namespace Pathway.E2E.Tests;

public sealed class SettingsJourneyTests(Browser browser)
{
    private static byte[] Logo()
    {
        using var bitmap = new SKBitmap(400, 100);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = new SKColor(0x0b, 0x5d, 0x3b) };
            canvas.DrawRect(10, 10, 80, 80, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public async Task AnEditor_RebrandsThePortal_AndSwitchesEventsOff_AndAReaderSeesIt_InBothDirections()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.ContentEditor));
        await page.GotoAsync("/pl/portal/settings");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // A colour white text cannot be read on is refused, with the ratio named.
        await page.FillAsync("#display-name", "Mazowsze dla cudzoziemców");
        await page.FillAsync("#brand-colour", "#ffff00");
        await page.Locator("#save-settings").ClickAsync();
        await page.Locator("#brand-colour-error").WaitForAsync();
        (await page.Locator("#brand-colour-error").TextContentAsync() ?? "").ShouldContain("#ffff00");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // A readable colour; events switched off by keyboard; saved.
        await page.FillAsync("#brand-colour", "#0b5d3b");
        await page.Locator("#feature-portal-events").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        (await page.Locator("#feature-portal-events").IsCheckedAsync()).ShouldBeFalse();
        await page.Locator("#save-settings").ClickAsync();
        await page.ArriveAtAsync("**/pl/portal/settings?done=1");
        await page.Locator("#change-recorded").WaitForAsync();

        // A logo, judged and made anew.
        await page.Locator("#logo-file").SetInputFilesAsync(new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = Logo() });
        await page.Locator("#upload-logo").ClickAsync();
        await page.ArriveAtAsync("**/pl/portal/settings?done=1");
        await page.Locator("#current-logo").WaitForAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // A reader, right to left: the new name, colour and logo; no way to the events.
        await using var readerContext = await browser.NewContextAsync(server.Url);
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync("/ar/portal/articles");
        (await reader.Locator("header .brand").TextContentAsync() ?? "").Trim().ShouldBe("Mazowsze dla cudzoziemców");
        (await reader.Locator("header .brand img.logo").EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 320")).ShouldBeTrue();
        (await reader.Locator("header.site").EvaluateAsync<string>("h => getComputedStyle(h).backgroundColor")).ShouldBe("rgb(11, 93, 59)");
        (await reader.Locator("nav.portal-links a[href='portal/events']").CountAsync()).ShouldBe(0);
        (await reader.Locator("nav.portal-links a[href='portal/services']").CountAsync()).ShouldBe(1);
        await reader.ShouldHaveNoAccessibilityViolationsAsync();
        var events = await reader.GotoAsync("/ar/portal/events");
        events!.Status.ShouldBe(404);
    }
}
