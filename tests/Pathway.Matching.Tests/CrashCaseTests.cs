using System.Globalization;
using System.Text;
using Pathway.Matching.Clustering;
using Pathway.Matching.Dates;
using Pathway.Matching.Text;

namespace Pathway.Matching.Tests;

/// <summary>The faults random layouts found, each pinned: a result and a note, never an exception.</summary>
public sealed class CrashCaseTests
{
    private const string HistoricalHeader = "unique_id,full_name,first_and_surname,first_name,surname,dob,birth_place,postcode_fake,gender,occupation";

    // 250 records (enough to train on) in which no two share a date of birth, a given name and
    // surname, or a postcode: every training rule finds no pairs.
    private static string HistoricalWithEmptyTrainingRules()
    {
        var text = new StringBuilder(HistoricalHeader).Append('\n');
        for (var i = 0; i < 250; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Q{i}-1,,,given{Letters(i)},surname{Letters(i)},,place{i % 7},pc{i},{(i % 3 == 0 ? "unknown" : "male")},{(i % 2 == 0 ? "priest" : "")}\n");
        }

        return text.ToString();
    }

    // A number spelled so that no two names fold to one skeleton (no doubled letters, no i/j or s/z pairs).
    private static string Letters(int i) => string.Concat(i.ToString(CultureInfo.InvariantCulture).Select(d => $"{"abcdefghkl"[d - '0']}r"));

