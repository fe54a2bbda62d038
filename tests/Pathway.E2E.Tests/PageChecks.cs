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
    /// Waits until the page is at a URL matching the pattern (Playwright's glob: <c>**</c> any
    /// characters, <c>*</c> any but a slash) and its document has loaded. Neither is read from the
    /// browser's lifecycle events: once on CI the load event went unseen after a form's redirect, and
    /// Playwright's own URL wait, finding the URL already there, waits for that event. The URL is
    /// read from the page as Playwright tracks it, the load from <c>document.readyState</c>.
    /// </summary>
    public static async Task ArriveAtAsync(this IPage page, string urlPattern)
    {
        var url = UrlGlob(urlPattern);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!url.IsMatch(page.Url))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The page stayed at {page.Url}, not {urlPattern}.");
            }

            await Task.Delay(50);
        }

        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    /// <summary>A Playwright URL glob as a regular expression over the whole URL.</summary>
    public static System.Text.RegularExpressions.Regex UrlGlob(string glob)
    {
        var pattern = new System.Text.StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            switch (glob[i])
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    pattern.Append(".*");
                    i++;
                    break;
                case '*':
                    pattern.Append("[^/]*");
                    break;
                case '{':
                    pattern.Append("(?:");
                    break;
                case '}':
                    pattern.Append(')');
                    break;
                case ',' when glob.LastIndexOf('{', i) > glob.LastIndexOf('}', i):
                    pattern.Append('|');
                    break;
                default:
                    pattern.Append(System.Text.RegularExpressions.Regex.Escape(glob[i].ToString()));
                    break;
            }
        }

        return new System.Text.RegularExpressions.Regex(pattern.Append('$').ToString(), System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
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
