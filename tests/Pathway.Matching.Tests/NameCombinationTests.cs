using System.Globalization;
using Pathway.Matching.Scoring;

namespace Pathway.Matching.Tests;

public sealed class NameCombinationTests
{
    private static readonly FieldParameters[] Fields =
    [
        DefaultParameters.For("given_name", FieldRole.GivenName),
        DefaultParameters.For("surname", FieldRole.Surname),
        DefaultParameters.For("date_of_birth", FieldRole.BirthDate),
        DefaultParameters.For("city", FieldRole.City),
        DefaultParameters.For("nationality", FieldRole.Nationality),
    ];

    /// <summary>
    /// 12,000 records: 1,000 namesakes "Ivan Koval" born in Kyiv on different days (records 0-999),
    /// everyone else with a name of their own, the given and surname pools shared so that the
    /// single-field frequencies alone look ordinary.
    /// </summary>
    private static RecordSet Registry(int count = 12_000, bool dateless = false)
    {
        var rows = new string[count][];
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(1950, 1, 1).AddDays(i * 7 % 20_000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows[i] = i < 1_000
                ? ["Ivan", "Koval", date, "Kyiv", "UKR"]
                : [string.Create(CultureInfo.InvariantCulture, $"Given{i % 400}"), string.Create(CultureInfo.InvariantCulture, $"Surname{i}"), date, string.Create(CultureInfo.InvariantCulture, $"Town{i % 50}"), "UKR"];
        }

        // A rare person with a second record: a name and town nobody else holds.
        rows[count - 1] = ["Taras", "Wrzeszcz", "1971-06-24", "Lutsk", "UKR"];
        rows[count - 2] = ["Taras", "Wrzeszcz", dateless ? "" : "1971-06-24", "Lutsk", "UKR"];
        return RecordSet.Build([.. Enumerable.Range(0, count).Select(i => i.ToString(CultureInfo.InvariantCulture))], Fields, (f, i) => rows[i][f], frequenciesFromData: true);
    }

    private static LinkageModel Model => new() { Prior = 1e-5, Fields = Fields };

    [Fact]
    public void Explain_CommonNameAndTown_ShowsANegativeCombinationLine()
    {
        var set = Registry();
        var scorer = new PairScorer(Model, set, NameCombinations.For(set, null, fromData: true));

        var namesakes = scorer.Explain(0, 1);

        var line = namesakes.Fields.Single(f => f.Field == PairScorer.CombinationField);
        line.Weight.ShouldBeLessThan(-5);
        line.Level.ShouldStartWith("given_name + surname + nationality + city together");
        (namesakes.PriorWeight + namesakes.Fields.Sum(f => f.Weight)).ShouldBe(namesakes.TotalWeight, 1e-9);
        scorer.Weight(0, 1).ShouldBe(namesakes.TotalWeight, 1e-9);
    }

    [Fact]
    public void Weight_RareCombination_KeepsTheFieldsOwnWeights()
    {
        var set = Registry();
        var adjusted = new PairScorer(Model, set, NameCombinations.For(set, null, fromData: true));
        var plain = new PairScorer(Model, set);

        adjusted.Weight(set.Count - 2, set.Count - 1).ShouldBe(plain.Weight(set.Count - 2, set.Count - 1), 1e-9);
        adjusted.Explain(set.Count - 2, set.Count - 1).Fields.ShouldNotContain(f => f.Field == PairScorer.CombinationField);
        adjusted.Weight(0, 1).ShouldBeLessThan(plain.Weight(0, 1) - 5);
    }

    [Fact]
    public void For_SmallFile_CountsNothing() =>
        NameCombinations.For(Registry(NameCombinations.MinimumRecords - 1), null, fromData: true).ShouldBeNull();

    [Fact]
    public void ScorePairs_ModelWithStoredCombinations_AdjustsOutsideTheTrainingFile()
    {
        var set = Registry();
        var model = Model.WithNameCombinations(NameCombinations.For(set, null, fromData: true)!.MostCommon());
        var roundTripped = LinkageModel.FromJson(model.ToJson());

        var pair = roundTripped.ScorePair(IvanKoval("a"), IvanKoval("b"));

        pair.Fields.ShouldContain(f => f.Field == PairScorer.CombinationField && f.Weight < -5);
    }

    private static Record IvanKoval(string id) => new(id, new Dictionary<FieldRole, string?>
    {
        [FieldRole.GivenName] = "Ivan",
        [FieldRole.Surname] = "Koval",
        [FieldRole.BirthDate] = "1960-03-02",
        [FieldRole.City] = "Kyiv",
        [FieldRole.Nationality] = "UKR",
    });

    [Fact]
    public void Share_OnePersonsOwnRecords_DoNotMakeACombinationCommon()
    {
        var set = Registry();
        var combinations = NameCombinations.For(set, null, fromData: true)!;
        const int AllParts = 1 | 2 | 4 | 8;

        // Two records of one person (same date): nobody else holds the combination.
        combinations.Share(set.Count - 1, AllParts).ShouldBe(0);
        combinations.Share(0, AllParts).ShouldBeGreaterThan(0.05f);
    }

    [Fact]
    public void Share_ASecondRecordWithoutADate_IsNotAnotherPerson()
    {
        var set = Registry(dateless: true);
        var combinations = NameCombinations.For(set, null, fromData: true)!;
        const int AllParts = 1 | 2 | 4 | 8;

        // "Taras Wrzeszcz" once with a date, once without: still one person, so nobody else.
        combinations.Share(set.Count - 1, AllParts).ShouldBe(0);
        combinations.Share(set.Count - 2, AllParts).ShouldBe(0);
        var adjusted = new PairScorer(Model, set, combinations);
        adjusted.Weight(set.Count - 2, set.Count - 1).ShouldBe(new PairScorer(Model, set).Weight(set.Count - 2, set.Count - 1), 1e-9);
    }
}
