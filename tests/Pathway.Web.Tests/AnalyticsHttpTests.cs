using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Resources;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Planning;
using Pathway.Analytics.Series;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>The series store and the forecasting API over HTTP; run once on SQLite and once on PostgreSQL.</summary>
public abstract class AnalyticsHttpTests
{
    private static readonly string[] ApplicationTypes = ["temporary-work", "temporary-family", "temporary-study", "permanent", "eu-long-term"];

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListSeries_DemoOffice_HoldsApplicationsByTypeWhoseTotalsAddUp()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var list = await analyst.Client.GetFromJsonAsync<List<SeriesSummary>>("/api/v1/analytics/series", Cancellation);
        var demo = list!.Where(s => s.Source == "demo").ToDictionary(s => s.Key);
        demo.Keys.ShouldBe(
            [.. ApplicationTypes.Select(t => $"applications.{t}"), "applications.unit.residence-legalisation", "applications.unit.client-service", "applications.total", "helpline.calls.daily"],
            ignoreOrder: true);

        var total = await PointsAsync(analyst, demo["applications.total"].Id);
        total.First().Period.ShouldBe("2016-01");
        total.Last().Period.ShouldBe("2026-10");
        total.Count.ShouldBe(130);
        var types = await Task.WhenAll(ApplicationTypes.Select(t => PointsAsync(analyst, demo[$"applications.{t}"].Id)));
        var units = await Task.WhenAll(new[] { "residence-legalisation", "client-service" }.Select(u => PointsAsync(analyst, demo[$"applications.unit.{u}"].Id)));
        for (var i = 0; i < total.Count; i++)
        {
            total[i].Value.ShouldNotBeNull();
            types.Sum(t => t[i].Value!.Value).ShouldBe(total[i].Value!.Value, $"types in {total[i].Period}");
            units.Sum(u => u[i].Value!.Value).ShouldBe(total[i].Value!.Value, $"units in {total[i].Period}");
        }

        // The 2022 step: a year after March 2022 sees clearly more applications than the year before.
        Sum(total, "2022-03", "2023-02").ShouldBeGreaterThan(1.2 * Sum(total, "2021-03", "2022-02"));

