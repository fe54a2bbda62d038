using System.Globalization;
using System.Text.Json;

namespace Pathway.Cli.Tests;

/// <summary><c>pathway helpline import|stats</c> with exactly the arguments and output other programs rely on.</summary>
public sealed class HelplineVerbTests : IDisposable
{
    private readonly Cli cli = new();

    /// <summary>A Master.csv row with all 21 columns (Warsaw's clock, UTC+2 in early October).</summary>
    private static string Row(string linked, int sequence, string context, string start, int ring, int talk, string disposition)
    {
        var begin = DateTime.ParseExact(start, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        string Time(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"\"\",\"48500100200\",\"+48221110000\",\"{context}\",\"\",\"PJSIP/trunk-1\",\"PJSIP/op-{sequence}\",\"Queue\",\"\","
            + $"{Time(begin)},{(talk > 0 ? Time(begin.AddSeconds(ring)) : "")},{Time(begin.AddSeconds(ring + talk))},{ring + talk},{talk},\"{disposition}\",\"DOCUMENTATION\","
            + $"\"{linked}.{sequence}\",\"\",\"\",\"{linked}\",{sequence}");
    }

    private static readonly string[] Rows =
    [
        Row("1759734000.1", 1, "from-trunk", "2025-10-06 09:00:00", 30, 0, "NO ANSWER"),
        Row("1759734000.1", 2, "from-trunk", "2025-10-06 09:00:00", 30, 300, "ANSWERED"),
        Row("1759734000.2", 1, "from-trunk", "2025-10-06 10:00:00", 10, 120, "ANSWERED"),
        Row("1759734000.3", 1, "ivr-menu", "2025-10-06 11:00:00", 1, 60, "ANSWERED"),
        Row("1759734000.4", 1, "from-internal", "2025-10-06 12:00:00", 10, 60, "ANSWERED"),
    ];

    // 2025-10-06 09:00:30 and 10:00:10 in Warsaw; the second caller waited 10 s, the first 30 s.
    private static readonly string[] QueueLog =
    [
        "1759734030|1759734000.1|helpline|PJSIP/op|CONNECT|30|1759734000.1.2|3",
        "1759737610|1759734000.2|helpline|PJSIP/op|CONNECT|10|1759734000.2.1|2",
    ];

    [Fact]
    public async Task Import_ThenStats_AsJsonAndCsv_AndASecondImportAddsNothing()
    {
        (await cli.RunAsync("seed", "--persons", "1")).ExitCode.ShouldBe(0);
        var master = cli.PathOf("Master.csv");
        var queue = cli.PathOf("queue_log");
        await File.WriteAllLinesAsync(master, Rows, TestContext.Current.CancellationToken);
        await File.WriteAllLinesAsync(queue, QueueLog, TestContext.Current.CancellationToken);

        var (exit, output, error) = await cli.RunAsync("helpline", "import", "--file", master, "--queue-log", queue);
        var (againExit, againOutput, _) = await cli.RunAsync("helpline", "import", "--file", master);
        var (statsExit, json, statsError) = await cli.RunAsync("helpline", "stats", "--from", "2025-10-06", "--to", "2025-10-06", "--format", "json");
        var (csvExit, csv, _) = await cli.RunAsync("helpline", "stats", "--from", "2025-10-01", "--to", "2025-10-31", "--format", "csv");

        exit.ShouldBe(0, error);
        output.ShouldContain("Imported Master.csv: 5 rows added, 0 already there, 0 skipped.");
        output.ShouldContain("Imported queue_log: 2 events added, 0 already there, 0 skipped.");
        againExit.ShouldBe(0);
        againOutput.ShouldContain("Imported Master.csv: 0 rows added, 5 already there, 0 skipped.");
        statsExit.ShouldBe(0, statsError);
        var stats = JsonDocument.Parse(json).RootElement;
        stats.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["from", "to", "answeredIncoming", "outgoing", "automatedHelpline", "redirected", "abandoned", "averageWaitSeconds", "answeredWithin20sShare"]);
        (stats.GetProperty("from").GetString(), stats.GetProperty("to").GetString()).ShouldBe(("2025-10-06", "2025-10-06"));
        (stats.GetProperty("answeredIncoming").GetInt32(), stats.GetProperty("outgoing").GetInt32(), stats.GetProperty("automatedHelpline").GetInt32()).ShouldBe((2, 1, 1));
        (stats.GetProperty("redirected").GetInt32(), stats.GetProperty("abandoned").GetInt32()).ShouldBe((0, 0));
        stats.GetProperty("averageWaitSeconds").GetDouble().ShouldBe(20);
        stats.GetProperty("answeredWithin20sShare").GetDouble().ShouldBe(0.5);
        csvExit.ShouldBe(0);
        csv.ShouldBe("from,to,answeredIncoming,outgoing,automatedHelpline,redirected,abandoned,averageWaitSeconds,answeredWithin20sShare\r\n2025-10-01,2025-10-31,2,1,1,0,0,20,0.5\r\n");
    }

    [Fact]
    public async Task Import_OfAMalformedFile_IsRefusedWhole_NamingEachLine_UnlessSkipInvalid()
    {
        (await cli.RunAsync("seed", "--persons", "1")).ExitCode.ShouldBe(0);
        var master = cli.PathOf("Master.csv");
        await File.WriteAllLinesAsync(master, [Rows[0], "\"broken", Rows[2], "1,2,3"], TestContext.Current.CancellationToken);

        var (exit, output, error) = await cli.RunAsync("helpline", "import", "--file", master);
        var (_, json, _) = await cli.RunAsync("helpline", "stats", "--from", "2025-10-06", "--to", "2025-10-06", "--format", "json");
        var (skipExit, skipOutput, _) = await cli.RunAsync("helpline", "import", "--file", master, "--skip-invalid");
        var (missingExit, _, missingError) = await cli.RunAsync("helpline", "import", "--file", cli.PathOf("none.csv"));
        var (badDayExit, _, badDayError) = await cli.RunAsync("helpline", "stats", "--from", "2025-10-31", "--to", "2025-10-01");

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldContain("Nothing was imported: 2 lines cannot be read (--skip-invalid imports the others).");
        error.ShouldContain("Master.csv: Line 2: a quote that does not close, or text after a closing quote.");
        error.ShouldContain("Master.csv: Line 4: 3 columns, where Master.csv has 16 to 21.");
        JsonDocument.Parse(json).RootElement.GetProperty("answeredIncoming").GetInt32().ShouldBe(0, "nothing of a refused file is kept");
        skipExit.ShouldBe(0);
        skipOutput.ShouldContain("Imported Master.csv: 2 rows added, 0 already there, 2 skipped.");
        skipOutput.ShouldContain("Skipped Master.csv: Line 2:");
        (missingExit, badDayExit).ShouldBe((2, 2));
        missingError.ShouldContain("There is no file");
        badDayError.ShouldContain("--to must be on or after --from.");
    }

    public void Dispose() => cli.Dispose();
}
