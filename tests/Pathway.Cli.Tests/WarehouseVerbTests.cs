using System.Globalization;
using Microsoft.Data.Sqlite;
using Parquet;

namespace Pathway.Cli.Tests;

/// <summary>`pathway warehouse rebuild|export`: the analytics warehouse built anew and its tables written as Parquet, audited.</summary>
public sealed class WarehouseVerbTests
{
    private static readonly string[] Files =
        ["fact-applications.parquet", "fact-case-events.parquet", "fact-services.parquet", "fact-beneficiaries.parquet", "fact-calls.parquet", "fact-appointments.parquet", "fact-portal-use.parquet", "dim-dates.parquet", "dim-offices.parquet", "dim-application-types.parquet", "dim-codes.parquet"];

    private static async Task<List<string?[]>> QueryAsync(Cli cli, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={cli.DatabaseFile};Pooling=false");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string?[]>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static async Task<long> RowsInAsync(string file)
    {
        await using var stream = File.OpenRead(file);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        return reader.Metadata!.NumRows;
    }

    [Fact]
    public async Task Export_WritesEveryTableAsParquet_WithTheTenantsRows_OneLinePerFile_AndAuditsEach()
    {
        using var cli = new Cli();
        (await cli.RunAsync("seed", "--persons", "10")).ExitCode.ShouldBe(0);
        var rebuild = await cli.RunAsync("warehouse", "rebuild", "--tenant", "demo");
        rebuild.ExitCode.ShouldBe(0, rebuild.Error);

        var export = await cli.RunAsync("warehouse", "export", "--output", "out", "--tenant", "demo");
        export.ExitCode.ShouldBe(0, export.Error);
        var lines = export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ShouldBe(Files);
        Directory.GetFiles(cli.PathOf("out")).Select(Path.GetFileName).ShouldBe(Files, ignoreOrder: true);

        var cases = long.Parse((await QueryAsync(cli, "SELECT COUNT(*) FROM \"Analytics_FactApplications\""))[0][0]!, CultureInfo.InvariantCulture);
        cases.ShouldBeGreaterThan(0);
        (await RowsInAsync(cli.PathOf("out/fact-applications.parquet"))).ShouldBe(cases);
        lines[0].ShouldBe(string.Create(CultureInfo.InvariantCulture, $"fact-applications.parquet: {cases:N0} rows"));
        foreach (var line in lines)
        {
            var file = line[..line.IndexOf(':', StringComparison.Ordinal)];
            var rows = long.Parse(line[(line.IndexOf(':', StringComparison.Ordinal) + 2)..line.LastIndexOf(' ')], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            (await RowsInAsync(cli.PathOf(Path.Combine("out", file)))).ShouldBe(rows, file);
        }

        var audited = await QueryAsync(cli, "SELECT \"EntityId\", \"Details\", \"ActorName\", \"Action\" FROM \"AuditEntries\" WHERE \"EntityType\" = 'Warehouse' AND \"Details\" LIKE 'parquet export;%' ORDER BY \"Sequence\"");
        audited.Select(a => a[0] + ".parquet").ShouldBe(Files);
        audited[0][1].ShouldBe(string.Create(CultureInfo.InvariantCulture, $"parquet export; {cases} rows"));
        audited.ShouldAllBe(a => a[2]!.StartsWith("pathway warehouse export", StringComparison.Ordinal));
        (await cli.RunAsync("audit", "verify")).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Export_OfOneTable_WritesThatFileOnly_AndAnUnknownTableIsRefusedWithTheNames()
    {
        using var cli = new Cli();
        (await cli.RunAsync("seed", "--persons", "10")).ExitCode.ShouldBe(0);

        var one = await cli.RunAsync("warehouse", "export", "--output", "out", "--table", "dim-codes");
        one.ExitCode.ShouldBe(0, one.Error);
        Directory.GetFiles(cli.PathOf("out")).Select(Path.GetFileName).ShouldBe(["dim-codes.parquet"]);
        one.Output.Trim().ShouldStartWith("dim-codes.parquet: ");

        var unknown = await cli.RunAsync("warehouse", "export", "--output", "other", "--table", "Analytics_DimCodes");
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("fact-applications");
        Directory.Exists(cli.PathOf("other")).ShouldBeFalse();
    }
}
