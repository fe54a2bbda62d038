namespace Pathway.Cli.Tests;

/// <summary>The Cases module's verbs print exactly what other programs read: ISO dates one per line, a tag's hex, one JSON object.</summary>
public sealed class CasesVerbTests : IDisposable
{
    private readonly Cli cli = new();

    [Fact]
    public async Task CalendarHolidays_PrintsOneIsoDatePerLine()
    {
        var (exit, output, _) = await cli.RunAsync("calendar", "holidays", "--year", "2025");

        exit.ShouldBe(0);
        output.ShouldBe(string.Concat(new[]
        {
            "2025-01-01", "2025-01-06", "2025-04-20", "2025-04-21", "2025-05-01", "2025-05-03", "2025-06-08",
            "2025-06-19", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-24", "2025-12-25", "2025-12-26",
        }.Select(d => d + Environment.NewLine)));
    }

    [Theory]
    [InlineData("--days", "14", "2026-04-17")]
    [InlineData("--months", "1", "2026-05-04")]
    public async Task CalendarDeadline_PrintsTheEndDate(string unit, string length, string end)
    {
        var (exit, output, _) = await cli.RunAsync("calendar", "deadline", "--start", "2026-04-03", unit, length);

        exit.ShouldBe(0);
        output.ShouldBe(end + Environment.NewLine);
    }

