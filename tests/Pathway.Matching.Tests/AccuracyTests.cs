using System.Globalization;
using System.Text.RegularExpressions;

namespace Pathway.Matching.Tests;

/// <summary>
/// Unsupervised accuracy on public data sets with ground truth, default settings, no labels.
/// These are development sets; the methods are general, not tuned to them.
/// </summary>
public sealed partial class AccuracyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dataset1.csv", 0.995)]
    [InlineData("dataset2.csv", 0.995)]
    [InlineData("dataset3.csv", 0.995)]
    public async Task Dedupe_Febrl_MeetsF1(string file, double minimumF1)
    {
        var folder = TestData.Folder();
        var (accuracy, report) = await Run(Path.Combine(folder, file), "rec_id", id => FebrlPerson().Match(id).Groups[1].Value);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {accuracy}; {report.CandidatePairs} candidate pairs, {report.Clusters} clusters"));
        accuracy.F1.ShouldBeGreaterThanOrEqualTo(minimumF1);
    }

    [Fact]
    public async Task Dedupe_SplinkFake1000_MeetsF1()
    {
        var folder = TestData.Folder();
        var path = Path.Combine(folder, "fake_1000.csv");
        var truth = File.ReadLines(path).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[^1]);
        var (accuracy, report) = await Run(path, "unique_id", id => truth[id]);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fake_1000.csv: {accuracy}; {report.CandidatePairs} candidate pairs, {report.Clusters} clusters"));
        accuracy.F1.ShouldBeGreaterThanOrEqualTo(0.92);
    }

    private static async Task<(PairwiseAccuracy, DedupeReport)> Run(string path, string idColumn, Func<string, string> personOf)
    {
        var outputPath = Path.Combine(Path.GetTempPath(), $"pathway-accuracy-{Guid.NewGuid():N}.csv");
        try
        {
            var outcome = await DedupeJob.RunAsync(new DedupeOptions { InputPath = path, IdColumn = idColumn, OutputPath = outputPath }, null, TestContext.Current.CancellationToken);
            outcome.Error.ShouldBeNull();
            var predicted = File.ReadLines(outputPath).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1]);
            var truth = predicted.Keys.ToDictionary(id => id, personOf);
            return (PairwiseAccuracy.Of(predicted, truth), outcome.Report!);
        }
        finally
        {
            File.Delete(outputPath);
        }
    }

    [GeneratedRegex(@"^rec-(\d+)-")]
    private static partial Regex FebrlPerson();
}
