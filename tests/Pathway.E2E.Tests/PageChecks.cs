using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Pathway.E2E.Tests;

internal static class PageChecks
{
    /// <summary>axe-core on the page as it stands: no serious or critical accessibility violation.</summary>
    public static async Task ShouldBeAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var violations = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}) on {page.Url}: {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        violations.ShouldBeEmpty();
    }

    /// <summary>axe-core on the page as it stands: no violation of any impact (the bar of the portal's public pages).</summary>
    public static async Task ShouldHaveNoAccessibilityViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        result.Violations
            .Select(v => $"{v.Id} ({v.Impact}) on {page.Url}: {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ShouldBeEmpty();
    }

    /// <summary>
    /// Waits until the page is at a URL matching the pattern and its document has loaded. The load is
    /// read from <c>document.readyState</c> rather than from the browser's load event: once on CI that
    /// event went unseen after a form's redirect (network idle was reported, load never), and the wait
    /// ran out though the page stood complete.
    /// </summary>
    public static async Task ArriveAtAsync(this IPage page, string urlPattern)
    {
        await page.WaitForURLAsync(urlPattern, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    public static Task SubmitAsync(this IPage page) => page.Locator("main button[type=submit]").First.ClickAsync();

    /// <summary>Fills the sign-in form on the page and sends it.</summary>
    public static async Task SubmitSignInAsync(this IPage page, string email, string password = Pathway.Platform.Demo.DemoAccounts.Password)
    {
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.SubmitAsync();
    }

    /// <summary>Types a new password and its confirmation into the form on the page and sends it.</summary>
    public static async Task SubmitNewPasswordAsync(this IPage page, string password, string confirmation)
    {
        await page.FillAsync("#password", password);
        await page.FillAsync("#confirm", confirmation);
        await page.SubmitAsync();
    }

    /// <summary>A staff member's first sign-in: password, then enrolling an authenticator with a code computed from the shown key.</summary>
    public static async Task SignInAsNewStaffAsync(this IPage page, string language, string email)
    {
        await page.GotoAsync($"/{language}/account/login");
        await page.SubmitSignInAsync(email);
        await page.ArriveAtAsync($"**/{language}/account/enrol-2fa**");
        var key = (await page.Locator("#shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal);
        await page.FillAsync("#code", Pathway.Testing.Totp.Code(key));
        await page.SubmitAsync();
        await page.Locator("ul.codes li").First.WaitForAsync();
    }
}
