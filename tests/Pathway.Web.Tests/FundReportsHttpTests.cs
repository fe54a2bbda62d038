using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Pathway.Platform.Identity;
using Pathway.Testing;
using UglyToad.PdfPig;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// A funded project's indicators over HTTP, on SQLite and PostgreSQL: each person counted once
/// however often they came, only delivered services of the project and the period, the organisation's
/// own records only, the helpline for those who may read it; as JSON, XLSX and PDF with the counting
/// rules; bad input refused by field.
/// </summary>
public abstract class FundReportsHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<Guid> CaseAsync(WebSession session, string surname)
    {
        using var created = await session.Client.PostAsJsonAsync("/api/v1/beneficiaries",
            new { givenNames = "Fatima", surname, language = "ar", legalBasis = "PublicTask", registerAnyway = true }, Cancel);
        return (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task ServiceAsync(WebSession session, Guid id, string kind, string status, DateOnly day, string? project)
    {
        using var response = await session.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/services", status == "Planned"
            ? new { kind, status, dueOn = day, provider = "Ewa", project }
            : (object)new { kind, status, deliveredOn = day, provider = "Ewa", project }, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task APersonCountsOnce_OnlyTheProjectsDeliveredServicesInThePeriodCount_AndTheFilesCarryTheRules()
    {
        var factory = await FactoryAsync();
        var project = "AMIF-T-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var today = OfficeDay.Today;
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var first = await CaseAsync(ngo, "Haddad");
        var second = await CaseAsync(ngo, "Karimi");
        // The first person came twice for legal advice and once for counselling; the second once for legal advice.
        await ServiceAsync(ngo, first, "LegalAdvice", "Delivered", today.AddDays(-3), project);
        await ServiceAsync(ngo, first, "LegalAdvice", "Delivered", today.AddDays(-1), project);
        await ServiceAsync(ngo, first, "PsychologicalCounselling", "Delivered", today.AddDays(-2), project);
        await ServiceAsync(ngo, second, "LegalAdvice", "Delivered", today.AddDays(-2), project);
        // None of these count: planned, another project, before the period.
        await ServiceAsync(ngo, second, "PsychologicalCounselling", "Planned", today.AddDays(2), project);
        await ServiceAsync(ngo, second, "PsychologicalCounselling", "Delivered", today.AddDays(-2), "OTHER-PROJECT");
        await ServiceAsync(ngo, second, "CaseManagement", "Delivered", today.AddDays(-40), project);
        using var training = await ngo.Client.PostAsJsonAsync("/api/v1/trainings",
            new { title = "Identifying victims of trafficking", area = "TraffickingInHumanBeings", startsOn = today.AddDays(-4), trainer = "Anna Nowak", place = "Warszawa", project }, Cancel);
        var trainingId = (await JsonAsync(training, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        foreach (var (institution, kind, participants) in new[] { ("Straż Graniczna", "BorderGuard", 12), ("straż  graniczna", "BorderGuard", 3), ("MOPS Praga", "SocialServices", 5) })
        {
            using var attended = await ngo.Client.PostAsJsonAsync($"/api/v1/trainings/{trainingId}/attendance", new { institution, kind, participants }, Cancel);
            attended.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var query = $"/api/v1/fund-reports?project={project}&from={Day(today.AddDays(-10))}&to={Day(today)}";
        using var json = await ngo.Client.GetAsync(query, Cancel);
        var report = await JsonAsync(json, HttpStatusCode.OK);
        report.GetProperty("personsAssisted").GetInt32().ShouldBe(2);
        report.GetProperty("servicesGiven").GetInt32().ShouldBe(4);
        var byService = report.GetProperty("byService").EnumerateArray().ToDictionary(s => s.GetProperty("kind").GetString()!, s => (Persons: s.GetProperty("persons").GetInt32(), Services: s.GetProperty("services").GetInt32()));
        byService["LegalAdvice"].ShouldBe((2, 3));
        byService["PsychologicalCounselling"].ShouldBe((1, 1));
        byService["CaseManagement"].ShouldBe((0, 0));
        report.GetProperty("helpline").ValueKind.ShouldBe(JsonValueKind.Null, "an NGO's staff do not read the office's helpline");
        report.GetProperty("trainings").GetProperty("personsTrained").GetInt32().ShouldBe(20);
        report.GetProperty("trainings").GetProperty("institutions").GetInt32().ShouldBe(2, "the border guard once, however its name is spaced");

        using var projects = await ngo.Client.GetAsync("/api/v1/fund-reports/projects", Cancel);
        (await JsonAsync(projects, HttpStatusCode.OK)).EnumerateArray().Select(p => p.GetString()).ShouldContain(project);

        // The workbook: a sheet per table, the figures as numbers, the rule under them.
        using var xlsx = await ngo.Client.GetAsync(query + "&format=xlsx", Cancel);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var book = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Cancel));
        var sheets = MiniExcel.GetSheetNames(book);
        sheets.Count.ShouldBe(4, string.Join(" | ", sheets));
        book.Position = 0;
        var assisted = book.Query(useHeaderRow: false, sheetName: sheets[1]).Cast<IDictionary<string, object?>>().ToList();
        assisted.Any(r => Equals(Convert.ToString(r["B"], CultureInfo.InvariantCulture), "2")).ShouldBeTrue();
        assisted.Last()["A"]!.ToString()!.ShouldBe(ProblemDetails.Translation(
            "Counting rule: a person counts once however often they came, in each row and in the total: a support case with at least one service given in the period and counted for the project. Planned and cancelled services do not count. A person is registered once per organisation, so one supported by two organisations is counted by each.", "pl"));

        // The PDF: its text says the project and the rules.
        using var pdf = await ngo.Client.GetAsync(query + "&format=pdf", Cancel);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentDisposition!.FileName!.ShouldContain(project);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync(Cancel));
        var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        text.ShouldContain(project);
        text.ShouldContain(ProblemDetails.Translation("Persons assisted", "pl").Split(' ')[0]);

        // The office's supervisor counts the office's records: none of the NGO's services, but the helpline.
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var office = await supervisor.Client.GetAsync(query, Cancel);
        var officeReport = await JsonAsync(office, HttpStatusCode.OK);
        officeReport.GetProperty("personsAssisted").GetInt32().ShouldBe(0);
        officeReport.GetProperty("helpline").ValueKind.ShouldBe(JsonValueKind.Object);
    }

    [Fact]
    public async Task BadQueries_AreRefusedByField()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using var noProject = await analyst.Client.GetAsync("/api/v1/fund-reports?format=doc&from=2026-05-01&to=2026-04-01", Cancel);
        (await JsonAsync(noProject, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["format", "project", "to"]);
        using var longProject = await analyst.Client.GetAsync($"/api/v1/fund-reports?project={new string('P', 65)}", Cancel);
        (await JsonAsync(longProject, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("project", out _).ShouldBeTrue();
        using var badDay = await analyst.Client.GetAsync("/api/v1/fund-reports?project=X&from=yesterday", Cancel);
        (await JsonAsync(badDay, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("from", out _).ShouldBeTrue();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var refused = await officer.Client.GetAsync("/api/v1/fund-reports?project=X", Cancel);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ThePage_ShowsTheTablesWithTheirRules_AndLinksTheFiles()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var page = await ngo.GetPageAsync("/support/fund-reports?project=AMIF.2024.PL.07");
        page.QuerySelector("#persons-assisted").ShouldNotBeNull();
        page.QuerySelector("#trained-by-area").ShouldNotBeNull();
        page.QuerySelector("#helpline").ShouldBeNull();
        page.QuerySelector("#no-helpline").ShouldNotBeNull();
        page.QuerySelectorAll("p.rule").Length.ShouldBe(3);
        page.QuerySelector("#download-pdf")!.GetAttribute("href")!.ShouldContain("format=pdf");
        page.QuerySelector("#services-chart-title").ShouldNotBeNull();

        var bad = await ngo.GetPageAsync("/support/fund-reports?project=&from=nonsense");
        bad.QuerySelector("#project")!.GetAttribute("aria-invalid").ShouldBe("true");
        bad.QuerySelector("#report").ShouldBeNull();
    }
}

public sealed class SqliteFundReportsHttpTests(SqliteFactoryFixture fixture) : FundReportsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresFundReportsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : FundReportsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
