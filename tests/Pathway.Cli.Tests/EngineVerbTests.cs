using System.Text.Json;

namespace Pathway.Cli.Tests;

/// <summary>The engine verbs (mrz, dedupe, link, registry scan) in a real process.</summary>
public sealed class EngineVerbTests
{
    private const string Specimen = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";

    [Fact]
    public async Task MrzParse_TwoDocumentsOneBroken_WritesOneJsonLineEach()
    {
        using var cli = new Cli();
        var input = $"{Specimen.ToLowerInvariant()}\n\n{Specimen.Replace("L898902C36", "L898902C35", StringComparison.Ordinal)}\n";
        var result = await cli.RunWithInputAsync(input, "mrz", "parse");
        result.ExitCode.ShouldBe(0, result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        first.GetProperty("format").GetString().ShouldBe("TD3");
        first.GetProperty("valid").GetBoolean().ShouldBeTrue();
        first.GetProperty("fields").GetProperty("surname").GetString().ShouldBe("ERIKSSON");
        first.GetProperty("fields").GetProperty("birthDate").GetString().ShouldBe("740812");
        var second = JsonDocument.Parse(lines[1]).RootElement;
        second.GetProperty("checkDigitsValid").GetBoolean().ShouldBeFalse();
        second.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ShouldContain("documentNumber");
    }

    [Fact]
    public async Task MrzGenerate_FieldsWithCyrillicName_WritesTransliteratedMrz()
    {
        using var cli = new Cli();
        var input = """{"format":"TD3","fields":{"documentCode":"P","issuingState":"UKR","documentNumber":"FA123456","nationality":"UKR","birthDate":"900412","sex":"F","expiryDate":"310101","surname":"Гриценко","givenNames":"Олена"}}""" + "\n";
        var result = await cli.RunWithInputAsync(input, "mrz", "generate");
        result.ExitCode.ShouldBe(0, result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("P<UKRGRITSENKO<<OLENA<");
        lines[0].Length.ShouldBe(44);
        (await cli.RunWithInputAsync(string.Join('\n', lines) + "\n", "mrz", "parse")).Output.ShouldContain("\"valid\":true");
    }

    [Fact]
    public async Task Dedupe_SmallFile_WritesAClusterForEveryRow()
    {
        using var cli = new Cli();
        await File.WriteAllTextAsync(cli.PathOf("people.csv"), """
            person_id,first_name,surname,dob,city
            1,Olena,Hrytsenko,1990-04-12,Lviv
            2,Olena,Grycenko,1990-04-12,Lwów
            3,Oleksandr,Shevchenko,1985-11-02,Kyiv
            4,Ołeksandr,Szewczenko,1985-02-11,Kijów
            5,Maria,Kowalska,1970-01-20,Kraków
            """, TestContext.Current.CancellationToken);
        var result = await cli.RunAsync("dedupe", "--input", "people.csv", "--id-column", "person_id", "--output", "clusters.csv", "--explain", "2");
        result.ExitCode.ShouldBe(0, result.Error);
        var rows = (await File.ReadAllLinesAsync(cli.PathOf("clusters.csv"), TestContext.Current.CancellationToken)).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0], r => r[1]);
        rows.Keys.ShouldBe(["1", "2", "3", "4", "5"], ignoreOrder: true);
        rows["3"].ShouldBe(rows["4"], "Shevchenko and Szewczenko with day and month swapped are one person");
        rows["5"].ShouldNotBe(rows["1"]);
        rows["5"].ShouldNotBe(rows["3"]);
    }

    [Theory]
    [InlineData("name,dob\nA,1990-01-01\n", "person_id")]
    [InlineData("person_id,name\n1,A\n1,B\n", "line 3")]
    [InlineData("person_id,name\n1,A\n2,B,extra\n", "3")]
    public async Task Dedupe_BadInput_ExitsWithTheLineAndLeavesNoOutput(string csv, string expected)
    {
        using var cli = new Cli();
        await File.WriteAllTextAsync(cli.PathOf("bad.csv"), csv, TestContext.Current.CancellationToken);
        var result = await cli.RunAsync("dedupe", "--input", "bad.csv", "--id-column", "person_id", "--output", "out.csv");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(expected);
        File.Exists(cli.PathOf("out.csv")).ShouldBeFalse();
        Directory.GetFiles(cli.Folder).Select(Path.GetFileName).ShouldBe(["bad.csv"]);
    }

    [Fact]
    public async Task Dedupe_NotUtf8_ExitsWithAnEncodingError()
    {
        using var cli = new Cli();
        await File.WriteAllBytesAsync(cli.PathOf("latin1.csv"), [.. "person_id,name\n1,"u8, 0xC3, 0x28, (byte)'\n'], TestContext.Current.CancellationToken);
        var result = await cli.RunAsync("dedupe", "--input", "latin1.csv", "--id-column", "person_id", "--output", "out.csv");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("2");
        File.Exists(cli.PathOf("out.csv")).ShouldBeFalse();
    }

    [Fact]
    public async Task Link_TwoFiles_WritesTheMatchingPair()
    {
        using var cli = new Cli();
        await File.WriteAllTextAsync(cli.PathOf("a.csv"), "id,given_name,surname,date_of_birth\na1,Yuliia,Kovalchuk,1992-03-05\na2,Petro,Melnyk,1960-12-30\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(cli.PathOf("b.csv"), "id,given_name,surname,date_of_birth\nb1,Julia,Kowalczuk,1992-03-05\nb2,Anna,Nowak,1980-01-01\n", TestContext.Current.CancellationToken);
        var result = await cli.RunAsync("link", "--left", "a.csv", "--right", "b.csv", "--id-column", "id", "--output", "pairs.csv");
        result.ExitCode.ShouldBe(0, result.Error);
        var lines = await File.ReadAllLinesAsync(cli.PathOf("pairs.csv"), TestContext.Current.CancellationToken);
        lines[0].ShouldBe("left_id,right_id,match_probability");
        lines.Skip(1).ShouldContain(l => l.StartsWith("a1,b1,", StringComparison.Ordinal));
        lines.Skip(1).ShouldNotContain(l => l.StartsWith("a2,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RegistryScan_OnSeededDuplicates_QueuesThem()
    {
        using var cli = new Cli();
        (await cli.RunWithAsync(new Dictionary<string, string> { ["Registry__ScanAtSeed"] = "false" }, "seed", "--persons", "2000", "--duplicates", "0.1")).ExitCode.ShouldBe(0);
        var result = await cli.RunAsync("registry", "scan");
        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("records scanned");
        result.Output.ShouldNotContain(" 0 likely duplicates");
    }

    [Fact]
    public async Task Seed_ScansTheSeededRegistry_SoTheQueueHoldsTheDuplicatesAtOnce()
    {
        using var cli = new Cli();
        var seed = await cli.RunAsync("seed", "--persons", "2000", "--duplicates", "0.1");
        seed.ExitCode.ShouldBe(0, seed.Error);
        var result = await cli.RunAsync("registry", "scan");
        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain(" 0 likely duplicates", customMessage: "the scan at seeding queued them already");
    }
}
