using System.Net;
using System.Net.Http.Json;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.Series;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>The forecasting page's forms over HTTP: a stored series, an upload kept, an upload refused.</summary>
public sealed class ForecastPageTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    private static readonly HtmlParser Parser = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StoredSeries_Forecast_DrawsAnAccessibleChartWithTheFiguresBelow()
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        var series = (await analyst.Client.GetFromJsonAsync<List<SeriesSummary>>("/api/v1/analytics/series", Cancellation))!.Single(s => s.Key == "applications.temporary-work");
        var page = await analyst.GetPageAsync($"/analytics/forecasts?series={series.Id}&horizon=9&model=theta");
        var chart = page.QuerySelector("svg.chart")!;
        chart.GetAttribute("role").ShouldBe("img");
        var labelledBy = chart.GetAttribute("aria-labelledby")!.Split(' ');
        labelledBy.Select(id => page.GetElementById(id)?.TextContent).ShouldAllBe(text => !string.IsNullOrWhiteSpace(text));
        chart.QuerySelector("path.mean")!.GetAttribute("d").ShouldNotBeNullOrEmpty();
        chart.QuerySelectorAll("polygon.band80, polygon.band95").Length.ShouldBe(2);
        chart.QuerySelectorAll("[style]").ShouldBeEmpty("the CSP allows no inline style");
        page.QuerySelectorAll("#forecast-figures tbody tr").Length.ShouldBe(9);
        // The caption links to the table on this very page (the base address holds only the language).
        page.QuerySelector("figure figcaption a")!.GetAttribute("href").ShouldBe($"/analytics/forecasts?series={series.Id}&horizon=9&model=theta#forecast-figures");
        page.QuerySelector("#model-chosen")!.TextContent.ShouldBe("Theta");
        page.QuerySelectorAll("#accuracy tbody tr").Length.ShouldBe(1);
        page.QuerySelector($"a[href='api/v1/forecasts/{series.Id}.xlsx?horizon=9&model=theta']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Upload_KeepThisSeries_StoresItAndOpensItsForecast()
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        var key = $"residence.cards.{Guid.NewGuid():N}";
        var csv = new StringBuilder("series_id,period,value\n");
        for (var i = 0; i < 40; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{key},{new DateOnly(2023, 1, 1).AddMonths(i):yyyy-MM},{100 + i % 12 * 5}\n");
        }

        using var response = await PostUploadAsync(analyst, csv.ToString(), new() { ["Keep"] = "true", ["Title"] = "Residence cards issued", ["Horizon"] = "4", ["Model"] = "snaive" });
        response.RequestMessage!.RequestUri!.Query.ShouldContain("stored=true");
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync(Cancellation));
        page.QuerySelector(".notice").ShouldNotBeNull();
        page.QuerySelector("#result-heading")!.TextContent.ShouldContain("Residence cards issued");
        page.QuerySelectorAll("#forecast-figures tbody tr").Length.ShouldBe(4);

        await fixture.Factory.WithDbAsync(async db =>
        {
            var stored = await db.Set<StoredSeries>().Include(s => s.Observations).SingleAsync(s => s.Key == key);
            stored.Title.ShouldBe("Residence cards issued");
            stored.Source.ShouldBe(SeriesSource.Upload);
            stored.Observations.Count.ShouldBe(40);
            (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Create && e.EntityId == stored.Id.ToString() && e.ActorName == DemoAccounts.EmailOf(Roles.Analyst))).ShouldBeTrue();
        });
    }

    [Fact]
    public async Task Upload_KeepThisSeriesSentTwiceFromOnePage_StoresItOnceAndBothOpenIt()
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        var key = $"twice.{Guid.NewGuid():N}";
        var csv = new StringBuilder("series_id,period,value\n");
        for (var i = 0; i < 30; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{key},{new DateOnly(2023, 1, 1).AddMonths(i):yyyy-MM},{50 + i % 12}\n");
        }

        var page = await analyst.GetPageAsync("/analytics/forecasts");
        var changes = new Dictionary<string, string> { ["Keep"] = "true", ["Horizon"] = "3", ["Model"] = "snaive", ["Action"] = "forecast" };
        var files = new Dictionary<string, string> { ["Upload"] = csv.ToString() };
        using var first = await PageForms.PostAsync(analyst, page, "upload-form", "/analytics/forecasts", changes, files);
        using var again = await PageForms.PostAsync(analyst, page, "upload-form", "/analytics/forecasts", changes, files);

        first.RequestMessage!.RequestUri!.Query.ShouldContain("stored=true");
        again.RequestMessage!.RequestUri!.ShouldBe(first.RequestMessage.RequestUri);
        await fixture.Factory.WithDbAsync(async db => (await db.Set<StoredSeries>().CountAsync(s => s.Key == key)).ShouldBe(1));
    }

    [Fact]
    public async Task Upload_WithBadLines_ListsEachLineAndStoresNothing()
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        var before = 0;
        await fixture.Factory.WithDbAsync(async db => before = await db.Set<StoredSeries>().CountAsync());
        using var response = await PostUploadAsync(analyst, "series_id,period,value\nx,2024-01,1\nx,2024-02\nx,January,3\n", new() { ["Keep"] = "true" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync(Cancellation));
        var errors = page.QuerySelectorAll(".errors li").Select(li => li.TextContent).ToList();
        errors.Count.ShouldBe(2);
        errors[0].ShouldContain("3");
        errors[1].ShouldContain("4");
        errors[1].ShouldContain("January");
        page.QuerySelector("svg.chart").ShouldBeNull();
        await fixture.Factory.WithDbAsync(async db => (await db.Set<StoredSeries>().CountAsync()).ShouldBe(before));
    }

    [Fact]
    public async Task Upload_KeepWithKeyAndTitleTooLong_SaysBothInTheReadersLanguageAndStoresNothing()
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        var key = new string('k', StoredSeries.MaxKeyLength + 1);
        var csv = new StringBuilder("series_id,period,value\n");
        for (var i = 0; i < 30; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{key},{new DateOnly(2023, 1, 1).AddMonths(i):yyyy-MM},{50 + i % 12}\n");
        }

        using var response = await PageForms.PostAsync(analyst, "/pl/analytics/forecasts", "upload-form",
            new Dictionary<string, string> { ["Keep"] = "true", ["Title"] = new string('t', StoredSeries.MaxTitleLength + 1), ["Action"] = "forecast" },
            new Dictionary<string, string> { ["Upload"] = csv.ToString() });
        response.RequestMessage!.RequestUri!.Query.ShouldNotContain("stored=true");
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync(Cancellation));
        page.QuerySelectorAll(".errors li").Select(li => li.TextContent).ShouldBe(
        [
            ProblemDetails.Translation("The series_id {0} is longer than {1} characters: shorten it to keep the series.", "pl", key, StoredSeries.MaxKeyLength),
            ProblemDetails.Translation("{0}: {1}", "pl", ProblemDetails.Translation("Title of the kept series (optional)", "pl"),
                ProblemDetails.Translation("Use at most {0} characters.", "pl", StoredSeries.MaxTitleLength)),
        ]);
        await fixture.Factory.WithDbAsync(async db => (await db.Set<StoredSeries>().CountAsync(s => s.Key == key)).ShouldBe(0));
    }

    /// <summary>Posts the upload form as a browser does, with the file and the forecast button.</summary>
    private static Task<HttpResponseMessage> PostUploadAsync(WebSession session, string csv, Dictionary<string, string> fields) =>
        PageForms.PostAsync(session, "/analytics/forecasts", "upload-form",
            new Dictionary<string, string>(fields) { ["Action"] = "forecast" }, new Dictionary<string, string> { ["Upload"] = csv });
}
