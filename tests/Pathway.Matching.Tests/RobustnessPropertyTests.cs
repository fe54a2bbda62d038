using FsCheck;
using FsCheck.Fluent;

namespace Pathway.Matching.Tests;

/// <summary>
/// Any well-formed file gives a result, never an exception: random header layouts, empty,
/// constant, unique, very long, astral and quoted values, files of 0 to 300 records (either side
/// of the size at which a model is trained).
/// </summary>
public sealed class RobustnessPropertyTests
{
    private const int Cases = 25;

    [Fact]
    public void Dedupe_AnyLayout_WritesOneClusterPerRecord()
    {
        var property = Prop.ForAll(RandomLayouts.Layouts(maxRows: 300).ToArbitrary(), layout =>
        {
            using var folder = new TempFolder();
            var input = folder.Write("people.csv", layout.ToCsv());
            var output = folder.PathOf("clusters.csv");
            var outcome = DedupeJob.RunAsync(new DedupeOptions { InputPath = input, IdColumn = "id", OutputPath = output, Explain = 2 }).GetAwaiter().GetResult();
            outcome.Error.ShouldBeNull(layout.ToString());
            var lines = File.ReadAllLines(output);
            lines[0].ShouldBe("id,cluster_id");
            lines.Length.ShouldBe(layout.Rows + 1);
            var report = outcome.Report!;
            report.Columns.Count.ShouldBe(layout.Columns.Length + 1);
            foreach (var column in report.Columns.Where(c => c.LeftOut is not null))
            {
                report.Notes.ShouldContain(n => n.Contains($"\"{column.Column}\"", StringComparison.Ordinal));
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), property);
    }

    [Fact]
    public void Link_AnyLayout_WritesMatchesBetweenTheTwoFiles()
    {
        var property = Prop.ForAll(RandomLayouts.Layouts(maxRows: 300).ToArbitrary(), layout =>
        {
            using var folder = new TempFolder();
            var half = layout.Rows / 2;
            var left = folder.Write("left.csv", layout.ToCsv(0, half));
            var right = folder.Write("right.csv", layout.ToCsv(half));
            var output = folder.PathOf("links.csv");
            var outcome = LinkJob.RunAsync(new LinkOptions { LeftPath = left, RightPath = right, IdColumn = "id", OutputPath = output, Explain = 2 }).GetAwaiter().GetResult();
            outcome.Error.ShouldBeNull(layout.ToString());
            var lines = File.ReadAllLines(output);
            lines[0].ShouldBe("left_id,right_id,match_probability");
            lines.Length.ShouldBe((int)outcome.Report!.MatchedPairs + 1);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), property);
    }

    [Fact]
    public void ScorePair_AnyText_IncludingLoneSurrogates_Scores()
    {
        // Files reach the engine as valid UTF-8; records built in memory can hold any UTF-16.
        var text = Gen.Elements("\uD835", "\uDC00", "𝐀", "é", "a", " ", "Ж", "\u0301", "😀", "-").ArrayOf().Select(parts => string.Concat(parts));
        var property = Prop.ForAll(text.ToArbitrary(), text.ToArbitrary(), (a, b) =>
        {
            Record Of(string id, string value) => new(id, Enum.GetValues<FieldRole>().ToDictionary(r => r, _ => (string?)value));
            var pair = LinkageModel.Default.ScorePair(Of("a", a), Of("b", b));
            double.IsFinite(pair.TotalWeight).ShouldBeTrue();
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
    }
}
