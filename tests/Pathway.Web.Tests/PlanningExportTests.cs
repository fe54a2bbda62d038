using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>
/// The workload and staffing pages' CSV downloads: the result page's form, with its antiforgery
/// token, posted to the export endpoints; run once on SQLite and once on PostgreSQL.
/// </summary>
public abstract class PlanningExportTests
{
    private const string WorkloadExport = "/api/v1/planning/workload/export";
    private const string StaffingExport = "/api/v1/planning/staffing/export";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WorkloadExport_WritesEveryMonthOfBothScenarios()
    {
        using var analyst = await SignInAsync(Roles.Analyst);
        // As the API test works it out by hand: 30 one-hour cases a month (40 at the upper bound),
        // 20 hours to decide them and 10 hours an officer: 10 hours or one officer short a month.
        var inflow = "series_id,period,mean,lo80,hi80,lo95,hi95\n" + string.Concat(Enumerable.Range(1, 6).Select(m => string.Create(CultureInfo.InvariantCulture, $"work,2027-0{m},30,25,40,20,45\n")));
        var page = await PageAsync(analyst, "/en/analytics/workload", "plan-form",
            new Dictionary<string, string> { ["Input.InflowSource"] = "file", ["Input.TypesSource"] = "file", ["Input.HoursPerFte"] = "10", ["Input.OfficerHours"] = "20" },
            new Dictionary<string, string>
            {
                ["InflowFile"] = inflow,
                ["TypesFile"] = "application_type,handling_hours,deadline_days,backlog\nwork,1,60,0\n",
            });
        page.QuerySelector("button[formaction='api/v1/planning/workload/export']").ShouldNotBeNull();

        // The browser sends the form again without the files: the page kept their text in it.
        using var csv = await PageForms.PostAsync(analyst, page, "plan-form", WorkloadExport);
        var lines = await CsvAsync(csv, "workload-plan.csv");
        lines[0].ShouldBe("scenario,month,inflow,hours_needed,hours_available,gap_hours,gap_fte,completed,backlog,overdue");
        lines.Length.ShouldBe(1 + 2 * 6);
        lines[1].ShouldBe("expected,2027-01,30,30,20,10,1,20,10,0");
        // At the end of June the first day of May is past the 60-day deadline: 30/31 of a case.
        lines[6].ShouldBe("expected,2027-06,30,30,20,10,1,20,60,0.97");
        lines[7].ShouldBe("upper80,2027-01,40,40,20,20,2,20,20,0");
    }

