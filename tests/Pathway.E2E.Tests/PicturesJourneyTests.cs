using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using SkiaSharp;

namespace Pathway.E2E.Tests;

public sealed class PicturesJourneyTests(Browser browser)
{
    [Fact]
    public async Task AReader_SelectsANumberOnTheResidenceCard_AndReadsWhatThatPartIs()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        var picture = page.WaitForResponseAsync(r => r.Url.EndsWith(".webp", StringComparison.Ordinal));
        await page.GotoAsync("/uk/portal/articles/residence-card");
        (await picture).Status.ShouldBe(200);

        // A click on marker 3 leads to the third explanation, marked as the page's target.
        await page.Locator("svg.document-picture a.spot").Nth(2).ClickAsync();
        await page.ArriveAtAsync("**#spot-3");
        (await page.Locator("li:target").TextContentAsync()).ShouldBe("Вид дозволу, наприклад «дозвіл на тимчасове проживання».");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // By keyboard: the markers are links in order, and Enter follows one.
        await page.Locator("svg.document-picture a.spot").Nth(0).FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**#spot-2");

        // Right to left, in the English fallback: the picture and its markers stay as drawn, and pass axe.
        await page.GotoAsync("/ar/portal/articles/residence-card");
        (await page.Locator("svg.document-picture a.spot title").First.TextContentAsync()).ShouldBe("1: The holder's photo.");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task AnEditor_UploadsAPicture_AndPlacesASpotWithAClick()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.ContentEditor));
        await page.GotoAsync("/en/portal/content");
        await page.SelectOptionAsync("#new-kind", "Document");
        await page.FillAsync("#new-slug", "work-permit-letter");
        await page.SelectOptionAsync("#new-language", "en");
        await page.FillAsync("#new-title", "Work permit letter");
        await page.FillAsync("#new-body", "The letter that grants a work permit.\n\n1. The case number.\n");
        await page.Locator("#new-heading ~ form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/en/portal/content/*");

        await page.Locator("#picture-file").SetInputFilesAsync(new FilePayload { Name = "letter.png", MimeType = "image/png", Buffer = Letter() });
        await page.Locator("#upload-picture").ClickAsync();
        await page.Locator("#change-recorded").WaitForAsync();
        (await page.Locator("#picture-place").GetAttributeAsync("width")).ShouldBe("600");
        await page.ShouldBeAccessibleAsync();

        // A click a third across and a quarter down the picture puts spot 1 there.
        await page.Locator("#picture-place").ClickAsync(new() { Position = new() { X = 200, Y = 100 } });
        await page.Locator("#change-recorded").WaitForAsync();
        (await page.Locator("#spot-0-x").InputValueAsync()).ShouldBe("33.33");
        (await page.Locator("#spot-0-y").InputValueAsync()).ShouldBe("25");
        (await page.Locator(".picture-spots .spot").CountAsync()).ShouldBe(1);
        (await page.Locator("#spot-mismatches").CountAsync()).ShouldBe(0, "the text explains the one spot");
    }

    /// <summary>A 600 by 400 picture of a letter: white, with a dark band for its heading.</summary>
    private static byte[] Letter()
    {
        using var bitmap = new SKBitmap(600, 400);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var ink = new SKPaint { Color = SKColors.DarkSlateGray };
            canvas.DrawRect(40, 40, 520, 30, ink);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
