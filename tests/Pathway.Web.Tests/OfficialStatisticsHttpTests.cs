using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// Eurostat's permit tables over HTTP, on SQLite and PostgreSQL: decisions recorded with their permit's
/// validity through the cases API reach the warehouse, and the SDMX-CSV files count them as the rules
/// say (a renewal within 6 months is no first permit, temporary protection is left out) with the
/// disclosure control's flags (a cell of 1 to 4 persons A in the transmission, empty in the publication).
/// Mongolia (MNG) is a citizenship the demo data never gives, so its rows are this test's alone.
/// </summary>
public abstract class OfficialStatisticsHttpTests
{
    private const string Api = "/api/v1/analytics/official-statistics";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    private static string Year => Today.Year.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string> RegisterAsync(WebSession officer, Guid? personId)
    {
        var request = Json("/api/v1/cases/", new
        {
            applicationType = "temporary-work", surname = "Batbayar", givenNames = "Oyun", birthDate = "1990-03-12", citizenship = "MNG", sex = "F",
            submittedOn = Iso(Today.AddDays(-30)), personId,
        }, "en");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await officer.Client.SendAsync(request, Cancel);
        return (await JsonAsync(response, HttpStatusCode.Created)).GetProperty("number").GetString()!;
    }

    private static async Task<HttpResponseMessage> ActAsync(WebSession session, string number, string action, object body, string language = "en") =>
        await session.Client.SendAsync(Json($"/api/v1/cases/{Uri.EscapeDataString(number)}/actions/{action}", body, language), Cancel);

    private static async Task OkAsync(WebSession session, string number, string action, object body)
    {
        using var response = await ActAsync(session, number, action, body);
        await JsonAsync(response, HttpStatusCode.OK);
    }

    /// <summary>A case taken to a drafted grant with the validity given, then signed by the supervisor.</summary>
    private static async Task<string> GrantedAsync(WebSession officer, WebSession supervisor, Guid? personId, DateOnly from, DateOnly until, bool temporaryProtection = false)
    {
        var number = await RegisterAsync(officer, personId);
        await OkAsync(officer, number, "start-formal-check", new { version = 1 });
        await OkAsync(officer, number, "complete-formally", new { version = 2 });
        await OkAsync(officer, number, "record-appearance", new { version = 3 });
        await OkAsync(officer, number, "draft-decision", new
        {
            version = 4, outcome = "granted", reason = "Warunki spełnione.", permitValidFrom = Iso(from), permitValidUntil = Iso(until), temporaryProtection,
        });
        await OkAsync(supervisor, number, "decide", new { version = 5 });
        return number;
    }