    [Theory]
    [InlineData("calendar", "holidays", "--year", "1990")]
    [InlineData("calendar", "deadline", "--start", "2026-04-31", "--days", "7")]
    [InlineData("calendar", "deadline", "--start", "2026-04-03")]
    [InlineData("calendar", "deadline", "--start", "2026-04-03", "--days", "7", "--months", "1")]
    [InlineData("calendar", "deadline", "--start", "2026-04-03", "--days", "0")]
    [InlineData("rfid", "encode", "--company-prefix", "0614141", "--asset-reference", "05678")]
    [InlineData("rfid", "encode", "--company-prefix", "0614141", "--asset-reference", "5678", "--filter", "9")]
    [InlineData("rfid", "decode", "3074257BF7194E4000001A85")]
    [InlineData("rfid", "decode", "34742")]
    [InlineData("rfid", "label-archive", "--company-prefix", "59012ab", "--output", "labels.csv")]
    [InlineData("rfid", "label-archive", "--company-prefix", "5901234", "--filter", "8", "--output", "labels.csv")]
    [InlineData("rfid", "label-archive", "--company-prefix", "5901234", "--tenant", "atlantis", "--output", "labels.csv")]
    public async Task BadInput_ExitsWith2AndAMessage(params string[] arguments)
    {
        var (exit, output, error) = await cli.RunAsync(arguments);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.Trim().ShouldNotBeEmpty();
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task RfidEncode_PrintsTheTagInHex()
    {
        var (exit, output, _) = await cli.RunAsync("rfid", "encode", "--company-prefix", "0614141", "--asset-reference", "5678", "--filter", "3");

        exit.ShouldBe(0);
        output.ShouldBe("3474257BF40000000000162E" + Environment.NewLine);
    }

    [Fact]
    public async Task RfidDecode_PrintsOneJsonObject()
    {
        var (exit, output, _) = await cli.RunAsync("rfid", "decode", "3474257BF40000000000162E");

        exit.ShouldBe(0);
        output.ShouldBe("""{"scheme":"giai-96","filter":3,"companyPrefix":"0614141","assetReference":"5678","tagUri":"urn:epc:tag:giai-96:3.0614141.5678","pureIdentityUri":"urn:epc:id:giai:0614141.5678"}""" + Environment.NewLine);
    }

    [Fact]
    public async Task ApiKeysCreate_PrintsOnlyTheKey_WithTheScopesAsked()
    {
        (await cli.RunAsync("seed", "--persons", "10")).ExitCode.ShouldBe(0);

        var (exit, output, error) = await cli.RunAsync("apikeys", "create", "--name", "load test", "--scopes", "cases.read cases.work", "--days", "7", "--tenant", "demo");

        exit.ShouldBe(0, error);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1);
        var key = lines[0];
        key.ShouldNotContain(" ");
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={cli.DatabaseFile}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT \"Prefix\", \"Scopes\", \"Name\" FROM \"ApiKeys\"";
        await using var row = await read.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        (await row.ReadAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();
        key.ShouldStartWith("pwk_" + row.GetString(0) + "_");
        (row.GetString(1), row.GetString(2)).ShouldBe(("cases.read cases.work", "load test"));
    }

    [Theory]
    [InlineData("--scopes", "cases.read cases.fly")]
    [InlineData("--scopes", "cases.read", "--tenant", "atlantis")]
    public async Task ApiKeysCreate_RefusesAnUnknownScopeOrTenant(params string[] arguments)
    {
        (await cli.RunAsync("seed", "--persons", "10")).ExitCode.ShouldBe(0);

        var (exit, output, error) = await cli.RunAsync(["apikeys", "create", "--name", "x", .. arguments]);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain(arguments.Length == 2 ? "cases.fly" : "atlantis");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task RfidLabelArchive_TagsEveryUnlabelledFile_NumberingOnFromTheLargestReference_AndARerunTagsNothing()
    {
        (await cli.RunAsync("seed", "--persons", "10")).ExitCode.ShouldBe(0);
        var cases = await ColumnAsync("SELECT \"Number\" FROM \"Cases_Cases\"");
        var taggedBefore = await ColumnAsync("SELECT \"CaseNumber\" FROM \"Cases_PaperFiles\"");
        var largestBefore = (await ColumnAsync("SELECT \"Epc\" FROM \"Cases_PaperFiles\" WHERE \"Epc\" LIKE 'urn:epc:id:giai:5901234.%'"))
            .Max(epc => ulong.Parse(epc.Split('.')[^1], System.Globalization.CultureInfo.InvariantCulture));
        var labels = cli.PathOf("labels.csv");

        var (exit, output, error) = await cli.RunAsync("rfid", "label-archive", "--company-prefix", "5901234", "--filter", "3", "--tenant", "demo", "--output", labels);

        exit.ShouldBe(0, error);
        var lines = await File.ReadAllLinesAsync(labels, TestContext.Current.CancellationToken);
        lines[0].ShouldBe("case_number,tag_hex,tag_uri,pure_identity_uri");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        rows.Select(r => r[0]).ShouldBe(cases.Except(taggedBefore).Order(StringComparer.Ordinal), ignoreOrder: true);
        output.ShouldContain($"Labelled {rows.Count} of {rows.Count} files");
        foreach (var row in rows)
        {
            // The hex on the label is the tag its URIs name, with the filter asked for.
            var tag = Pathway.Cases.PaperFiles.Giai96.Decode(row[1]).ShouldBeOfType<Pathway.Cases.PaperFiles.TagEncoded>().Tag;
            (tag.TagUri, tag.PureIdentityUri, tag.Filter, tag.CompanyPrefix).ShouldBe((row[2], row[3], 3, "5901234"));
        }

        rows.Select(r => ulong.Parse(r[3].Split('.')[^1], System.Globalization.CultureInfo.InvariantCulture)).Order()
            .ShouldBe([.. Enumerable.Range(1, rows.Count).Select(i => largestBefore + (ulong)i)]);
        (await ColumnAsync("SELECT \"CaseNumber\" FROM \"Cases_PaperFiles\"")).ShouldBe(taggedBefore.Concat(rows.Select(r => r[0])), ignoreOrder: true);

        var again = await cli.RunAsync("rfid", "label-archive", "--company-prefix", "5901234", "--tenant", "demo", "--output", labels);
        again.ExitCode.ShouldBe(0, again.Error);
        (await File.ReadAllLinesAsync(labels, TestContext.Current.CancellationToken)).ShouldBe(["case_number,tag_hex,tag_uri,pure_identity_uri"]);
    }

    private async Task<List<string>> ColumnAsync(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={cli.DatabaseFile}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var read = connection.CreateCommand();
        read.CommandText = sql;
        await using var row = await read.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var values = new List<string>();
        while (await row.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(row.GetString(0));
        }

        return values;
    }

    public void Dispose() => cli.Dispose();
}
