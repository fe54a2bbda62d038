using Pathway.Testing;

namespace Pathway.E2E.Tests;

public sealed class ReadAloudJourneyTests(Browser browser)
{
    [Fact]
    public async Task AReader_StartsAndStopsReadingAloud_WithTheServersVoiceWhereTheBrowserHasNone()
    {
        if (!File.Exists("/usr/bin/espeak-ng"))
        {
            RequiredBinary.SkipOrFail("espeak-ng", "espeak-ng");
        }

        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/uk/portal/articles/residence-card");
        var button = page.Locator(".read-aloud-button");
        await button.WaitForAsync();
        (await button.TextContentAsync()).ShouldBe("Прочитати вголос");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // Headless Chromium has no voices: the button plays the server's audio of the page.
        var voices = await page.EvaluateAsync<int>("() => speechSynthesis.getVoices().length");
        var audio = voices == 0 ? page.WaitForResponseAsync(r => r.Url.Contains("/audio?lang=uk", StringComparison.Ordinal)) : null;
        await button.ClickAsync();
        (await button.GetAttributeAsync("aria-pressed")).ShouldBe("true");
        (await button.TextContentAsync()).ShouldBe("Зупинити читання");
        if (audio is not null)
        {
            (await audio).Status.ShouldBeOneOf(200, 206); // a media element asks for ranges
        }

        await button.ClickAsync();
        (await button.GetAttributeAsync("aria-pressed")).ShouldBe("false");

        // Right to left, in Arabic: the page falls back to English, and so does the voice.
        await page.GotoAsync("/ar/portal/articles/residence-card");
        (await page.Locator(".read-aloud").GetAttributeAsync("data-speech-lang")).ShouldBe("en-GB");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }
}
