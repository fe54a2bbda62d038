using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Planning;
using Pathway.Analytics.Series;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>The workload and staffing planning API over HTTP; run once on SQLite and once on PostgreSQL.</summary>
public abstract class PlanningHttpTests
{
    private const string Workload = "/api/v1/planning/workload";
    private const string Staffing = "/api/v1/planning/staffing";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlanWorkload_CapacityEqualToInflow_KeepsTheBacklogSteady()
    {
        using var supervisor = await SignInAsync(Roles.Supervisor);
        // 100 waiting cases of 2 hours; 50 new ones a month need the 100 hours there are.
        var body = new
        {
            startMonth = "2027-01",
            types = new[] { new { name = "residence", handlingHours = 2.0, deadlineDays = 90, backlog = 100 } },
            inflow = new[] { new { type = "residence", mean = Enumerable.Repeat(50.0, 6) } },
            officerHours = Enumerable.Repeat(100.0, 6),
        };
        var plan = await PlanAsync<WorkloadPlanView>(supervisor, Workload, body);

        plan.StartMonth.ShouldBe("2027-01");
        plan.HoursPerFte.ShouldBe(140);
        plan.Upper80.ShouldBeNull();
        var expected = plan.Expected;
        expected.Inflow.ShouldBe("expected");
        expected.FirstDeadlineMonth.ShouldBeNull();
        expected.Months.Select(m => m.Month).ShouldBe(["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"]);
        foreach (var month in expected.Months)
        {
            month.HoursNeeded.ShouldBe(100, 1e-9);
            month.GapHours.ShouldBe(0, 1e-9);
            month.Completed.ShouldBe(50, 1e-9);
            month.Backlog.ShouldBe(100, 1e-9);
            month.Overdue.ShouldBe(0, 1e-9);
            month.Types.Single().Type.ShouldBe("residence");
        }
    }

    [Fact]
    public async Task PlanWorkload_CapacityShort_FindsTheMonthCasesPassTheirDeadline()
    {
        using var analyst = await SignInAsync(Roles.Analyst);
        // 30 one-hour cases arrive a month and 20 are decided: 10 more wait each month, the latest
        // arrivals. At the end of June the 60 waiting are all of May and June, and the first days
        // of May are past the 60-day deadline; at the end of May the oldest waiting arrived on
        // 11 April, 50 days before. With 40 cases a month the pile grows twice as fast: by the end
        // of April, cases from the start of March are past the deadline.
        var body = new
        {
            startMonth = "2027-01",
            types = new[] { new { name = "work", handlingHours = 1.0, deadlineDays = 60, backlog = 0 } },
            inflow = new[] { new { type = "work", mean = Enumerable.Repeat(30.0, 6), upper80 = Enumerable.Repeat(40.0, 6) } },
            officerHours = Enumerable.Repeat(20.0, 6),
            hoursPerFte = 10.0,
        };
        var plan = await PlanAsync<WorkloadPlanView>(analyst, Workload, body);

        var expected = plan.Expected;
        expected.Months.Select(m => Math.Round(m.Backlog, 6)).ShouldBe([10, 20, 30, 40, 50, 60]);
        expected.Months.ShouldAllBe(m => Math.Abs(m.GapHours - 10) < 1e-9 && Math.Abs(m.GapFte - 1) < 1e-9);
        expected.Months[4].Overdue.ShouldBe(0, 1e-9);
        expected.Months[5].Overdue.ShouldBe(30.0 / 31, 1e-9);
        expected.FirstDeadlineMonth.ShouldBe("2027-06");

        var upper = plan.Upper80.ShouldNotBeNull();
        upper.Inflow.ShouldBe("upper80");
        upper.Months.Select(m => Math.Round(m.Backlog, 6)).ShouldBe([20, 40, 60, 80, 100, 120]);
        upper.FirstDeadlineMonth.ShouldBe("2027-04");
    }