    [Fact]
    public async Task StaffingExport_WritesEveryHourOfTheFileMondayFirst()
    {
        using var supervisor = await SignInAsync(Roles.Supervisor);
        var page = await PageAsync(supervisor, "/en/analytics/staffing", "staffing-form",
            new Dictionary<string, string> { ["Input.CallsSource"] = "file", ["Input.Shrinkage"] = "0" },
            new Dictionary<string, string> { ["CallsFile"] = "weekday,hour,calls\nMon,10,200\nMon,11,100\nSun,9,0\n" });
        page.QuerySelector("button[formaction='api/v1/planning/staffing/export']").ShouldNotBeNull();

        using var csv = await PageForms.PostAsync(supervisor, page, "staffing-form", StaffingExport);
        var lines = await CsvAsync(csv, "staffing-plan.csv");
        lines[0].ShouldBe("weekday,hour,calls,erlangs,agents,scheduled,service_level,asa_seconds,occupancy,abandoned");
        lines.Length.ShouldBe(1 + 3);
        // 200 calls of 3 minutes are 10 erlangs; 80% answered within 20 seconds needs 14 operators.
        var monday10 = lines[1].Split(',');
        monday10[..6].ShouldBe(["1", "10", "200", "10", "14", "14"]);
        double.Parse(monday10[6], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(0.8);
        monday10[9].ShouldBeEmpty("nobody hangs up under Erlang C");
        lines[2].ShouldStartWith("1,11,100,5,");
        lines[3].ShouldStartWith("7,9,0,0,0,0,");
    }

    [Fact]
    public async Task StaffingExport_WithABadField_NamesItInTheCallersLanguage()
    {
        using var supervisor = await SignInAsync(Roles.Supervisor);
        var page = await PageAsync(supervisor, "/de/analytics/staffing", "staffing-form",
            new Dictionary<string, string> { ["Input.CallsSource"] = "file" },
            new Dictionary<string, string> { ["CallsFile"] = "weekday,hour,calls\nMon,10,200\n" });

        using var response = await PageForms.PostAsync(supervisor, page, "staffing-form", StaffingExport, new Dictionary<string, string> { ["Input.ServiceLevel"] = "100" });
        var errors = await ProblemDetails.ErrorsAsync(response);
        errors.Keys.ShouldBe(["Input.ServiceLevel"]);
        errors["Input.ServiceLevel"].ShouldBe([ProblemDetails.Translation("{0}: {1}", "de",
            ProblemDetails.Translation("Calls answered in time (%)", "de"), ProblemDetails.Translation("Enter a number greater than zero and below {0}.", "de", 100))]);
    }

    [Fact]
    public async Task WorkloadExport_WithABadField_NamesItInTheCallersLanguage()
    {
        using var analyst = await SignInAsync(Roles.Analyst);
        var page = await analyst.GetPageAsync("/pl/analytics/workload");

        using var response = await PageForms.PostAsync(analyst, page, "plan-form", WorkloadExport, new Dictionary<string, string> { ["Input.Months"] = "0" });
        var errors = await ProblemDetails.ErrorsAsync(response);
        errors.Keys.ShouldBe(["Input.Months"]);
        errors["Input.Months"].ShouldBe([ProblemDetails.Translation("{0}: {1}", "pl",
            ProblemDetails.Translation("Months ahead", "pl"), ProblemDetails.Translation("Enter a number from {0} to {1}.", "pl", 1, 36))]);
    }

    [Fact]
    public async Task WorkloadExport_ATypeListedTwice_IsRefusedInTheCallersLanguage()
    {
        // Two rows of the table name one type: only the engine sees it, once the plan is put together.
        // It used to answer in the engine's English ("The application type '...' is listed twice.").
        using var analyst = await SignInAsync(Roles.Analyst);
        var page = await analyst.GetPageAsync("/pl/analytics/workload");
        var second = new Dictionary<string, string>
        {
            ["Input.Types[5].Name"] = "applications.permanent",
            ["Input.Types[5].HandlingHours"] = "8",
            ["Input.Types[5].DeadlineDays"] = "90",
            ["Input.Types[5].Backlog"] = "0",
        };

        using var response = await PageForms.PostAsync(analyst, page, "plan-form", WorkloadExport, second);
        var errors = await ProblemDetails.ErrorsAsync(response);
        errors.Keys.ShouldBe(["Input"]);
        errors["Input"].ShouldBe(
        [
            ProblemDetails.Translation("The application type {0} is listed twice.", "pl", "applications.permanent"),
            ProblemDetails.Translation("The inflow for {0} is given twice.", "pl", "applications.permanent"),
        ]);
        errors["Input"].ShouldNotContain(m => m.Contains("listed twice", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(WorkloadExport)]
    [InlineData(StaffingExport)]
    public async Task Export_WithoutTheFormsToken_IsRefused(string url)
    {
        using var supervisor = await SignInAsync(Roles.Supervisor);
        var form = new MultipartFormDataContent
        {
            { new StringContent("file"), "Input.CallsSource" },
            { new StringContent("weekday,hour,calls\nMon,10,200\n"), "Input.CallsData" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
        request.Headers.AcceptLanguage.ParseAdd("uk");
        using var response = await supervisor.Client.SendAsync(request, Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync(Cancellation)).ShouldContain(ProblemDetails.Translation("The form has expired. Open the page again.", "uk"));
    }

    private async Task<WebSession> SignInAsync(string role) => await (await FactoryAsync()).SignInAsync(role);

    /// <summary>The page after planning with its form: the result, and the form as the page filled it again.</summary>
    private static async Task<IHtmlDocument> PageAsync(WebSession session, string url, string formId, IReadOnlyDictionary<string, string> changes, IReadOnlyDictionary<string, string> files)
    {
        var page = await PageForms.PostForPageAsync(session, url, formId, changes, files);
        page.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBeEmpty();
        return page;
    }

    private static async Task<string[]> CsvAsync(HttpResponseMessage response, string fileName)
    {
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe(fileName);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}

public sealed class SqlitePlanningExportTests(SqliteFactoryFixture fixture) : PlanningExportTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPlanningExportTests(PostgresServer server, PostgresFactoryFixture fixture) : PlanningExportTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
