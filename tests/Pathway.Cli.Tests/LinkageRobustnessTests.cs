using System.Globalization;
using System.Text;

namespace Pathway.Cli.Tests;

/// <summary>`pathway dedupe` and `pathway link` on the layouts people have: a result, the roles and plain notes, never a stack trace.</summary>
public sealed class LinkageRobustnessTests
{
    private const string HistoricalHeader = "unique_id,full_name,first_and_surname,first_name,surname,dob,birth_place,postcode_fake,gender,occupation";

    // Lower-case historical persons, dob always empty (so a training rule has nothing), 250 records to train on.
    private static string Historical()
    {
        var text = new StringBuilder(HistoricalHeader).Append('\n');
        for (var i = 0; i < 250; i++)
        {
            var person = i / 2;
            var surname = new[] { "smith", "jones", "taylor", "brown", "clarke", "wood", "hall" }[person % 7];
            var first = new[] { "john", "william", "thomas", "mary", "anne" }[person % 5];
            var gender = i % 4 == 0 ? "unknown" : person % 5 < 3 ? "male" : "female";
            var occupation = i % 3 == 0 ? "" : new[] { "priest", "merchant", "poet", "soldier" }[person % 4];
            var place = i % 2 == 0 ? "st albans" : "saint albans";
            text.Append(CultureInfo.InvariantCulture, $"Q{person}-{i % 2},{first} {surname},{first} {surname},{(i % 3 == 0 ? "" : first)},{(i % 6 == 0 ? "" : surname + (person % 40).ToString(CultureInfo.InvariantCulture))},,{place},al{person % 9} 1ab,{gender},{occupation}\n");
        }

        return text.ToString();
    }

    [Fact]
    public async Task Dedupe_HistoricalHeader_WritesClustersWithRolesAndNotes()
    {
        using var cli = new Cli();
        await File.WriteAllTextAsync(cli.PathOf("people.csv"), Historical(), TestContext.Current.CancellationToken);
        var result = await cli.RunAsync("dedupe", "--input", "people.csv", "--id-column", "unique_id", "--output", "clusters.csv", "--explain");
        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldNotContain("Exception");
        (await File.ReadAllLinesAsync(cli.PathOf("clusters.csv"), TestContext.Current.CancellationToken)).Length.ShouldBe(251);
        result.Output.ShouldContain("Roles:");
        result.Output.ShouldContain("  unique_id: not compared (id or mapped to ignore)");
        result.Output.ShouldContain("  full_name: FullName (used only on records without first name and surname)");
        result.Output.ShouldContain("  birth_place: BirthPlace");
        result.Output.ShouldContain("  gender: Sex");
        result.Output.ShouldContain("  occupation: free text (weak evidence, at most 2 bits either way)");
        result.Output.ShouldContain("  dob: left out: it is empty on every record");
        result.Output.ShouldContain("Note: Column \"dob\" was left out: it is empty on every record.");
    }

    [Fact]
    public async Task Dedupe_WithoutExplain_PrintsNotesButNoRoles()
    {
        using var cli = new Cli();
        await File.WriteAllTextAsync(cli.PathOf("people.csv"), Historical(), TestContext.Current.CancellationToken);
        var result = await cli.RunAsync("dedupe", "--input", "people.csv", "--id-column", "unique_id", "--output", "clusters.csv");
        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldNotContain("Roles:");
        result.Output.ShouldContain("Note: ");
    }

    [Fact]
    public async Task Dedupe_HeaderOnly_ExitsZeroWithANote()
    {
        using var cli = new Cli();
        await File.WriteAllTextAsync(cli.PathOf("people.csv"), HistoricalHeader + "\n", TestContext.Current.CancellationToken);
        var result = await cli.RunAsync("dedupe", "--input", "people.csv", "--id-column", "unique_id", "--output", "clusters.csv");
        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Note: The file has a header but no records");
        (await File.ReadAllLinesAsync(cli.PathOf("clusters.csv"), TestContext.Current.CancellationToken)).ShouldBe(["id,cluster_id"]);
    }

    [Fact]
    public async Task Link_HistoricalHeaderBothSides_ExitsZeroWithRoles()
    {
        using var cli = new Cli();
        var lines = Historical().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await File.WriteAllLinesAsync(cli.PathOf("a.csv"), lines.Take(126), TestContext.Current.CancellationToken);
        await File.WriteAllLinesAsync(cli.PathOf("b.csv"), lines.Take(1).Concat(lines.Skip(126)), TestContext.Current.CancellationToken);
        var result = await cli.RunAsync("link", "--left", "a.csv", "--right", "b.csv", "--id-column", "unique_id", "--output", "pairs.csv", "--explain", "3");
        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Roles:");
        result.Output.ShouldContain("  birth_place: BirthPlace");
        (await File.ReadAllLinesAsync(cli.PathOf("pairs.csv"), TestContext.Current.CancellationToken))[0].ShouldBe("left_id,right_id,match_probability");
    }
}