    [Fact]
    public async Task PlanStaffing_TwoHundredCallsAtThreeMinutes_NeedsFourteenOperatorsForEightyTwenty()
    {
        using var supervisor = await SignInAsync(Roles.Supervisor);
        var body = new
        {
            calls = new object[] { new { weekday = "Mon", hour = 10, calls = 200.0 }, new { weekday = "1", hour = 9, calls = 0.0 } },
            target = new { serviceLevel = 0.8, answerWithinSeconds = 20.0, averageHandleSeconds = 180.0, shrinkage = 0.3 },
        };
        var plan = await PlanAsync<StaffingPlanView>(supervisor, Staffing, body);

        plan.Model.ShouldBe("erlang-c");
        plan.Rows.Select(r => (r.Weekday, r.Hour)).ShouldBe([("Mon", 9), ("Mon", 10)]);
        plan.Rows[0].AgentsNeeded.ShouldBe(0);
        var busy = plan.Rows[1];
        busy.OfferedLoad.ShouldBe(10, 1e-9);
        busy.AgentsNeeded.ShouldBe(14);
        busy.ScheduledAgents.ShouldBe(20);
        busy.ServiceLevel.ShouldBeGreaterThanOrEqualTo(0.8);
        busy.AbandonmentShare.ShouldBeNull();
        plan.Totals.ShouldBe(new StaffingTotalsView(200, 14, 20, 20, "Mon", 10));

        // Callers who hang up after a mean of two minutes take no operator time: fewer are needed.
        var patient = await PlanAsync<StaffingPlanView>(supervisor, Staffing, new { body.calls, target = new { serviceLevel = 0.8, answerWithinSeconds = 20.0, averageHandleSeconds = 180.0, patienceSeconds = 120.0 } });
        patient.Model.ShouldBe("erlang-a");
        patient.Rows[1].AgentsNeeded.ShouldBeLessThanOrEqualTo(14);
        patient.Rows[1].AbandonmentShare.ShouldNotBeNull();
    }

