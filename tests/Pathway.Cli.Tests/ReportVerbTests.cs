using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Pathway.Cli.Tests;

/// <summary>`pathway report list|run`: the library's reports named with their parameters, run as the office into a file, kept and audited; bad parameters named, nothing written.</summary>
public sealed class ReportVerbTests
{
    private static async Task<string?> ScalarAsync(Cli cli, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={cli.DatabaseFile};Pooling=false");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task List_NamesEachReport_WithItsParameters()
    {
        using var cli = new Cli();
        var list = await cli.RunAsync("report", "list");
        list.ExitCode.ShouldBe(0, list.Error);
        var lines = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.ShouldContain("monthly-office\tmonth\tMonthly office report");
        lines.ShouldContain(l => l.StartsWith("fund-indicators\tproject [from] [to]\t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_WritesTheFile_KeepsItInTheLibrary_AndNamesItsDataVersion()
    {
        using var cli = new Cli();
        (await cli.RunAsync("seed", "--persons", "10")).ExitCode.ShouldBe(0);
        (await cli.RunAsync("warehouse", "rebuild", "--tenant", "demo")).ExitCode.ShouldBe(0);

        var run = await cli.RunAsync("report", "run", "monthly-office", "--param", "month=previous", "--format", "sdmx-csv", "--transmission", "--output", "out/office.csv", "--tenant", "demo");
        run.ExitCode.ShouldBe(0, run.Error);
        var csv = await File.ReadAllTextAsync(cli.PathOf("out/office.csv"), TestContext.Current.CancellationToken);
        csv.ShouldStartWith("DATAFLOW,TABLE,ROW,COLUMN,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\r\nPATHWAY:MONTHLY_OFFICE(1.0),INFLOW,");
        var version = await ScalarAsync(cli, "SELECT \"DataVersion\" FROM \"Analytics_Reports\"");
        run.Output.Trim().ShouldBe(string.Create(CultureInfo.InvariantCulture, $"office.csv: {Encoding.UTF8.GetByteCount(csv):N0} bytes, data version {version}"));
        (await ScalarAsync(cli, "SELECT \"Transmission\" FROM \"Analytics_Reports\"")).ShouldBe("1");
        (await ScalarAsync(cli, "SELECT COUNT(*) FROM \"AuditEntries\" WHERE \"Action\" = 'report' AND \"ActorName\" LIKE 'pathway report run%'")).ShouldBe("1");

        // The same month again on the same data: the same version.
        var again = await cli.RunAsync("report", "run", "monthly-office", "--param", "month=previous", "--format", "pdf", "--output", "out/office.pdf", "--tenant", "demo");
        again.ExitCode.ShouldBe(0, again.Error);
        again.Output.ShouldEndWith($"data version {version}\n");
        (await File.ReadAllBytesAsync(cli.PathOf("out/office.pdf"), TestContext.Current.CancellationToken))[..5].ShouldBe("%PDF-"u8.ToArray());
    }

    [Fact]
    public async Task BadParameters_AreNamed_WithExitCode2_AndNothingIsWritten()
    {
        using var cli = new Cli();
        (await cli.RunAsync("seed", "--persons", "10")).ExitCode.ShouldBe(0);
        var run = await cli.RunAsync("report", "run", "monthly-office", "--param", "month=2026-13", "--param", "office=1", "--format", "docx", "--output", "out/x.pdf");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("month: Month: write a month as YYYY-MM");
        run.Error.ShouldContain("office: The report monthly-office has no parameter office; its parameters are month.");
        run.Error.ShouldContain("format: Choose the format: pdf, xlsx, sdmx-csv.");
        File.Exists(cli.PathOf("out/x.pdf")).ShouldBeFalse();

        var unknown = await cli.RunAsync("report", "run", "yearly-everything", "--format", "pdf", "--output", "out/x.pdf");
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldStartWith("There is no report yearly-everything.");

        var pair = await cli.RunAsync("report", "run", "monthly-office", "--param", "month", "--format", "pdf", "--output", "out/x.pdf");
        pair.ExitCode.ShouldBe(2);
        pair.Error.ShouldContain("write a parameter as name=value");
    }
}
