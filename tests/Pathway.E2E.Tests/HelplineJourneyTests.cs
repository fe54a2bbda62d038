using System.Text;
using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Support.Helpline;

namespace Pathway.E2E.Tests;

public sealed class HelplineJourneyTests(Browser browser)
{
    [Fact]
    public async Task Supervisor_ImportsTelephonyFiles_ReadsTheWeeksFigures_AndLogsACall()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        // Urdu: the figures, the heat map and the forms must hold up right to left too.
        await page.SignInAsNewStaffAsync("ur", DemoAccounts.EmailOf(Roles.Supervisor));

        await page.GotoAsync("/ur/staff");
        await page.Locator("nav.side a[href='support/helpline/files']").ClickAsync();
        await page.ArriveAtAsync("**/ur/support/helpline/files");
        await page.ShouldBeAccessibleAsync();

        // A week of calls with one broken line: refused whole, the line named; then skipped when asked.
        var week = DemoTelephony.Generate(new DateOnly(2025, 10, 6), 7, 30, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"), 7);
        var lines = week.Cdr.ToList();
        lines.Insert(3, "\"not\",\"a\",\"call\"");
        await page.SetInputFilesAsync("#cdr-file", File("Master.csv", lines));
        await page.SetInputFilesAsync("#queue-log", File("queue_log", week.QueueLog));
        await page.Locator("#import-form button[type=submit]").ClickAsync();
        (await page.Locator(".errors li").AllTextContentsAsync()).Count.ShouldBe(2, "the refusal and the one bad line");
        await page.ShouldBeAccessibleAsync();

        await page.SetInputFilesAsync("#cdr-file", File("Master.csv", lines));
        await page.SetInputFilesAsync("#queue-log", File("queue_log", week.QueueLog));
        await page.CheckAsync("input[name=SkipInvalid]");
        await page.Locator("#import-form button[type=submit]").ClickAsync();
        await page.Locator("#import-result").WaitForAsync();
        (await page.Locator("#skipped-lines li").CountAsync()).ShouldBe(1);
        (await page.Locator("#imports tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(2, "the demo's import and this one");
        await page.ShouldBeAccessibleAsync();

        await page.Locator("nav.side a[href='support/helpline']").ClickAsync();
        await page.ArriveAtAsync("**/ur/support/helpline");
        await page.FillAsync("#from", "2025-10-06");
        await page.FillAsync("#to", "2025-10-12");
        await page.Locator("#period-form button[type=submit]").ClickAsync();
        await page.Locator("svg.grid-chart[role=img]").WaitForAsync();
        (await page.Locator("svg.grid-chart g.cell").CountAsync()).ShouldBe(7 * 24);
        int.Parse((await page.Locator("#heat-table tbody tr").First.Locator("td").Nth(10).TextContentAsync())!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeGreaterThan(0, "Monday at ten is a busy hour");
        (await page.Locator("#no-queue-log").CountAsync()).ShouldBe(0, "the queue log was imported");
        await page.ShouldBeAccessibleAsync();

        await page.Locator("nav.side a[href='support/helpline/calls']").ClickAsync();
        await page.ArriveAtAsync("**/ur/support/helpline/calls");
        await page.ShouldBeAccessibleAsync();
        await page.Locator("#log-form button[type=submit]").ClickAsync();
        (await page.Locator(".errors li").CountAsync()).ShouldBe(4, "the way, the topic, the language and the length are missing");
        await page.CheckAsync("input[name='Input.Direction'][value=Incoming]");
        await page.SelectOptionAsync("#topic", "Housing");
        await page.SelectOptionAsync("#language", "uk");
        await page.FillAsync("#minutes", "12");
        await page.Locator("#log-form button[type=submit]").ClickAsync();
        await page.Locator("#logged-notice").WaitForAsync();
        (await page.Locator("#logged-calls tbody tr").CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();
    }

    private static FilePayload File(string name, IEnumerable<string> lines) =>
        new() { Name = name, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n") };
}
