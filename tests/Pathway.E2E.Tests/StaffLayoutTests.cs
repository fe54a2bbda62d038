using System.Globalization;
using Microsoft.Playwright;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

/// <summary>The staff workspace on a phone and on a desktop: nothing scrolls sideways, the sidebar spans the page.</summary>
public sealed class StaffLayoutTests(Browser browser)
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task StaffPages_OnAPhone_DoNotScrollSideways()
    {
        using var server = LiveServer.Start();
        var person = await DemoRecords.PersonOfAsync(server.Factory, OrganisationKind.OfficeUnit);
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(PhoneWidth, 844);
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.Supervisor));

        var wide = new List<string>();
        async Task CheckAsync(string what)
        {
            // A form's answer is a new document: measured before its style sheet applies, every table is as wide as its text.
            await page.WaitForLoadStateAsync(LoadState.Load);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > PhoneWidth)
            {
                var widest = await WidestAsync(page);
                wide.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: {width}px ({widest})"));
            }
        }

        foreach (var url in new[]
        {
            "/en/staff", $"/en/staff/persons?name={Uri.EscapeDataString(person.Surname)}", $"/en/staff/persons/{person.Id}",
            "/en/staff/duplicates", "/en/staff/lost-stolen", "/en/staff/audit", "/en/analytics/forecasts", "/en/analytics/hierarchy",
            "/en/analytics/workload", "/en/analytics/staffing",
        })
        {
            await page.GotoAsync(url);
            await CheckAsync(url);
        }

        await page.GotoAsync("/en/analytics/forecasts");
        var series = await page.Locator("#series option").First.GetAttributeAsync("value");
        await page.GotoAsync($"/en/analytics/forecasts?series={series}&horizon=24&compare=true");
        await page.Locator("svg.chart").First.WaitForAsync();
        await CheckAsync("a forecast");

        await page.GotoAsync("/en/analytics/hierarchy");
        await page.Locator("#hierarchy-form button[value=office]").ClickAsync();
        await page.Locator("#node-0").WaitForAsync();
        await CheckAsync("a reconciled hierarchy");

        await page.GotoAsync("/en/analytics/workload");
        await page.Locator("#plan-form button[type=submit]").ClickAsync();
        await page.Locator("#deadline-expected .verdict-value").WaitForAsync();
        await CheckAsync("a workload plan");

        await page.GotoAsync("/en/analytics/staffing");
        await page.Locator("#staffing-form button[type=submit]").ClickAsync();
        await page.Locator("svg.grid-chart").WaitForAsync();
        await CheckAsync("a staffing plan");

        wide.ShouldBeEmpty();
    }

    /// <summary>
    /// The element that reaches furthest past the page's right edge, by tag, id and classes, so that a
    /// failure says what to fix; what sits in a box that scrolls on its own does not count.
    /// </summary>
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          const scrolls = e => { for (let a = e.parentElement; a; a = a.parentElement) { if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
          let widest = null, right = 0;
          for (const e of document.querySelectorAll('body *')) {
            const r = e.getBoundingClientRect().right;
            if (r > right && !scrolls(e)) { right = r; widest = e; }
          }
          return widest ? `${widest.tagName.toLowerCase()}#${widest.id}.${[...widest.classList].join('.')} "${widest.textContent.trim().slice(0, 40)}" ends at ${Math.round(right)}px` : 'none';
        }
        """);

    [Fact]
    public async Task Sidebar_OnALongPage_IsAsTallAsTheContent()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 800);
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.Supervisor));

        await page.GotoAsync("/en/analytics/forecasts");
        var series = await page.Locator("#series option").First.GetAttributeAsync("value");
        await page.GotoAsync($"/en/analytics/forecasts?series={series}&horizon=24&compare=true");
        await page.Locator("svg.chart").First.WaitForAsync();

        var main = (await page.Locator("main").BoundingBoxAsync())!;
        var side = (await page.Locator("nav.side").BoundingBoxAsync())!;
        main.Height.ShouldBeGreaterThan(2 * 800, "the page is long");
        side.Height.ShouldBe(main.Height, 1);
        side.Y.ShouldBe(main.Y, 1);
    }
}
