using System.Globalization;
using Pathway.Matching.Blocking;
using Pathway.Matching.Scoring;

namespace Pathway.Matching.Tests;

public sealed class BlockingPlanTests
{
    private static readonly FieldParameters[] Fields =
    [
        DefaultParameters.For("given_name", FieldRole.GivenName),
        DefaultParameters.For("surname", FieldRole.Surname),
        DefaultParameters.For("date_of_birth", FieldRole.BirthDate),
        DefaultParameters.For("city", FieldRole.City),
    ];

    /// <summary>
    /// 3,000 records of "Oleksandr Kowalenko" from one town with different dates (their name
    /// prefix block is far over the limit and dropped), 300 of them "Olena Kowalenko" from
    /// another, and the pair under test at either end of the file (so the sorted neighbourhood does
    /// not meet them): "Oleksandr Kowalenko" from a third town without a date, once with the names
    /// swapped and in Ukrainian romanisation.
    /// </summary>
    private static RecordSet Registry()
    {
        var rows = new List<string[]> { new[] { "Oleksandr", "Kowalenko", "", "Lutsk" } };
        for (var i = 0; i < 3_000; i++)
        {
            var date = new DateOnly(1950, 1, 1).AddDays(i * 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows.Add(i < 300 ? ["Olena", "Kowalenko", date, "Lviv"] : ["Oleksandr", "Kowalenko", date, "Warszawa"]);
        }

        rows.Add(["Kovalenko", "Oleksandr", "", "Lutsk"]);
        return RecordSet.Build([.. Enumerable.Range(0, rows.Count).Select(i => i.ToString(CultureInfo.InvariantCulture))], Fields, (f, i) => rows[i][f], frequenciesFromData: true);
    }

    [Fact]
    public void Generate_UndatedRecordsWithSwappedTransliteratedNamesFromOneTown_AreCandidates()
    {
        var set = Registry();
        var features = new BlockingFeatures(set);
        var candidates = new CandidateGenerator(set, BlockingPlan.For(set, features), new BlockingLimits(100_000, 5_000, 2))
            .Generate(features, null, CancellationToken.None);

        var pairs = candidates.Chunks.SelectMany(c => Enumerable.Range(0, c.Count).Select(k => (c.Left[k], c.Right[k]))).ToHashSet();
        pairs.ShouldContain((0, set.Count - 1));
        candidates.Rules.ShouldContain(r => r.Rule == "given name, surname and town" && r.Pairs > 0);
    }

    [Fact]
    public void For_FileWithoutTown_HasNoNameAndTownRule()
    {
        var set = RecordSet.Build(["a", "b"], Fields[..3], (f, i) => new[] { "Ivan", "Koval", "1960-01-02" }[f], frequenciesFromData: true);

        BlockingPlan.For(set, new BlockingFeatures(set)).ShouldNotContain(r => r.Name == "given name, surname and town");
    }

    [Fact]
    public void Patterns_PairsOfARuleThatDoesNotCountForThePrior_AreLeftOut()
    {
        var set = Registry();
        var features = new BlockingFeatures(set);
        var candidates = new CandidateGenerator(set, BlockingPlan.For(set, features), new BlockingLimits(100_000, 5_000, 2))
            .Generate(features, null, CancellationToken.None);

        var counted = Training.ModelTrainer.Patterns(candidates, CancellationToken.None).Values.Sum();

        var townPairs = candidates.Rules.Single(r => r.Rule == "given name, surname and town").Pairs;
        townPairs.ShouldBeGreaterThan(0);
        counted.ShouldBe(candidates.Count - townPairs);
        candidates.Chunks.Where(c => !c.ForPrior).Sum(c => (long)c.Count).ShouldBe(townPairs);
    }
}
