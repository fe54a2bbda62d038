using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pathway.Analytics.Series;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

public sealed class ForecastJourneyTests(Browser browser)
{
    [Fact]
    public async Task Analyst_UsesTheOfficeStructure_SeesTheReconciledTables_AndDownloadsEveryNode()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.Analyst));

        await page.GotoAsync("/en/staff");
        await page.Locator("main a[href='analytics/hierarchy']").WaitForAsync();
        await page.Locator("nav.side a[href='analytics/hierarchy']").ClickAsync();
        await page.ArriveAtAsync("**/en/analytics/hierarchy");
        await page.ShouldBeAccessibleAsync();

        await page.FillAsync("#horizon", "6");
        await page.CheckAsync("#reconcile-mint");
        await page.Locator("#hierarchy-form button[value=office]").ClickAsync();
        await page.Locator("#node-0").WaitForAsync();
        (await page.Locator(".errors").CountAsync()).ShouldBe(0);
        (await page.Locator("#coherent").CountAsync()).ShouldBe(1);
        (await page.Locator("#method-used").TextContentAsync())!.ShouldContain("mint");
        (await page.Locator("svg.chart[role=img]").CountAsync()).ShouldBe(1);
        foreach (var table in new[] { "#node-0", "#node-1", "#node-2" })
        {
            (await page.Locator($"{table} tbody tr").CountAsync()).ShouldBe(6);
        }

        (await page.Locator("#node-0 caption").TextContentAsync())!.ShouldContain("office");
        // Each legend sample has the colour of its line, and is dashed when the line is.
        var samples = await page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('figure .legend .swatch')].map(sample => {
                const name = [...sample.classList].find(c => c.startsWith('node-'));
                const line = getComputedStyle(sample.closest('figure').querySelector('svg.chart path.' + name));
                const style = getComputedStyle(sample);
                return name === 'node-parent'
                    ? [name, line.stroke, style.backgroundColor, line.strokeDasharray === 'none' ? 'solid' : 'dashed', 'solid']
                    : [name, line.stroke, style.borderTopColor, line.strokeDasharray === 'none' ? 'solid' : 'dashed', style.borderTopStyle];
            })
            """);
        samples.Length.ShouldBe(3);
        samples.Select(s => s[3]).ShouldBe(["solid", "solid", "dashed"]);
        foreach (var sample in samples)
        {
            sample[2].ShouldBe(sample[1], $"the colour of the sample of {sample[0]}");
            sample[4].ShouldBe(sample[3], $"the dash of the sample of {sample[0]}");
        }

        await page.ShouldBeAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("main .result button[formaction]").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1 + 3 * 6);

        // The chart's caption leads to its table on this very page: the answer to the form stays.
        await page.Locator("figure figcaption a").ClickAsync();
        await page.ArriveAtAsync("**/en/analytics/hierarchy#node-0");
        (await page.Locator("#node-0 tbody tr").CountAsync()).ShouldBe(6);
    }

    [Fact]
    public async Task Analyst_UploadsASeries_SeesTheForecast_ComparesModels_AndDownloadsTheCsv()
    {
        using var server = LiveServer.Start();
        var storedBefore = await server.Factory.CountAsync<StoredSeries>();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.Analyst));

        await page.GotoAsync("/pl/staff");
        await page.Locator("nav.side a[href='analytics/forecasts']").ClickAsync();
        await page.ArriveAtAsync("**/pl/analytics/forecasts");
        await page.ShouldBeAccessibleAsync();

        // A file with a bad line is refused as a whole, with the line named.
        await page.SetInputFilesAsync("#file", Csv("series_id,period,value\ninflow.work,2024-01,10\ninflow.work,2024-02,ten\n"));
        await page.Locator("#keep").CheckAsync();
        await page.Locator("#upload-form button[name=Action]").ClickAsync();
        (await page.Locator(".errors li").TextContentAsync())!.ShouldContain("3");
        (await server.Factory.CountAsync<StoredSeries>()).ShouldBe(storedBefore);
        await page.ShouldBeAccessibleAsync();

        await page.SetInputFilesAsync("#file", Csv(TwoSeries()));
        await page.FillAsync("#horizon-upload", "6");
        await page.SelectOptionAsync("#model-upload", "ets");
        await page.Locator("#upload-form button[name=Action][value=forecast]").ClickAsync();
        await page.Locator("svg.chart[role=img]").WaitForAsync();
        (await page.Locator("#model-chosen").TextContentAsync())!.ShouldStartWith("ETS(");
        (await page.Locator("#pick option").CountAsync()).ShouldBe(2);
        (await page.Locator("#forecast-figures tbody tr").CountAsync()).ShouldBe(6);
        (await page.Locator("#accuracy tbody tr").CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();

        await page.Locator("button[name=Action][value=compare]").ClickAsync();
        await page.Locator("#compare-models").WaitForAsync();
        (await page.Locator("#compare-models tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(5);
        (await page.Locator("#compare-models tr.best").CountAsync()).ShouldBe(1);
        (await page.Locator("#model-chosen").TextContentAsync())!.ShouldStartWith("ETS(");
        await page.ShouldBeAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("button[name=Format][value=csv]").ClickAsync());
        download.SuggestedFilename.ShouldBe("inflow.work-forecast.csv");
        var lines = (await File.ReadAllLinesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken)).Where(l => l.Length > 0).ToList();
        lines[0].ShouldBe("series_id,period,mean,lo80,hi80,lo95,hi95");
        lines.Skip(1).Select(l => l.Split(',')[1]).ShouldBe(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]);

        (await server.Factory.CountAsync<StoredSeries>()).ShouldBe(storedBefore, "nothing is stored unless asked");
    }

    private static FilePayload Csv(string text) => new() { Name = "inflow.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    /// <summary>Seven years of two seasonal monthly series with growth.</summary>
    private static string TwoSeries()
    {
        var csv = new StringBuilder("series_id,period,value\n");
        var random = new Random(7);
        foreach (var (id, level) in new[] { ("inflow.work", 400.0), ("inflow.family", 150.0) })
        {
            for (var i = 0; i < 84; i++)
            {
                var month = new DateOnly(2019, 1, 1).AddMonths(i);
                var value = level * (1 + 0.01 * i) * (1 + 0.2 * Math.Sin(2 * Math.PI * month.Month / 12)) + random.Next(-15, 15);
                csv.Append(CultureInfo.InvariantCulture, $"{id},{month:yyyy-MM},{Math.Round(value)}\n");
            }
        }

        return csv.ToString();
    }
}