    [Fact]
    public async Task PlanWorkload_BadInput_Returns400NamingEachFieldInTheCallersLanguage()
    {
        using var analyst = await SignInAsync(Roles.Analyst);
        var body = new
        {
            startMonth = "2027-13",
            types = new object[]
            {
                new { name = "work", handlingHours = 0.0, deadlineDays = 60, backlog = 0 },
                new { name = "study", handlingHours = 3.0, deadlineDays = -5 },
            },
            inflow = new object[] { new { type = "work", mean = new[] { 10.0, 10.0, -1.0 } }, new { type = "family", mean = new[] { 1.0, 1.0, 1.0 } } },
            officerHours = new[] { 100.0, 100.0 },
            hoursPerFte = 0.0,
        };
        using var response = await analyst.Client.SendAsync(ProblemDetails.Json(Workload, body, "pl"), Cancellation);
        var errors = await ProblemDetails.ErrorsAsync(response);
        errors.Keys.ShouldBe(
            ["startMonth", "types[0].handlingHours", "types[1].deadlineDays", "inflow[0].mean[2]", "inflow[1].type", "officerHours", "hoursPerFte"],
            ignoreOrder: true);
        errors["types[1].deadlineDays"].ShouldBe([ProblemDetails.Translation("Enter a whole number greater than zero.", "pl")]);
        errors["inflow[1].type"].ShouldBe([ProblemDetails.Translation("{0} is not among the application types.", "pl", "family")]);
        errors["officerHours"].ShouldBe([ProblemDetails.Translation("Send {0} values, one per month, as many as the inflow has.", "pl", 3)]);

        using var missingInflow = await analyst.Client.PostAsJsonAsync(Workload, new
        {
            startMonth = "2027-01",
            types = new[] { new { name = "work", handlingHours = 1.0, deadlineDays = 60 }, new { name = "study", handlingHours = 1.0, deadlineDays = 60 } },
            inflow = new[] { new { type = "work", mean = new[] { 1.0 } } },
            officerHours = new[] { 1.0 },
        }, Cancellation);
        (await ProblemDetails.ErrorsAsync(missingInflow)).Keys.ShouldBe(["inflow"]);

        using var wrongType = await analyst.Client.PostAsync(Workload, Body("""{"startMonth":"2027-01","types":[{"name":"work","handlingHours":1,"deadlineDays":30.5}]}"""), Cancellation);
        (await ProblemDetails.ErrorsAsync(wrongType)).Keys.ShouldBe(["types[0].deadlineDays"]);
        using var truncated = await analyst.Client.PostAsync(Workload, Body("""{"startMonth":"""), Cancellation);
        truncated.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var empty = await analyst.Client.PostAsync(Workload, Body("{}"), Cancellation);
        (await ProblemDetails.ErrorsAsync(empty)).Keys.ShouldBe(["startMonth", "types", "inflow", "officerHours"], ignoreOrder: true);
        using var csv = await analyst.Client.PostAsync(Workload, new StringContent("a,b\n", Encoding.UTF8, "text/csv"), Cancellation);
        csv.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task PlanStaffing_BadInput_Returns400NamingEachFieldInTheCallersLanguage()
    {
        using var supervisor = await SignInAsync(Roles.Supervisor);
        var body = new
        {
            calls = new object[]
            {
                new { weekday = "Funday", hour = 24, calls = -1.0 },
                new { weekday = "Mon", hour = 9, calls = 10.0 },
                new { weekday = "monday", hour = 9, calls = 5.0 },
            },
            target = new { serviceLevel = 80.0, answerWithinSeconds = 0.0, averageHandleSeconds = 180.0, maxOccupancy = 1.5, shrinkage = 0.95 },
        };
        using var response = await supervisor.Client.SendAsync(ProblemDetails.Json(Staffing, body, "de"), Cancellation);
        var errors = await ProblemDetails.ErrorsAsync(response);
        errors.Keys.ShouldBe(
            ["calls[0].weekday", "calls[0].hour", "calls[0].calls", "calls[2]", "target.serviceLevel", "target.answerWithinSeconds", "target.maxOccupancy", "target.shrinkage"],
            ignoreOrder: true);
        errors["target.serviceLevel"].ShouldBe([ProblemDetails.Translation("Enter a number greater than zero and below {0}.", "de", 1)]);
        errors["calls[0].hour"].ShouldBe([ProblemDetails.Translation("Enter a number from {0} to {1}.", "de", 0, 23)]);

        using var perWeek = await supervisor.Client.PostAsJsonAsync(Staffing, new
        {
            calls = new[] { new { weekday = "Tue", hour = 8, calls = 500_000.0 } },
            target = new { serviceLevel = 0.8, answerWithinSeconds = 20.0, averageHandleSeconds = 180.0 },
        }, Cancellation);
        (await ProblemDetails.ErrorsAsync(perWeek)).Keys.ShouldBe(["calls[0].calls"]);
        using var empty = await supervisor.Client.PostAsync(Staffing, Body("{}"), Cancellation);
        (await ProblemDetails.ErrorsAsync(empty)).Keys.ShouldBe(["calls", "target"], ignoreOrder: true);
        using var wrongType = await supervisor.Client.PostAsync(Staffing, Body("""{"calls":[{"weekday":"Mon","hour":"nine","calls":3}]}"""), Cancellation);
        (await ProblemDetails.ErrorsAsync(wrongType)).Keys.ShouldBe(["calls[0].hour"]);
    }

    [Fact]
    public async Task OpenApi_DescribesBothPlanningEndpointsWithTheirBodies()
    {
        using var anonymous = (await FactoryAsync()).CreateClient();
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json", Cancellation));
        var paths = document.RootElement.GetProperty("paths");
        foreach (var (path, request) in new[] { (Workload, nameof(WorkloadRequest)), (Staffing, nameof(StaffingRequest)) })
        {
            var post = paths.GetProperty(path).GetProperty("post");
            post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString().ShouldEndWith(request);
            post.GetProperty("responses").GetProperty("400").ValueKind.ShouldBe(JsonValueKind.Object);
        }
    }

    [Theory]
    [InlineData(Roles.HelplineOperator)]
    [InlineData(Roles.CaseOfficer)]
    public async Task Planning_RolesThatDoNotPlan_AreRefused(string role)
    {
        using var session = await SignInAsync(role);
        (await session.Client.PostAsync(Workload, Body("{}"), Cancellation)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await session.Client.PostAsync(Staffing, Body("{}"), Cancellation)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<WebSession> SignInAsync(string role) => await (await FactoryAsync()).SignInAsync(role);

    private static async Task<T> PlanAsync<T>(WebSession session, string url, object body)
    {
        using var response = await session.Client.PostAsJsonAsync(url, body, Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancellation));
        return (await response.Content.ReadFromJsonAsync<T>(Cancellation))!;
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");
}

public sealed class SqlitePlanningHttpTests(SqliteFactoryFixture fixture) : PlanningHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPlanningHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PlanningHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
