using Microsoft.Playwright;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright. The browser is never downloaded: it must be at
/// /usr/bin/chromium, and the flags keep it from calling hosts this network refuses.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh context (cookies, storage) per test, as a new visitor; with <paramref name="javaScript"/> false, one whose browser runs no script.</summary>
    public async Task<IBrowserContext> NewContextAsync(string baseUrl, bool javaScript = true)
    {
        if (browser is null)
        {
            RequiredBinary.SkipOrFail("Chromium", "chromium");
        }

        return await browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "en-GB", JavaScriptEnabled = javaScript });
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