    [Fact]
    public async Task Dedupe_HistoricalHeaderWithNoPairForAnyTrainingRule_GivesClustersAndNotes()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", HistoricalWithEmptyTrainingRules());
        var outcome = await DedupeJob.RunAsync(new DedupeOptions { InputPath = input, IdColumn = "unique_id", OutputPath = folder.PathOf("out.csv") }, cancellation: TestContext.Current.CancellationToken);
        outcome.Error.ShouldBeNull();
        var report = outcome.Report!;
        report.Records.ShouldBe(250);
        report.Notes.ShouldContain(n => n.Contains("given name and surname was skipped", StringComparison.Ordinal));
        report.Notes.ShouldContain(n => n.Contains("No training rule found records to learn from", StringComparison.Ordinal));
        report.Notes.ShouldContain("Column \"dob\" was left out: it is empty on every record.");
        report.Columns.Single(c => c.Column == "full_name").LeftOut.ShouldNotBeNull();
        report.Columns.Single(c => c.Column == "birth_place").Role.ShouldBe(FieldRole.BirthPlace);
        report.Columns.Single(c => c.Column == "occupation").Role.ShouldBe(FieldRole.Text);
        report.Columns.Single(c => c.Column == "gender").Role.ShouldBe(FieldRole.Sex);
        File.ReadAllLines(folder.PathOf("out.csv")).Length.ShouldBe(251);
    }

    [Fact]
    public async Task Dedupe_DateOfBirthRuleWithoutPairs_SkipsItAndTrainsOnTheOthers()
    {
        using var folder = new TempFolder();
        var text = new StringBuilder(HistoricalHeader).Append('\n');
        for (var i = 0; i < 300; i++)
        {
            // Every date is different; names repeat in pairs, so only the name rule has pairs.
            text.Append(CultureInfo.InvariantCulture, $"Q{i},,,john{i / 2},smith{i / 2},{1700 + i}-0{1 + (i % 9)}-1{i % 10},,,,\n");
        }

        var input = folder.Write("people.csv", text.ToString());
        var outcome = await DedupeJob.RunAsync(new DedupeOptions { InputPath = input, IdColumn = "unique_id", OutputPath = folder.PathOf("out.csv") }, cancellation: TestContext.Current.CancellationToken);
        outcome.Error.ShouldBeNull();
        outcome.Report!.Notes.ShouldContain("Training on records that share their date of birth was skipped: no two records share one.");
        outcome.Report.TrainingIterations.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData(0, "no records")]
    [InlineData(1, "one record")]
    public async Task Dedupe_HeaderOnlyOrOneRecord_GivesAResultWithANote(int records, string noted)
    {
        using var folder = new TempFolder();
        var rows = string.Concat(Enumerable.Range(0, records).Select(i => string.Create(CultureInfo.InvariantCulture, $"Q{i},john smith,john smith,john,smith,1801-02-03,york,yo1 2ab,male,priest\n")));
        var input = folder.Write("people.csv", HistoricalHeader + "\n" + rows);
        var outcome = await DedupeJob.RunAsync(new DedupeOptions { InputPath = input, IdColumn = "unique_id", OutputPath = folder.PathOf("out.csv") }, cancellation: TestContext.Current.CancellationToken);
        outcome.Error.ShouldBeNull();
        outcome.Report!.Notes.ShouldContain(n => n.Contains(noted, StringComparison.Ordinal));
        File.ReadAllLines(folder.PathOf("out.csv")).Length.ShouldBe(records + 1);
    }

    [Fact]
    public async Task Dedupe_ConstantAndRecordNumberColumns_AreLeftOutWithTheReason()
    {
        using var folder = new TempFolder();
        var rows = string.Concat(Enumerable.Range(0, 40).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i},name{i % 20},gb,note-{i}\n")));
        var input = folder.Write("people.csv", "id,surname,country,remarks\n" + rows);
        var outcome = await DedupeJob.RunAsync(new DedupeOptions { InputPath = input, IdColumn = "id", OutputPath = folder.PathOf("out.csv") }, cancellation: TestContext.Current.CancellationToken);
        outcome.Error.ShouldBeNull();
        var columns = outcome.Report!.Columns;
        columns.Single(c => c.Column == "country").LeftOut.ShouldBe("every record that has a value holds the same one, so it cannot tell people apart");
        columns.Single(c => c.Column == "remarks").LeftOut!.ShouldContain("like a record number");
        columns.Single(c => c.Column == "surname").LeftOut.ShouldBeNull();
        outcome.Report.ColumnsLeftOut.ShouldBe(["country", "remarks"]);
    }

    [Fact]
    public async Task Dedupe_WholeNameBesideSplitNames_IsComparedOnlyWhereTheyAreMissing()
    {
        using var folder = new TempFolder();
        var input = folder.Write("people.csv", """
            unique_id,full_name,first_name,surname,dob
            1,john smith,john,smith,1801-02-03
            2,john smith,john,smith,1801-02-03
            3,mary jones,,,1790-05-06
            4,mary jones,,,1790-05-06
            """);
        var outcome = await DedupeJob.RunAsync(new DedupeOptions { InputPath = input, IdColumn = "unique_id", OutputPath = folder.PathOf("out.csv"), Explain = 10 }, cancellation: TestContext.Current.CancellationToken);
        outcome.Error.ShouldBeNull();
        var report = outcome.Report!;
        report.Columns.Single(c => c.Column == "full_name").Remark.ShouldBe("used only on records without first name and surname");
        var johns = report.ClosestCalls.Single(p => p.LeftId == "1" && p.RightId == "2");
        johns.Fields.Single(f => f.Field == "full_name").Level.ShouldBe("missing");
        var marys = report.ClosestCalls.Single(p => p.LeftId == "3" && p.RightId == "4");
        marys.Fields.Single(f => f.Field == "full_name").Level.ShouldBe("exact");
    }

    [Fact]
    public async Task Dedupe_VeryLongFreeTextAndAstralLetters_Finishes()
    {
        using var folder = new TempFolder();
        var longText = new string('a', 200_000);
        var rows = string.Concat(Enumerable.Range(0, 220).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i},𝐀𝐧𝐧𝐚{i % 50},smith{i % 30},{longText}{i % 3}\n")));
        var input = folder.Write("people.csv", "id,first_name,surname,occupation\n" + rows);
        var outcome = await DedupeJob.RunAsync(new DedupeOptions { InputPath = input, IdColumn = "id", OutputPath = folder.PathOf("out.csv") }, cancellation: TestContext.Current.CancellationToken);
        outcome.Error.ShouldBeNull();
        File.ReadAllLines(folder.PathOf("out.csv")).Length.ShouldBe(221);
    }

    [Fact]
    public void Fold_LoneSurrogateAndAstralLetters_DoNotThrow()
    {
        LatinFolding.Fold("ab\uD835cd").ShouldBe("ab cd");
        LatinFolding.Fold("\uDC00").ShouldBe("");
        LatinFolding.Fold("𝐀nna").ShouldBe("anna");
        NameSkeleton.Of("x\uD800").ShouldBe("ks");
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("U")]
    [InlineData("Not stated")]
    [InlineData("")]
    public void ScorePair_UnknownGender_IsMissing(string gender)
    {
        Record Of(string id) => new(id, new Dictionary<FieldRole, string?> { [FieldRole.Surname] = "smith", [FieldRole.Sex] = gender });
        LinkageModel.Default.ScorePair(Of("a"), Of("b")).Fields.Single(f => f.Role == FieldRole.Sex).Level.ShouldBe("missing");
    }

    [Fact]
    public void WeightOf_FreeText_IsHeldToTwoBits()
    {
        var field = new FieldParameters { Name = "occupation", Role = FieldRole.Text, Comparison = ComparisonKind.Text, M = [0, .9, .05, .03, .02], U = [0, 1e-6, 1e-5, .01, .98999] };
        field.WeightOf(1).ShouldBe(FieldParameters.MaxFreeTextWeight);
        field.WeightOf(4).ShouldBe(-FieldParameters.MaxFreeTextWeight);
    }

    [Theory]
    [InlineData("1788-03-14", false)]
    [InlineData("1850-11-30", false)]
    [InlineData("1900-01-01", true)]
    [InlineData("1788", true)]
    public void BirthDate_HistoricalDates_AreRealEvidence(string text, bool weak) => BirthDate.Parse(text)!.Value.IsWeak.ShouldBe(weak);

    [Fact]
    public void Cluster_IdenticalGroupLargerThanTheDenseLimit_StaysOnePerson()
    {
        // 600 copies of one person all linked at the same weight, and an unrelated pair.
        const int copies = 600;
        var identical = Enumerable.Range(0, copies + 2).Select(i => i < copies ? 0 : i).ToArray();
        double Weight(int i, int j) => i < copies && j < copies ? 20 : (Math.Min(i, j), Math.Max(i, j)) == (copies, copies + 1) ? 20 : -20;
        var links = Enumerable.Range(1, copies - 1).Select(i => new Link(0, i, 20)).Append(new Link(copies, copies + 1, 20)).ToList();
        var clusterer = new PersonClusterer(Weight, linkWeight: 0, mergeWeight: 0, clip: 30, maxDenseComponent: 400, identical: identical);
        var cluster = clusterer.Cluster(copies + 2, links, TestContext.Current.CancellationToken);
        cluster.Take(copies).Distinct().Count().ShouldBe(1);
        cluster[copies].ShouldBe(cluster[copies + 1]);
        cluster[copies].ShouldNotBe(cluster[0]);
    }
}