        var calls = demo["helpline.calls.daily"];
        calls.Frequency.ShouldBe("daily");
        calls.Periods.ShouldBeInRange(700, 740);
        DateOnly.Parse(calls.LastPeriod!, CultureInfo.InvariantCulture).ShouldBeGreaterThan(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3));
    }

    [Fact]
    public async Task Forecast_StoredSeries_ReturnsOrderedIntervalsForEachPeriod()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var id = await DemoSeriesIdAsync(analyst, "applications.total");
        using var response = await analyst.Client.PostAsJsonAsync("/api/v1/forecasts", new { seriesId = id, horizon = 6, model = "ets" }, Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var forecast = (await response.Content.ReadFromJsonAsync<ForecastView>(Cancellation))!;
        forecast.SeriesId.ShouldBe(id);
        forecast.ModelChoice.ShouldBe("ets");
        forecast.Model.ShouldStartWith("ETS(");
        forecast.Periods.ShouldBe(["2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04"]);
        for (var h = 0; h < 6; h++)
        {
            forecast.Lo95[h].ShouldBeLessThanOrEqualTo(forecast.Lo80[h]);
            forecast.Lo80[h].ShouldBeLessThanOrEqualTo(forecast.Mean[h]);
            forecast.Mean[h].ShouldBeLessThanOrEqualTo(forecast.Hi80[h]);
            forecast.Hi80[h].ShouldBeLessThanOrEqualTo(forecast.Hi95[h]);
        }
    }

    [Fact]
    public async Task Forecast_InlinePointsWithAGap_InterpolatesAndSaysSoInTheCallersLanguage()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Supervisor);
        var points = Monthly(new DateOnly(2022, 1, 1), 36).Select((p, i) => new { period = p.Period, value = i == 20 ? (double?)null : p.Value }).ToList();
        using var request = ProblemDetails.Json("/api/v1/forecasts", new { frequency = "monthly", points, horizon = 3, model = "theta" }, "pl");
        using var response = await analyst.Client.SendAsync(request, Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var forecast = (await response.Content.ReadFromJsonAsync<ForecastView>(Cancellation))!;
        forecast.SeriesId.ShouldBeNull();
        forecast.Model.ShouldBe("Theta");
        forecast.Periods.ShouldBe(["2025-01", "2025-02", "2025-03"]);
        var note = forecast.Notes.Single(n => n.Kind == "MissingInterpolated");
        note.Count.ShouldBe(1);
        note.Message.ShouldBe(string.Format(CultureInfo.InvariantCulture, Translation("Missing values inside the history, interpolated: {0}.", "pl"), 1));
    }

    [Fact]
    public async Task Forecast_BadInput_Returns400NamingEachFieldInTheCallersLanguage()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var points = new object[] { new { period = "2024-01", value = 1.0 }, new { period = "2024-02", value = 2.0 }, new { period = "02/2024", value = 3.0 } };
        using var request = ProblemDetails.Json("/api/v1/forecasts", new { frequency = "monthly", points, horizon = 0, model = "prophet" }, "de");
        using var response = await analyst.Client.SendAsync(request, Cancellation);
        var errors = await ProblemDetails.ErrorsAsync(response);
        errors.Keys.ShouldBe(["horizon", "model", "points[2].period"], ignoreOrder: true);
        errors["horizon"][0].ShouldBe(string.Format(CultureInfo.InvariantCulture, Translation("Enter a number from {0} to {1}.", "de"), 1, 60));

        using var wrongType = await analyst.Client.PostAsync("/api/v1/forecasts", new StringContent("""{"seriesId":"not-a-guid","horizon":12}""", Encoding.UTF8, "application/json"), Cancellation);
        (await ProblemDetails.ErrorsAsync(wrongType)).Keys.ShouldBe(["seriesId"]);
        using var truncated = await analyst.Client.PostAsync("/api/v1/forecasts", new StringContent("""{"horizon":""", Encoding.UTF8, "application/json"), Cancellation);
        truncated.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var neither = await analyst.Client.PostAsJsonAsync("/api/v1/forecasts", new { horizon = 12 }, Cancellation);
        (await ProblemDetails.ErrorsAsync(neither)).Keys.ShouldBe(["seriesId"]);
        using var unknown = await analyst.Client.PostAsJsonAsync("/api/v1/forecasts", new { seriesId = Guid.NewGuid() }, Cancellation);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task ForecastHierarchy_DemoUnits_AddUpToTheTotalInEveryPeriod()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var units = new[] { "applications.unit.residence-legalisation", "applications.unit.client-service" };
        var ids = await Task.WhenAll(units.Select(u => DemoSeriesIdAsync(analyst, u)));
        var links = units.Select(u => new { child = u, parent = "office" }).ToArray();
        using var response = await analyst.Client.PostAsJsonAsync("/api/v1/forecasts/hierarchy", new { links, seriesIds = ids, horizon = 6, reconcile = "mint" }, Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = (await response.Content.ReadFromJsonAsync<HierarchyForecastView>(Cancellation))!;
        view.Reconcile.ShouldBe("mint");
        view.Nodes.Select(n => n.Series).ShouldBe(["office", .. units.Order(StringComparer.Ordinal)]);
        var office = view.Nodes[0];
        office.SeriesId.ShouldBeNull();
        office.Model.ShouldContain("reconciled (mint)");
        for (var h = 0; h < 6; h++)
            office.Mean[h].ShouldBe(view.Nodes[1].Mean[h] + view.Nodes[2].Mean[h], 1e-6);
        view.Nodes[1].SeriesId.ShouldNotBeNull();
    }

    [Fact]
    public async Task ForecastHierarchy_BadLinksAndSeries_Return400OnTheirFieldsInTheCallersLanguage()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var id = await DemoSeriesIdAsync(analyst, "applications.permanent");
        using var cycle = ProblemDetails.Json("/api/v1/forecasts/hierarchy",
            new { links = new[] { new { child = "a", parent = "b" }, new { child = "b", parent = "a" } }, seriesIds = new[] { id } }, "pl");
        var cycleErrors = await ProblemDetails.ErrorsAsync(await analyst.Client.SendAsync(cycle, Cancellation));
        cycleErrors["links"][0].ShouldBe(string.Format(CultureInfo.InvariantCulture, Translation("The links form a cycle through '{0}'.", "pl"), "a"));

        using var missing = ProblemDetails.Json("/api/v1/forecasts/hierarchy",
            new { links = new[] { new { child = "applications.permanent", parent = "all" }, new { child = "elsewhere", parent = "all" } }, seriesIds = new[] { id }, reconcile = "magic" }, "de");
        var missingErrors = await ProblemDetails.ErrorsAsync(await analyst.Client.SendAsync(missing, Cancellation));
        missingErrors.Keys.ShouldBe(["reconcile"]);
        using var noSeries = ProblemDetails.Json("/api/v1/forecasts/hierarchy",
            new { links = new[] { new { child = "applications.permanent", parent = "all" }, new { child = "elsewhere", parent = "all" } }, seriesIds = new[] { id } }, "de");
        var noSeriesErrors = await ProblemDetails.ErrorsAsync(await analyst.Client.SendAsync(noSeries, Cancellation));
        noSeriesErrors["seriesIds"][0].ShouldBe(string.Format(CultureInfo.InvariantCulture, Translation("No series was sent for these bottom nodes: {0}.", "de"), "elsewhere"));

        using var empty = await analyst.Client.PostAsJsonAsync("/api/v1/forecasts/hierarchy", new { seriesIds = new[] { Guid.NewGuid() } }, Cancellation);
        (await ProblemDetails.ErrorsAsync(empty)).Keys.ShouldBe(["links", "seriesIds[0]"], ignoreOrder: true);
    }

    [Fact]
    public async Task Backtest_StoredSeries_ScoresEachModelOverTwelveOriginsAndNamesTheBest()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var id = await DemoSeriesIdAsync(analyst, "applications.temporary-study");
        string[] models = ["auto", "ets", "theta", "arima", "snaive", "combo"];
        using var response = await analyst.Client.PostAsJsonAsync("/api/v1/forecasts/backtest", new { seriesId = id, horizon = 18, models }, Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = (await response.Content.ReadFromJsonAsync<BacktestView>(Cancellation))!;
        report.Horizon.ShouldBe(12);
        report.Origins.ShouldBe(12);
        report.Models.Select(m => m.Model).ShouldBe(models);
        foreach (var model in report.Models)
        {
            model.Status.ShouldBe("measured");
            model.Origins.ShouldBe(12);
            model.Points.ShouldBe(12 * 12);
            model.Mase!.Value.ShouldBeGreaterThan(0);
            model.Smape!.Value.ShouldBeInRange(0, 200);
            model.Coverage80!.Value.ShouldBeInRange(0, 1);
            model.Coverage95!.Value.ShouldBeGreaterThanOrEqualTo(model.Coverage80.Value);
        }

        report.Best.ShouldBe(report.Models.MinBy(m => m.Mase)!.Model);
    }

    [Fact]
    public async Task StoreSeries_Csv_KeepsTheNamedSeriesAuditedAndRefusesItsKeyTwice()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var key = $"visas.{Guid.NewGuid():N}";
        var csv = new StringBuilder("series_id,period,value\n");
        foreach (var (period, value) in Monthly(new DateOnly(2023, 1, 1), 30))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{key},{period},{value}\nother,{period},1\n");
        }

        using (var several = await analyst.Client.PostAsync("/api/v1/analytics/series", Csv(csv.ToString()), Cancellation))
        {
            (await ProblemDetails.ErrorsAsync(several)).Keys.ShouldBe(["key"]);
        }

        using var stored = await analyst.Client.PostAsync($"/api/v1/analytics/series?key={key}&title=Visa%20applications&unit=applications", Csv(csv.ToString()), Cancellation);
        stored.StatusCode.ShouldBe(HttpStatusCode.Created);
        var summary = (await stored.Content.ReadFromJsonAsync<SeriesSummary>(Cancellation))!;
        summary.Title.ShouldBe("Visa applications");
        summary.Unit.ShouldBe("applications");
        summary.Source.ShouldBe("upload");
        (summary.FirstPeriod, summary.LastPeriod, summary.Periods).ShouldBe(("2023-01", "2025-06", 30));
        stored.Headers.Location!.ToString().ShouldBe($"/api/v1/analytics/series/{summary.Id}");
        var points = await PointsAsync(analyst, summary.Id);
        points.Select(p => p.Value).ShouldBe(Monthly(new DateOnly(2023, 1, 1), 30).Select(p => (double?)p.Value));

        using var again = await analyst.Client.PostAsync($"/api/v1/analytics/series?key={key}", Csv(csv.ToString()), Cancellation);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        again.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        await factory.WithDbAsync(async db =>
        {
            var created = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Create && e.EntityType == nameof(StoredSeries) && e.EntityId == summary.Id.ToString());
            created.ActorName.ShouldBe(DemoAccounts.EmailOf(Roles.Analyst));
            (await db.Set<StoredSeries>().CountAsync(s => s.Key == key)).ShouldBe(1);
        });
    }

    [Fact]
    public async Task StoreSeries_CsvWithErrors_Returns400ByLineAndStoresNothing()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var before = await factory.CountAsync<StoredSeries>();
        const string csv = "series_id,period,value\nbroken,2024-01,10\nbroken,2024-13,11\nbroken,2024-03\nbroken,2024-04,many\n";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/analytics/series") { Content = Csv(csv) };
        request.Headers.AcceptLanguage.ParseAdd("uk");
        using var response = await analyst.Client.SendAsync(request, Cancellation);
        var errors = await ProblemDetails.ErrorsAsync(response);
        errors.Keys.ShouldBe(["line 3", "line 4", "line 5"]);
        errors["line 3"][0].ShouldBe(string.Format(CultureInfo.InvariantCulture, Translation("'{0}' is not a period: write YYYY-MM for months or YYYY-MM-DD for days.", "uk"), "2024-13"));
        (await factory.CountAsync<StoredSeries>()).ShouldBe(before);

        using var notUtf8 = await analyst.Client.PostAsync("/api/v1/analytics/series", new ByteArrayContent([0x73, 0x65, 0xff, 0x0a]) { Headers = { ContentType = new("text/csv") } }, Cancellation);
        (await ProblemDetails.ErrorsAsync(notUtf8)).Keys.ShouldBe(["line 1"]);
        (await factory.CountAsync<StoredSeries>()).ShouldBe(before);
    }

    [Fact]
    public async Task StoreSeries_Json_KeepsTheSeriesWithItsGaps()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Supervisor);
        var key = $"calls.weekly.{Guid.NewGuid():N}";
        var start = new DateOnly(2025, 1, 6);
        var points = Enumerable.Range(0, 20).Where(i => i != 7).Select(i => new { period = start.AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value = 100.0 + i }).ToList();
        using var response = await analyst.Client.PostAsJsonAsync("/api/v1/analytics/series", new { key, title = "Calls per week", unit = "calls", frequency = "weekly", points }, Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var summary = (await response.Content.ReadFromJsonAsync<SeriesSummary>(Cancellation))!;
        summary.Frequency.ShouldBe("weekly");
        var stored = await PointsAsync(analyst, summary.Id);
        stored.Count.ShouldBe(20);
        stored[7].Value.ShouldBeNull();
        stored[8].Value.ShouldBe(108);

        using var invalid = await analyst.Client.PostAsJsonAsync("/api/v1/analytics/series", new { key = new string('k', 101), title = new string('t', 201), frequency = "hourly", points = Array.Empty<object>() }, Cancellation);
        (await ProblemDetails.ErrorsAsync(invalid)).Keys.ShouldBe(["key", "title", "frequency", "points"], ignoreOrder: true);
    }

    [Fact]
    public async Task StoreSeries_JsonWithoutKeyOrValues_IsRefusedOnTheFieldInTheCallersLanguage()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var before = await factory.CountAsync<StoredSeries>();
        var points = Monthly(new DateOnly(2024, 1, 1), 3).Select(p => new { period = p.Period, value = p.Value }).ToList();
        using var withoutKey = await analyst.Client.SendAsync(ProblemDetails.Json("/api/v1/analytics/series", new { key = " ", frequency = "monthly", points }, "pl"), Cancellation);
        var keyErrors = await ProblemDetails.ErrorsAsync(withoutKey);
        keyErrors.Keys.ShouldBe(["key"]);
        keyErrors["key"].ShouldBe([Translation("This field is required.", "pl")]);

        var empty = points.Select(p => new { p.period, value = (double?)null }).ToList();
        using var withoutValues = await analyst.Client.SendAsync(
            ProblemDetails.Json("/api/v1/analytics/series", new { key = $"empty.{Guid.NewGuid():N}", unit = new string('u', 51), frequency = "monthly", points = empty }, "pl"), Cancellation);
        var errors = await ProblemDetails.ErrorsAsync(withoutValues);
        errors.Keys.ShouldBe(["unit", "points"], ignoreOrder: true);
        errors["points"].ShouldBe([Translation("The series has no observations: there is nothing to store.", "pl")]);
        errors["unit"].ShouldBe([ProblemDetails.Translation("Use at most {0} characters.", "pl", StoredSeries.MaxUnitLength)]);
        (await factory.CountAsync<StoredSeries>()).ShouldBe(before);
    }

    [Fact]
    public async Task ExportCsv_StoredSeries_IsTheEngineFormat()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var id = await DemoSeriesIdAsync(analyst, "applications.permanent");
        using var response = await analyst.Client.GetAsync($"/api/v1/forecasts/{id}.csv?horizon=3&model=snaive", Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("applications.permanent-forecast.csv");
        var lines = (await response.Content.ReadAsStringAsync(Cancellation)).TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines[0].ShouldBe("series_id,period,mean,lo80,hi80,lo95,hi95");
        lines.Skip(1).Select(l => l.Split(',')[1]).ShouldBe(["2026-11", "2026-12", "2027-01"]);
        lines.Skip(1).ShouldAllBe(l => l.StartsWith("applications.permanent,", StringComparison.Ordinal) && l.Split(',').Length == 7);

        using var badHorizon = await analyst.Client.GetAsync($"/api/v1/forecasts/{id}.csv?horizon=61", Cancellation);
        (await ProblemDetails.ErrorsAsync(badHorizon)).Keys.ShouldBe(["horizon"]);
        using var missing = await analyst.Client.GetAsync($"/api/v1/forecasts/{Guid.NewGuid()}.xlsx", Cancellation);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ExportXlsx_StoredSeries_OpensAsAWorkbookWithDatesAndNumbers()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var id = await DemoSeriesIdAsync(analyst, "applications.eu-long-term");
        using var response = await analyst.Client.GetAsync($"/api/v1/forecasts/{id}.xlsx?horizon=4&model=theta", Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancellation));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).ShouldBe(["Forecast", "History"]);
        var rows = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToList();
        rows.Count.ShouldBe(5);
        rows[0].Elements<Cell>().Select(c => c.InnerText).ShouldBe(["series_id", "period", "mean", "lo80", "hi80", "lo95", "hi95"]);

        var formats = workbook.WorkbookStylesPart!.Stylesheet;
        var first = rows[1].Elements<Cell>().ToList();
        first[0].InnerText.ShouldBe("applications.eu-long-term");
        var period = first[1];
        period.DataType.ShouldBeNull("a date is a number with a date format");
        DateTime.FromOADate(double.Parse(period.CellValue!.Text, CultureInfo.InvariantCulture)).ShouldBe(new DateTime(2026, 11, 1));
        var format = formats.CellFormats!.Elements<CellFormat>().ElementAt((int)period.StyleIndex!.Value);
        formats.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value.ShouldBe("yyyy-mm");
        first.Skip(2).ShouldAllBe(c => c.DataType == null && double.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture) >= 0);

        var history = ((WorksheetPart)workbook.GetPartById(sheets[1].Id!)).Worksheet.Descendants<Row>().Count();
        history.ShouldBe(131);
    }

    [Fact]
    public async Task ExportForm_WithoutTheFormsToken_IsRefused()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var form = new MultipartFormDataContent
        {
            { new StringContent("series_id,period,value\ns,2024-01,1\ns,2024-02,2\n"), "Data" },
            { new StringContent("csv"), "Format" },
        };
        using var response = await analyst.Client.PostAsync("/api/v1/forecasts/export", form, Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData(Roles.CaseOfficer)]
    [InlineData(Roles.NgoWorker)]
    [InlineData(Roles.HelplineOperator)]
    public async Task Series_RolesWithoutForecasting_AreRefused(string role)
    {
        var factory = await FactoryAsync();
        using var session = await factory.SignInAsync(role);
        (await session.Client.GetAsync("/api/v1/analytics/series", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await session.Client.PostAsJsonAsync("/api/v1/forecasts", new { horizon = 3 }, Cancellation)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = factory.CreateClient();
        (await anonymous.GetAsync("/api/v1/analytics/series", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Series_KeyOfAnNgo_SeesNoneOfTheOfficesSeries()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var officeSeries = await DemoSeriesIdAsync(analyst, "applications.total");
        using var admin = await factory.SignInAsync(Roles.Admin);
        Guid ngo = Guid.Empty;
        await factory.WithDbAsync(async db => ngo = await db.Organisations.Where(o => o.Kind == OrganisationKind.PartnerNgo).Select(o => o.Id).FirstAsync());
        using var created = await admin.Client.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "NGO reporting", scopes = new[] { Pathway.Analytics.AnalyticsPermissions.AnalyticsForecast }, organisationId = ngo, validDays = 30 }, Cancellation);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var secret = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Cancellation)).RootElement.GetProperty("secret").GetString()!;

        using var machine = factory.CreateClient();
        machine.DefaultRequestHeaders.Add("X-Api-Key", secret);
        (await machine.GetFromJsonAsync<List<SeriesSummary>>("/api/v1/analytics/series", Cancellation))!.ShouldNotContain(s => s.Id == officeSeries);
        (await machine.GetAsync($"/api/v1/analytics/series/{officeSeries}", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await machine.GetAsync($"/api/v1/forecasts/{officeSeries}.csv", Cancellation)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<Guid> DemoSeriesIdAsync(WebSession session, string key) =>
        (await session.Client.GetFromJsonAsync<List<SeriesSummary>>("/api/v1/analytics/series", Cancellation))!.Single(s => s.Key == key).Id;

    private static async Task<List<SeriesPoint>> PointsAsync(WebSession session, Guid id) =>
        [.. (await session.Client.GetFromJsonAsync<SeriesDetail>($"/api/v1/analytics/series/{id}", Cancellation))!.Points];

    private static double Sum(List<SeriesPoint> points, string from, string to) =>
        points.Where(p => string.CompareOrdinal(p.Period, from) >= 0 && string.CompareOrdinal(p.Period, to) <= 0).Sum(p => p.Value ?? 0);

    /// <summary>A seasonal monthly series with a trend, in whole numbers.</summary>
    private static IEnumerable<(string Period, double Value)> Monthly(DateOnly start, int months) =>
        Enumerable.Range(0, months).Select(i => (
            start.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            Math.Round(200 + 3 * i + 40 * Math.Sin(2 * Math.PI * start.AddMonths(i).Month / 12))));

    private static StringContent Csv(string csv) => new(csv, Encoding.UTF8, "text/csv");

    private static string Translation(string key, string language) =>
        UiTexts.GetString(key, CultureInfo.GetCultureInfo(language)) is { } translated && translated != key
            ? translated
            : throw new InvalidOperationException($"'{key}' has no {language} translation.");
}

public sealed class SqliteAnalyticsHttpTests(SqliteFactoryFixture fixture) : AnalyticsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresAnalyticsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : AnalyticsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
