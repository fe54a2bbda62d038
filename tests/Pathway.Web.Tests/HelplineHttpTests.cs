using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// The helpline over HTTP, on SQLite and PostgreSQL: telephony files imported once however often
/// they come, refused whole or skipped line by line, the figures of a period counted by call, and
/// calls logged by hand. Each test takes days of its own in 2025, away from the demo's weeks.
/// </summary>
public abstract class HelplineHttpTests
{
    private const string Api = "/api/v1/helpline";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A Master.csv row with all 21 columns, its times written as Warsaw's clock shows them.</summary>
    internal static string Row(string linked, int sequence, string context, string app, string start, int ring, int talk, string disposition, string destination = "+48221110000")
    {
        var begin = DateTime.ParseExact(start, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        string Time(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"\"\",\"48500100200\",\"{destination}\",\"{context}\",\"\"\"Caller\"\" <48500100200>\",\"PJSIP/trunk-{sequence:x4}\",\"PJSIP/op-{sequence:x4}\",\"{app}\",\"\","
            + $"{Time(begin)},{(talk > 0 ? Time(begin.AddSeconds(ring)) : "")},{Time(begin.AddSeconds(ring + talk))},{ring + talk},{talk},\"{disposition}\",\"DOCUMENTATION\","
            + $"\"{linked}.{sequence}\",\"\",\"\",\"{linked}\",{sequence}");
    }

    /// <summary>A queue_log line at a Warsaw wall-clock time (UTC+2 in early October).</summary>
    private static string Queue(string local, string call, string name, params int[] data)
    {
        var at = new DateTimeOffset(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), TimeSpan.FromHours(2)).ToUnixTimeSeconds();
        return string.Create(CultureInfo.InvariantCulture, $"{at}|{call}|helpline|PJSIP/op|{name}|{string.Join('|', data)}");
    }

    /// <summary>One Monday's calls: what each counts as is said beside it.</summary>
    private static string[] MondayRows(string day, string tag) =>
    [
        // A ring group: the first phone did not answer, the second did. One answered incoming call.
        Row($"{tag}1", 1, "from-trunk", "Queue", $"{day} 09:00:00", 30, 0, "NO ANSWER"),
        Row($"{tag}1", 2, "from-trunk", "Queue", $"{day} 09:00:00", 30, 300, "ANSWERED"),
        Row($"{tag}2", 1, "from-trunk", "Queue", $"{day} 10:00:00", 10, 120, "ANSWERED"), // answered incoming
        Row($"{tag}3", 1, "ivr-info", "Playback", $"{day} 11:00:00", 1, 90, "ANSWERED"), // automated helpline
        Row($"{tag}4", 1, "from-trunk", "Queue", $"{day} 12:00:00", 5, 40, "ANSWERED"), // sent on: redirected, not incoming
        Row($"{tag}4", 2, "redirect-legal", "Dial", $"{day} 12:00:45", 4, 200, "ANSWERED", "+48221119999"),
        Row($"{tag}5", 1, "from-internal", "Dial", $"{day} 13:00:00", 12, 240, "ANSWERED", "0048601234567"), // outgoing
        Row($"{tag}6", 1, "from-trunk", "Queue", $"{day} 14:00:00", 45, 0, "NO ANSWER"), // hung up waiting
    ];

