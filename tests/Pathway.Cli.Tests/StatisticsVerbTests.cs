using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Pathway.Cli.Tests;

/// <summary>`pathway statistics permits`: a year's Eurostat permit tables from the warehouse as SDMX-CSV files, audited.</summary>
public sealed class StatisticsVerbTests
{
    [Fact]
    public async Task Permits_WritesTheFourFiles_OneLineEach_AndAuditsEach()
    {
        using var cli = new Cli();
        (await cli.RunAsync("seed", "--persons", "10")).ExitCode.ShouldBe(0);
        (await cli.RunAsync("warehouse", "rebuild", "--tenant", "demo")).ExitCode.ShouldBe(0);
        // The demo cases run from the catalogue's day in 2026 up to today.
        var year = DateTime.Now.Year.ToString(CultureInfo.InvariantCulture);

        var run = await cli.RunAsync("statistics", "permits", "--year", year, "--output", "out", "--tenant", "demo");

        run.ExitCode.ShouldBe(0, run.Error);
        string[] files = [$"migr_resfirst_PL_{year}_transmission.csv", $"migr_resfirst_PL_{year}_publication.csv",
            $"migr_reschange_PL_{year}_transmission.csv", $"migr_reschange_PL_{year}_publication.csv"];
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines[..4].Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ShouldBe(files);
        lines[4].ShouldMatch($@"^\S+ {year}: [\d,]+ permits in [\d.]+ s$");
        Directory.GetFiles(cli.PathOf("out")).Select(Path.GetFileName).ShouldBe(files, ignoreOrder: true);
        (await File.ReadAllTextAsync(cli.PathOf(Path.Combine("out", files[0])), TestContext.Current.CancellationToken))
            .ShouldStartWith("DATAFLOW,freq,reason,citizen,duration,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\r\nESTAT:MIGR_RESFIRST(1.0),A,TOTAL,TOTAL,TOTAL,PER,PL,");

        await using var connection = new SqliteConnection($"Data Source={cli.DatabaseFile};Pooling=false");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"AuditEntries\" WHERE \"EntityType\" = 'OfficialStatistics' AND \"ActorName\" LIKE 'pathway statistics permits%'";
        Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), CultureInfo.InvariantCulture).ShouldBe(4);
    }
}