    private static async Task<string[][]> CsvAsync(WebSession analyst, string dataflow, string edition)
    {
        using var response = await analyst.Client.GetAsync($"{Api}/{dataflow}?year={Year}&edition={edition}", Cancel);
        var body = await response.Content.ReadAsByteArrayAsync(Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, Encoding.UTF8.GetString(body));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"{dataflow.ToLowerInvariant()}_PL_{Year}_{edition}.csv");
        var text = Encoding.UTF8.GetString(body);
        text.ShouldEndWith("\r\n");
        return [.. text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(','))];
    }

    [Fact]
    public async Task DecisionsWithTheirPermits_AreCountedAsTheRulesSay_AndASmallCellIsFlaggedInTheTransmission_AndEmptyInThePublication()
    {
        var factory = await FactoryAsync();
        var person = Guid.NewGuid();
        using (var officer = await factory.SignInAsync(Roles.CaseOfficer))
        using (var supervisor = await factory.SignInAsync(Roles.Supervisor))
        {
            // A first permit for a year, then the same person's renewal for the same reason starting the day after it ends: no first permit.
            var firstEnds = Today.AddYears(1).AddDays(-1);
            await GrantedAsync(officer, supervisor, person, Today, firstEnds);
            await GrantedAsync(officer, supervisor, person, firstEnds.AddDays(1), firstEnds.AddYears(1));
            // Temporary protection: left out of these tables.
            await GrantedAsync(officer, supervisor, null, Today, Today.AddYears(1).AddDays(-1), temporaryProtection: true);
        }

        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using (var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel))
        {
            await JsonAsync(rebuilt, HttpStatusCode.OK);
        }

        var summary = await analyst.Client.GetFromJsonAsync<JsonElement>($"{Api}?year={Year}", Cancel);
        summary.GetProperty("problems").GetArrayLength().ShouldBe(0, summary.ToString());
        summary.GetProperty("reportingCountry").GetString().ShouldBe("PL");
        summary.GetProperty("temporaryProtection").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        summary.GetProperty("renewals").GetInt32().ShouldBeGreaterThanOrEqualTo(1);

        var transmission = await CsvAsync(analyst, "migr_resfirst", "transmission");
        transmission[0].ShouldBe(["DATAFLOW", "freq", "reason", "citizen", "duration", "unit", "geo", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "CONF_STATUS"]);
        string[] Row(string[][] rows, string reason, string duration) =>
            rows.Single(r => r[2] == reason && r[3] == "MN" && r[4] == duration);
        var year = Year;
        // One Mongolian first permit: the renewal and the temporary protection are not in it.
        Row(transmission, "TOTAL", "TOTAL").ShouldBe(["ESTAT:MIGR_RESFIRST(1.0)", "A", "TOTAL", "MN", "TOTAL", "PER", "PL", year, "1", "A", "A"]);
        Row(transmission, "OCC", "M_GE12")[8..].ShouldBe(["1", "A", "A"]);
        Row(transmission, "OCC", "M3-5")[8..].ShouldBe(["0", "A", "F"]);

        var publication = await CsvAsync(analyst, "MIGR_RESFIRST", "publication");
        Row(publication, "TOTAL", "TOTAL")[8..].ShouldBe(["", "", "C"]);
        Row(publication, "OCC", "M_GE12")[8..].ShouldBe(["", "", "C"]);
        publication.Length.ShouldBe(transmission.Length);
        // A published count is the true one; a suppressed one hides whether it was primary or secondary.
        publication.Skip(1).Where(r => r[10] != "C").ShouldAllBe(r => r[10] == "F");

        var changes = await CsvAsync(analyst, "migr_reschange", "transmission");
        changes[0][1..4].ShouldBe(["freq", "reason_prv", "reason"]);
        changes.Skip(1).ShouldNotContain(r => r[4] == "MN");

        // Every download is on the record.
        (await factory.CountAsync<AuditEntry>(a => a.EntityType == "OfficialStatistics" && a.EntityId == "MIGR_RESFIRST " + year && a.Details!.StartsWith("publication")))
            .ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task AWrongYearOrEdition_IsNamedInTheReadersLanguage_AndAnUnknownDataflowIsNotFound()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var thisYear = Year;

        using var summary = await analyst.Client.SendAsync(Get($"{Api}?year=20x5", "pl"), Cancel);
        (await ErrorsAsync(summary))["year"].ShouldBe([Translation("Write the year as four digits, from {0} to {1}.", "pl", "2008", thisYear)]);
        using var file = await analyst.Client.SendAsync(Get($"{Api}/migr_resfirst?year=1999&edition=draft", "pl"), Cancel);
        var errors = await ErrorsAsync(file);
        errors["year"].ShouldBe([Translation("Write the year as four digits, from {0} to {1}.", "pl", "2008", thisYear)]);
        errors["edition"].ShouldBe([Translation("Choose one of: {0}.", "pl", "transmission, publication")]);
        using var missing = await analyst.Client.SendAsync(Get($"{Api}", "pl"), Cancel);
        (await ErrorsAsync(missing))["year"].ShouldBe([Translation("Give the reference year, from {0} to {1}.", "pl", "2008", thisYear)]);
        using var unknown = await analyst.Client.GetAsync($"{Api}/migr_asyappctza?year={thisYear}", Cancel);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AGrantWithoutAValidDay_IsRefusedFieldByField_InTheReadersLanguage_AndChangesNothing()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var number = await RegisterAsync(officer, null);
        await OkAsync(officer, number, "start-formal-check", new { version = 1 });
        await OkAsync(officer, number, "complete-formally", new { version = 2 });
        await OkAsync(officer, number, "record-appearance", new { version = 3 });

        using var noEnd = await ActAsync(officer, number, "draft-decision", new { version = 4, outcome = "granted", reason = "ok", permitValidFrom = Iso(Today) }, "pl");
        (await ErrorsAsync(noEnd))["permitValidUntil"].ShouldBe([Translation("A temporary residence permit is valid until a set day; give it.", "pl")]);
        using var badDay = await ActAsync(officer, number, "draft-decision", new { version = 4, outcome = "granted", reason = "ok", permitValidFrom = "05.12.2026" }, "pl");
        (await ErrorsAsync(badDay))["permitValidFrom"].ShouldBe([Translation("Write the date as YYYY-MM-DD.", "pl")]);
        using var tooLong = await ActAsync(officer, number, "draft-decision", new
        {
            version = 4, outcome = "granted", reason = "ok", permitValidFrom = Iso(Today), permitValidUntil = Iso(Today.AddYears(3)),
        }, "pl");
        (await ErrorsAsync(tooLong)).Keys.ShouldBe(["permitValidUntil"]);

        var current = await officer.Client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{Uri.EscapeDataString(number)}", Cancel);
        current.GetProperty("version").GetInt32().ShouldBe(4);
        current.GetProperty("state").GetString().ShouldBe("Examination");
    }
}

public sealed class SqliteOfficialStatisticsHttpTests(SqliteFactoryFixture fixture) : OfficialStatisticsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresOfficialStatisticsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : OfficialStatisticsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
