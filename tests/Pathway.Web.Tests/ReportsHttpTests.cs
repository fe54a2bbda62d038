using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Analytics.Reports;
using Pathway.Cases.Workflow;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// The report library over HTTP, on SQLite and PostgreSQL: the monthly office report agrees with
/// the cases, hides small counts in what is published, is kept with its data version and read back;
/// bad parameters are named in the reader's language; the transmission is for analysts.
/// </summary>
public abstract class ReportsHttpTests
{
    private const string Api = "/api/v1/analytics/reports";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<WebSession> AnalystWithWarehouseAsync(PathwayFactory factory)
    {
        var analyst = await factory.SignInAsync(Roles.Analyst);
        using var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel);
        await JsonAsync(rebuilt, HttpStatusCode.OK);
        return analyst;
    }

    private static async Task<JsonElement> RunAsync(WebSession session, object body, HttpStatusCode expected = HttpStatusCode.Created, string language = "en")
    {
        using var response = await session.Client.SendAsync(Json($"{Api}/runs", body, language), Cancel);
        return await JsonAsync(response, expected);
    }

    private static async Task<string[][]> CsvAsync(WebSession session, JsonElement entry)
    {
        var bytes = await session.Client.GetByteArrayAsync($"{Api}/runs/{entry.GetProperty("id").GetString()}/file", Cancel);
        return [.. Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(','))];
    }

    private static async Task<List<ResidenceCase>> CasesAsync(PathwayFactory factory)
    {
        var cases = new List<ResidenceCase>();
        await factory.WithDbAsync(async db =>
        {
            var tenant = await db.Tenants.Where(t => t.Slug == Pathway.Platform.Demo.DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync(Cancel);
            cases = await db.TenantRowsOf<ResidenceCase>(tenant).AsNoTracking().ToListAsync(Cancel);
        });
        return cases;
    }

    [Fact]
    public async Task MonthlyOffice_AgreesWithTheCases_AndHidesSmallCountsInThePublication()
    {
        var factory = await FactoryAsync();
        using var analyst = await AnalystWithWarehouseAsync(factory);
        var cases = await CasesAsync(factory);
        var month = cases.Max(c => c.SubmittedOn);
        var first = new DateOnly(month.Year, month.Month, 1);
        var code = first.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var transmission = await CsvAsync(analyst, await RunAsync(analyst, new { name = "monthly-office", parameters = new { month = code }, format = "sdmx-csv", transmission = true }));
        var publication = await CsvAsync(analyst, await RunAsync(analyst, new { name = "monthly-office", parameters = new { month = code }, format = "sdmx-csv" }));

        transmission[0].ShouldBe(["DATAFLOW", "TABLE", "ROW", "COLUMN", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "CONF_STATUS"]);
        publication.Length.ShouldBe(transmission.Length);
        var inflow = transmission.Single(r => r[1] == "INFLOW" && r[2] == "TOTAL");
        inflow[0].ShouldBe("PATHWAY:MONTHLY_OFFICE(1.0)");
        inflow[4].ShouldBe(code);
        int.Parse(inflow[5], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(cases.Count(c => c.SubmittedOn >= first && c.SubmittedOn < first.AddMonths(1)));
        foreach (var type in transmission.Where(r => r[1] == "INFLOW" && r[2] != "TOTAL"))
        {
            int.Parse(type[5], System.Globalization.CultureInfo.InvariantCulture)
                .ShouldBe(cases.Count(c => c.ApplicationType == type[2] && c.SubmittedOn >= first && c.SubmittedOn < first.AddMonths(1)), type[2]);
        }

        // Every count of one to four persons is flagged in the transmission and empty in the publication, with its secondary cells.
        for (var i = 1; i < transmission.Length; i++)
        {
            var (sent, shown) = (transmission[i], publication[i]);
            shown[..5].ShouldBe(sent[..5]);
            if (sent[1] is "INFLOW" or "DECISIONS" or "BACKLOG" && int.TryParse(sent[5], System.Globalization.CultureInfo.InvariantCulture, out var count) && count is > 0 and < 5)
            {
                sent[7].ShouldBe("A", string.Join(',', sent));
            }

            if (sent[7] is "A" or "D")
            {
                shown[5..].ShouldBe(["", "", "C"], string.Join(',', sent));
            }
            else
            {
                shown[5..].ShouldBe(sent[5..]);
            }
        }
    }

    [Fact]
    public async Task TheLibrary_KeepsEachRun_WithItsDataVersion_AndGivesTheFileBack()
    {
        var factory = await FactoryAsync();
        using var analyst = await AnalystWithWarehouseAsync(factory);

        var workbook = await RunAsync(analyst, new { name = "monthly-office", parameters = new { month = "previous" }, format = "xlsx" });
        var again = await RunAsync(analyst, new { name = "monthly-office", parameters = new { month = "previous" }, format = "xlsx" });
        var pdf = await RunAsync(analyst, new { name = "monthly-office", parameters = new { month = "previous" }, format = "pdf" }, language: "ar");
        again.GetProperty("dataVersion").GetString().ShouldBe(workbook.GetProperty("dataVersion").GetString());
        pdf.GetProperty("dataVersion").GetString().ShouldBe(workbook.GetProperty("dataVersion").GetString(), "the version counts the figures, not the language");
        workbook.GetProperty("arguments").GetString()!.ShouldMatch("^month=20[0-9]{2}-[0-9]{2}$");
        pdf.GetProperty("culture").GetString().ShouldBe("ar");

        var library = await analyst.Client.GetFromJsonAsync<JsonElement>($"{Api}/runs?definition=monthly-office", Cancel);
        library.EnumerateArray().Select(e => e.GetProperty("id").GetString()).Take(3)
            .ShouldBe([pdf.GetProperty("id").GetString(), again.GetProperty("id").GetString(), workbook.GetProperty("id").GetString()]);

        using var file = await analyst.Client.GetAsync($"{Api}/runs/{pdf.GetProperty("id").GetString()}/file", Cancel);
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await file.Content.ReadAsByteArrayAsync(Cancel))[..5].ShouldBe("%PDF-"u8.ToArray());
        using var book = await analyst.Client.GetAsync($"{Api}/runs/{workbook.GetProperty("id").GetString()}/file", Cancel);
        using var sheets = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await book.Content.ReadAsByteArrayAsync(Cancel)), false);
        sheets.WorkbookPart!.Workbook.Sheets!.Count().ShouldBe(6, "the report's facts, then its five tables");

        await factory.WithDbAsync(async db =>
        {
            var id = pdf.GetProperty("id").GetString();
            (await db.AuditEntries.CountAsync(a => a.Action == "report" && a.EntityId == id, Cancel)).ShouldBe(1);
            (await db.AuditEntries.CountAsync(a => a.Action == "read" && a.EntityType == nameof(LibraryReport) && a.EntityId == id, Cancel)).ShouldBe(1);
        });

        using var missing = await analyst.Client.GetAsync($"{Api}/runs/{Guid.NewGuid()}/file", Cancel);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BadParameters_AreNamedInTheReadersLanguage_AndNothingIsKept()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using var response = await analyst.Client.SendAsync(
            Json($"{Api}/runs", new { name = "monthly-office", parameters = new { month = "2026-13", office = "x" }, format = "docx" }, "pl"), Cancel);

        var errors = await ErrorsAsync(response);
        errors["format"].ShouldBe([Translation("Choose the format: {0}.", "pl", "pdf, xlsx, sdmx-csv")]);
        errors["office"].ShouldBe([Translation("The report {0} has no parameter {1}; its parameters are {2}.", "pl", "monthly-office", "office", "month")]);
        errors["month"].ShouldHaveSingleItem().ShouldStartWith(Translation("Month", "pl") + ":");
        using var future = await analyst.Client.SendAsync(Json($"{Api}/runs", new { name = "monthly-office", parameters = new { month = "2999-01" }, format = "pdf" }, "en"), Cancel);
        (await ErrorsAsync(future))["month"].ShouldHaveSingleItem().ShouldContain("2999-01 is not");
        using var unknown = await analyst.Client.SendAsync(Json($"{Api}/runs", new { name = "everything", format = "pdf" }, "en"), Cancel);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await factory.WithDbAsync(async db => (await db.Set<LibraryReport>().CountAsync(r => r.Arguments.Contains("2026-13") || r.Arguments.Contains("2999"), Cancel)).ShouldBe(0));
    }

    [Fact]
    public async Task ASchedule_IsChecked_Listed_RunByItsJobAsTheOffice_AndRemoved()
    {
        var factory = await FactoryAsync();
        using var analyst = await AnalystWithWarehouseAsync(factory);

        using var bad = await analyst.Client.SendAsync(Json($"{Api}/schedules",
            new { name = "monthly-office", parameters = new { month = "2026-13" }, format = "pdf", cron = "0 * * * * ?" }, "pl"), Cancel);
        var errors = await ErrorsAsync(bad);
        errors["cron"].ShouldBe([Translation("A schedule may run at most once an hour; this one would run more often.", "pl")]);
        errors["month"].ShouldHaveSingleItem().ShouldStartWith(Translation("Month", "pl") + ":");
        using var unreadable = await analyst.Client.SendAsync(Json($"{Api}/schedules",
            new { name = "monthly-office", parameters = new { month = "previous" }, format = "pdf", cron = "every Monday" }, "pl"), Cancel);
        (await ErrorsAsync(unreadable))["cron"].ShouldBe([Translation(
            "Write when the report runs as a Quartz cron expression: seconds, minutes, hours, day of month, month, day of week, such as {0} for the 1st of each month at 06:00.", "pl", "0 0 6 1 * ?")]);

        var created = await JsonAsync(await analyst.Client.SendAsync(Json($"{Api}/schedules",
            new { name = "monthly-office", parameters = new { month = "previous" }, format = "xlsx", cron = "0 0 6 1 * ?", language = "pl" }, "en"), Cancel), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("parameters").GetString().ShouldBe("month=previous");
        created.GetProperty("timeZone").GetString().ShouldBe("Europe/Warsaw");
        var next = created.GetProperty("nextRunAt").GetDateTimeOffset();
        var warsaw = TimeZoneInfo.ConvertTime(next, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));
        (warsaw.Day, warsaw.Hour, warsaw.Minute).ShouldBe((1, 6, 0));
        next.ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        next.ShouldBeLessThan(DateTimeOffset.UtcNow.AddDays(32));

        var tenant = Guid.Empty;
        await factory.WithDbAsync(async db => tenant = await db.Tenants.Where(t => t.Slug == Pathway.Platform.Demo.DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync(Cancel));
        var scopes = factory.Services.GetRequiredService<Microsoft.Extensions.DependencyInjection.IServiceScopeFactory>();
        var outcome = await ReportScheduleJob.RunAsync(scopes, tenant, id, Cancel);
        var entry = outcome!.Entry!;
        entry.Culture.ShouldBe("pl");
        entry.CreatedBy.ShouldStartWith("report schedule " + id);
        var schedules = await analyst.Client.GetFromJsonAsync<JsonElement>($"{Api}/schedules", Cancel);
        var listed = schedules.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id);
        listed.GetProperty("lastOutcome").GetString().ShouldBe(entry.FileName);

        using var removed = await analyst.Client.DeleteAsync($"{Api}/schedules/{id}", Cancel);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var again = await analyst.Client.DeleteAsync($"{Api}/schedules/{id}", Cancel);
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReportScheduleJob.RunAsync(scopes, tenant, id, Cancel)).ShouldBeNull();
        (await analyst.Client.GetFromJsonAsync<JsonElement>($"{Api}/runs/{entry.Id}", Cancel)).GetProperty("id").GetGuid().ShouldBe(entry.Id, "the library keeps what the schedule made");
    }

    [Fact]
    public async Task EurostatResidencePermits_AreTheOfficialStatisticsFiles_ByteForByte()
    {
        var factory = await FactoryAsync();
        using var analyst = await AnalystWithWarehouseAsync(factory);
        var year = DateTime.Now.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

        foreach (var (dataflow, edition) in new[] { ("MIGR_RESFIRST", "transmission"), ("MIGR_RESFIRST", "publication"), ("MIGR_RESCHANGE", "transmission") })
        {
            var entry = await RunAsync(analyst, new { name = "eurostat-residence-permits", parameters = new { year, dataflow }, format = "sdmx-csv", transmission = edition == "transmission" });
            var made = await analyst.Client.GetByteArrayAsync($"{Api}/runs/{entry.GetProperty("id").GetString()}/file", Cancel);
            var official = await analyst.Client.GetByteArrayAsync($"/api/v1/analytics/official-statistics/{dataflow}?year={year}&edition={edition}", Cancel);
            made.ShouldBe(official, $"{dataflow} {edition}");
        }

        var pdf = await RunAsync(analyst, new { name = "eurostat-residence-permits", parameters = new { year }, format = "pdf" });
        pdf.GetProperty("fileName").GetString().ShouldBe($"eurostat-residence-permits-{year}.pdf");
        using var early = await analyst.Client.SendAsync(Json($"{Api}/runs", new { name = "eurostat-residence-permits", parameters = new { year = "2007" }, format = "pdf" }, "pl"), Cancel);
        (await ErrorsAsync(early))["year"].ShouldBe([Translation("Eurostat's residence-permit statistics begin with {0}; {1} is before them.", "pl", "2008", "2007")]);

        // Supervisors run the office's reports but not its statistical return.
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var refused = await supervisor.Client.SendAsync(Json($"{Api}/runs", new { name = "eurostat-residence-permits", parameters = new { year }, format = "pdf" }, "en"), Cancel);
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheTransmission_IsForAnalysts_AndTheLibraryForThoseWhoMayRunReports()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var refused = await supervisor.Client.SendAsync(
            Json($"{Api}/runs", new { name = "monthly-office", parameters = new { month = "previous" }, format = "sdmx-csv", transmission = true }, "en"), Cancel);
        (await ErrorsAsync(refused))["transmission"].ShouldBe(["The transmission keeps the true small counts: only analysts make it. Ask for the publication."]);
        using var pdfTransmission = await supervisor.Client.SendAsync(
            Json($"{Api}/runs", new { name = "monthly-office", parameters = new { month = "previous" }, format = "pdf", transmission = true }, "en"), Cancel);
        (await ErrorsAsync(pdfTransmission)).ShouldContainKey("transmission");

        var definitions = await supervisor.Client.GetFromJsonAsync<JsonElement>($"{Api}/definitions", Cancel);
        var monthly = definitions.EnumerateArray().Single(d => d.GetProperty("name").GetString() == "monthly-office");
        monthly.GetProperty("parameters")[0].GetProperty("kind").GetString().ShouldBe("month");
        monthly.GetProperty("formats").EnumerateArray().Select(f => f.GetString()).ShouldBe(["pdf", "xlsx", "sdmx-csv"]);

        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var forbidden = await officer.Client.GetAsync($"{Api}/runs", Cancel);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class SqliteReportsHttpTests(SqliteFactoryFixture fixture) : ReportsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresReportsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : ReportsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