    private static string[] MondayQueue(string day, string tag) =>
    [
        Queue($"{day} 09:00:00", $"{tag}1", "ENTERQUEUE"),
        Queue($"{day} 09:00:30", $"{tag}1", "CONNECT", 30, 0, 3),
        Queue($"{day} 10:00:00", $"{tag}2", "ENTERQUEUE"),
        Queue($"{day} 10:00:10", $"{tag}2", "CONNECT", 10, 0, 2),
        Queue($"{day} 14:00:00", $"{tag}6", "ENTERQUEUE"),
        Queue($"{day} 14:00:45", $"{tag}6", "ABANDON", 1, 1, 45),
    ];

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, IEnumerable<string> cdr, IEnumerable<string>? queue = null, bool skipInvalid = false)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join('\n', cdr) + "\n")), "file", "Master.csv");
        if (queue is not null)
        {
            content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join('\n', queue) + "\n")), "queueLog", "queue_log");
        }

        if (skipInvalid)
        {
            content.Add(new StringContent("true"), "skipInvalid");
        }

        return await client.PostAsync($"{Api}/imports", content, Cancel);
    }

    private static async Task<JsonElement> StatsAsync(HttpClient client, string from, string to)
    {
        using var response = await client.GetAsync($"{Api}/statistics?from={from}&to={to}", Cancel);
        return await JsonAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Import_ThenStatistics_CountCallsNotRows_AndASecondImportOrAGrownFileAddsOnlyNewLines()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var rows = MondayRows("2025-10-06", "1759734000.");

        using (var first = await ImportAsync(supervisor.Client, rows, MondayQueue("2025-10-06", "1759734000.")))
        {
            var answer = await JsonAsync(first, HttpStatusCode.Created);
            answer.GetProperty("import").GetProperty("rowsAdded").GetInt32().ShouldBe(8);
            answer.GetProperty("import").GetProperty("eventsAdded").GetInt32().ShouldBe(6);
            answer.GetProperty("skipped").GetArrayLength().ShouldBe(0);
        }

        var stats = await StatsAsync(analyst.Client, "2025-10-06", "2025-10-06");
        stats.GetProperty("from").GetString().ShouldBe("2025-10-06");
        stats.GetProperty("answeredIncoming").GetInt32().ShouldBe(2);
        stats.GetProperty("outgoing").GetInt32().ShouldBe(1);
        stats.GetProperty("automatedHelpline").GetInt32().ShouldBe(1);
        stats.GetProperty("redirected").GetInt32().ShouldBe(1);
        stats.GetProperty("abandoned").GetInt32().ShouldBe(1);
        stats.GetProperty("averageWaitSeconds").GetDouble().ShouldBe((30 + 10 + 45) / 3.0, 1e-9);
        stats.GetProperty("answeredWithin20sShare").GetDouble().ShouldBe(1 / 3.0, 1e-9);
        var monday = stats.GetProperty("incomingByWeekdayAndHour")[0];
        (monday[9].GetInt32(), monday[10].GetInt32(), monday[14].GetInt32()).ShouldBe((1, 1, 0));

        // The same file again adds nothing; the file grown by a call adds that call's row only.
        using (var again = await ImportAsync(supervisor.Client, rows))
        {
            var answer = (await JsonAsync(again, HttpStatusCode.Created)).GetProperty("import");
            (answer.GetProperty("rowsAdded").GetInt32(), answer.GetProperty("rowsKnown").GetInt32()).ShouldBe((0, 8));
        }

        using (var grown = await ImportAsync(supervisor.Client, [.. rows, Row("1759734000.7", 1, "from-trunk", "Queue", "2025-10-06 15:00:00", 5, 60, "ANSWERED")]))
        {
            var answer = (await JsonAsync(grown, HttpStatusCode.Created)).GetProperty("import");
            (answer.GetProperty("rowsAdded").GetInt32(), answer.GetProperty("rowsKnown").GetInt32()).ShouldBe((1, 8));
        }

        (await StatsAsync(analyst.Client, "2025-10-06", "2025-10-06")).GetProperty("answeredIncoming").GetInt32().ShouldBe(3);
        using var csv = await analyst.Client.GetAsync($"{Api}/statistics?from=2025-10-06&to=2025-10-06&format=csv", Cancel);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await csv.Content.ReadAsStringAsync(Cancel)).ShouldBe(
            "from,to,answeredIncoming,outgoing,automatedHelpline,redirected,abandoned,averageWaitSeconds,answeredWithin20sShare\r\n"
            + string.Create(CultureInfo.InvariantCulture, $"2025-10-06,2025-10-06,3,1,1,1,1,{(30 + 10 + 45) / 3.0:R},{1 / 3.0:R}\r\n"));
    }

    [Fact]
    public async Task Import_OfAFileWithBadLines_IsRefusedWhole_EachLineNamedInTheReadersLanguage_OrSkippedLineByLineWhenAsked()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        supervisor.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var rows = MondayRows("2025-10-13", "1760338800.");
        string[] file = [rows[0], rows[1], "\"only\",\"three\",\"columns\"", rows[2], rows[3].Replace(",90,", ",\"90\",", StringComparison.Ordinal)];

        using (var refused = await ImportAsync(supervisor.Client, file))
        {
            var problem = await JsonAsync(refused, HttpStatusCode.BadRequest);
            var lines = problem.GetProperty("errors").GetProperty("file").EnumerateArray().Select(e => e.GetString()!).ToList();
            lines.ShouldBe([
                ProblemDetails.Translation("Line {0}: {1} columns, where Master.csv has 16 to 21.", "pl", 3, "3"),
                ProblemDetails.Translation("Line {0}, column {1}: “{2}” is not a whole number written without quotes.", "pl", 5, 14, "90")]);
        }

        var untouched = await StatsAsync(supervisor.Client, "2025-10-13", "2025-10-13");
        (untouched.GetProperty("answeredIncoming").GetInt32(), untouched.GetProperty("automatedHelpline").GetInt32()).ShouldBe((0, 0), "nothing of a refused file is kept");

        using (var skipping = await ImportAsync(supervisor.Client, file, skipInvalid: true))
        {
            var answer = await JsonAsync(skipping, HttpStatusCode.Created);
            answer.GetProperty("import").GetProperty("rowsAdded").GetInt32().ShouldBe(3);
            answer.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("line").GetInt32()).ShouldBe([3, 5]);
        }

        (await StatsAsync(supervisor.Client, "2025-10-13", "2025-10-13")).GetProperty("answeredIncoming").GetInt32().ShouldBe(2);
        using var noFile = await supervisor.Client.PostAsync($"{Api}/imports", new MultipartFormDataContent { { new StringContent("true"), "skipInvalid" } }, Cancel);
        (await JsonAsync(noFile, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Statistics_WithoutAQueueLog_LeaveWaitingUntold_AndABadPeriodIsRefusedByField()
    {
        var factory = await FactoryAsync();
        using var operatorSession = await factory.SignInAsync(Roles.HelplineOperator);
        operatorSession.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("uk");

        var stats = await StatsAsync(operatorSession.Client, "2025-09-01", "2025-09-07");
        stats.GetProperty("abandoned").ValueKind.ShouldBe(JsonValueKind.Null);
        stats.GetProperty("averageWaitSeconds").ValueKind.ShouldBe(JsonValueKind.Null);
        stats.GetProperty("answeredWithin20sShare").ValueKind.ShouldBe(JsonValueKind.Null);

        using var backwards = await operatorSession.Client.GetAsync($"{Api}/statistics?from=2025-09-07&to=2025-09-01", Cancel);
        var problem = await JsonAsync(backwards, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("to")[0].GetString().ShouldBe(ProblemDetails.Translation("The last day must be on or after the first.", "uk"));
        using var badDay = await operatorSession.Client.GetAsync($"{Api}/statistics?from=1.9.2025&format=xml", Cancel);
        var errors = (await JsonAsync(badDay, HttpStatusCode.BadRequest)).GetProperty("errors");
        (errors.TryGetProperty("from", out _), errors.TryGetProperty("format", out _)).ShouldBe((true, true));

        using var import = await ImportAsync(operatorSession.Client, MondayRows("2025-09-01", "x"));
        import.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "operators read and log; a supervisor imports");
    }

    [Fact]
    public async Task LoggedCalls_AreCheckedByField_AndCountedByTopicAndLanguage()
    {
        var factory = await FactoryAsync();
        using var operatorSession = await factory.SignInAsync(Roles.HelplineOperator);

        using (var bad = await operatorSession.Client.PostAsJsonAsync($"{Api}/calls", new { at = "2025-08-04T10:00", direction = "Incoming", language = "xx", minutes = 0 }, Cancel))
        {
            var errors = (await JsonAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errors");
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(["language", "minutes", "topic"]);
        }

        using (var future = await operatorSession.Client.PostAsJsonAsync($"{Api}/calls", new { at = "2099-01-01T10:00", direction = "Incoming", topic = "Work", language = "uk", minutes = 5 }, Cancel))
        {
            (await JsonAsync(future, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("at", out _).ShouldBeTrue();
        }

        foreach (var (topic, language, direction) in new[] { ("Work", "uk", "Incoming"), ("Work", "ru", "Incoming"), ("Housing", "uk", "Outgoing") })
        {
            using var logged = await operatorSession.Client.PostAsJsonAsync($"{Api}/calls", new { at = "2025-08-04T10:00", direction, topic, language, minutes = 7 }, Cancel);
            var call = await JsonAsync(logged, HttpStatusCode.Created);
            call.GetProperty("at").GetDateTime().ShouldBe(new DateTime(2025, 8, 4, 8, 0, 0), "10:00 in Warsaw in summer");
            call.GetProperty("operator").GetString().ShouldNotBeNullOrEmpty();
        }

        var stats = await StatsAsync(operatorSession.Client, "2025-08-04", "2025-08-04");
        var byOperators = stats.GetProperty("loggedByOperators");
        (byOperators.GetProperty("incoming").GetInt32(), byOperators.GetProperty("outgoing").GetInt32()).ShouldBe((2, 1));
        byOperators.GetProperty("byTopic").GetProperty("Work").GetInt32().ShouldBe(2);
        byOperators.GetProperty("byLanguage").GetProperty("uk").GetInt32().ShouldBe(2);
        using var list = await operatorSession.Client.GetAsync($"{Api}/calls?from=2025-08-04&to=2025-08-04", Cancel);
        (await JsonAsync(list, HttpStatusCode.OK)).GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task Categories_ASavedMappingCountsEveryCallAnew_AndABlankRuleIsRefused()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using (var imported = await ImportAsync(supervisor.Client, MondayRows("2025-07-07", "1751871600.")))
        {
            imported.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using var current = await supervisor.Client.GetAsync($"{Api}/categories", Cancel);
        var defaults = (await JsonAsync(current, HttpStatusCode.OK)).GetProperty("rules");
        defaults[0].GetProperty("category").GetString().ShouldBe("Redirected");

        using (var blank = await supervisor.Client.PutAsJsonAsync($"{Api}/categories", new { rules = new[] { new { field = "DestinationContext", prefix = " ", category = "Incoming" } } }, Cancel))
        {
            (await JsonAsync(blank, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("rules[0].prefix", out _).ShouldBeTrue();
        }

        using (var unknown = await supervisor.Client.PutAsJsonAsync($"{Api}/categories", new { rules = new[] { new { field = "Nowhere", prefix = "x", category = "Incoming" } } }, Cancel))
        {
            unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        try
        {
            // The redirection rule left out: the redirected call now counts as an answered incoming one.
            var without = new
            {
                rules = new[]
                {
                    new { field = "DestinationContext", prefix = "ivr", category = "AutomatedHelpline" },
                    new { field = "DestinationContext", prefix = "from-trunk", category = "Incoming" },
                    new { field = "Destination", prefix = "+4822111", category = "Incoming" },
                },
            };
            using var saved = await supervisor.Client.PutAsJsonAsync($"{Api}/categories", without, Cancel);
            (await JsonAsync(saved, HttpStatusCode.OK)).GetProperty("rules").GetArrayLength().ShouldBe(3);
            var stats = await StatsAsync(supervisor.Client, "2025-07-07", "2025-07-07");
            (stats.GetProperty("answeredIncoming").GetInt32(), stats.GetProperty("redirected").GetInt32(), stats.GetProperty("outgoing").GetInt32()).ShouldBe((3, 0, 0));
        }
        finally
        {
            using var restored = await supervisor.Client.PutAsJsonAsync($"{Api}/categories", new { rules = defaults }, Cancel);
            restored.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var again = await StatsAsync(supervisor.Client, "2025-07-07", "2025-07-07");
        (again.GetProperty("answeredIncoming").GetInt32(), again.GetProperty("redirected").GetInt32()).ShouldBe((2, 1));
    }
}

public sealed class SqliteHelplineHttpTests(SqliteFactoryFixture fixture) : HelplineHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresHelplineHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : HelplineHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
