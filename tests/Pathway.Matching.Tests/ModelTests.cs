using System.Globalization;
using Pathway.Matching.Scoring;
using Pathway.Matching.Training;

namespace Pathway.Matching.Tests;

public sealed class ModelTests
{
    [Fact]
    public void ScorePair_Explanation_SumsToFinalLogOdds()
    {
        var pair = LinkageModel.Default.ScorePair(
            DateComparisonTests.Person("a", "Taras", "Szewczenko", "1990-05-04", "AB123456", "Lviv"),
            DateComparisonTests.Person("b", "Taras", "Shevchenko", "1990-04-05", "AB123465", null));
        var sum = pair.PriorWeight + pair.Fields.Sum(f => f.Weight);
        sum.ShouldBe(pair.TotalWeight, 1e-9);
        (1 / (1 + Math.Pow(2, -sum))).ShouldBe(pair.MatchProbability, 1e-12);
        pair.Fields.Single(f => f.Role == FieldRole.Surname).Level.ShouldBe("transliteration");
        pair.Fields.Single(f => f.Role == FieldRole.City).Weight.ShouldBe(0);
        pair.MatchProbability.ShouldBeGreaterThan(0.99);
    }

    [Fact]
    public void ScorePair_SwappedNames_ComparedCrosswise()
    {
        var pair = LinkageModel.Default.ScorePair(
            DateComparisonTests.Person("a", "Hall", "Isla", "1985-02-07"),
            DateComparisonTests.Person("b", "Isla", "Hall", "1985-02-07"));
        pair.NamesSwapped.ShouldBeTrue();
        pair.MatchProbability.ShouldBeGreaterThan(0.9);
    }

    [Theory]
    [InlineData("Tetiana", "Lysenski", "Lysenski", "Tet")] // the crossed given name cut short
    [InlineData("Kowaliak", "Sofiia", "Soifia", "Koawliak")] // a typo in both crossed names
    public void ScorePair_SwappedNamesWithAFault_StillComparedCrosswise(string given, string surname, string swappedGiven, string swappedSurname)
    {
        var pair = LinkageModel.Default.ScorePair(
            DateComparisonTests.Person("a", given, surname, "1999-08-18"),
            DateComparisonTests.Person("b", swappedGiven, swappedSurname, "1999-08-18"));
        pair.NamesSwapped.ShouldBeTrue();
        pair.MatchProbability.ShouldBeGreaterThan(0.9);
    }

    [Fact]
    public void ScorePair_NamesSharingOnlyAShortFormCrosswise_NotASwap()
    {
        // "Jan" begins "Janina", but with the other crossed name different too there is no swap to read.
        var pair = LinkageModel.Default.ScorePair(
            DateComparisonTests.Person("a", "Jan", "Nowak", "1970-03-04"),
            DateComparisonTests.Person("b", "Kowalska", "Janina", "1970-03-04"));
        pair.NamesSwapped.ShouldBeFalse();
    }

    [Fact]
    public void ScorePair_DifferentPeople_LowProbability() =>
        LinkageModel.Default.ScorePair(
            DateComparisonTests.Person("a", "Olena", "Kovalenko", "1971-02-03", "AA000001"),
            DateComparisonTests.Person("b", "Olena", "Kovalchuk", "1988-09-30", "ZX998877")).MatchProbability.ShouldBeLessThan(0.01);

    [Fact]
    public void Model_JsonRoundTrip_ScoresTheSame()
    {
        var copy = LinkageModel.FromJson(LinkageModel.Default.ToJson());
        var a = DateComparisonTests.Person("a", "Ivan", "Petrenko", "1980-01-02");
        var b = DateComparisonTests.Person("b", "Iwan", "Petrenko", "1980-01-02");
        copy.ScorePair(a, b).TotalWeight.ShouldBe(LinkageModel.Default.ScorePair(a, b).TotalWeight, 1e-12);
    }

    [Fact]
    public void TermFrequency_CommonSurname_WeighsLessThanRare()
    {
        var fields = new[] { new FieldParameters { Name = "surname", Role = FieldRole.Surname, Comparison = ComparisonKind.Name, M = [0, .9, .02, .02, .02, .02, .02], U = [0, .01, .01, .01, .02, .1, .85] } };
        var surnames = Enumerable.Repeat("Nowak", 50).Concat(["Wrzeszcz", "Wrzeszcz"]).Concat(Enumerable.Range(0, 48).Select(i => string.Create(CultureInfo.InvariantCulture, $"Name{i}"))).ToArray();
        var set = RecordSet.Build([.. surnames.Select((_, i) => i.ToString(CultureInfo.InvariantCulture))], fields, (_, i) => surnames[i], frequenciesFromData: true);
        var scorer = new PairScorer(new LinkageModel { Prior = 0.01, Fields = fields }, set);
        var common = scorer.Weight(0, 1);
        var rare = scorer.Weight(50, 51);
        rare.ShouldBeGreaterThan(common);
    }

    [Fact]
    public void ExpectationMaximisation_SyntheticMixture_RecoversParameters()
    {
        // Three conditionally independent fields (levels: missing, exact, different), 20% matches.
        double[][] m3 = [[0, .9, .1], [0, .8, .2], [0, .95, .05]];
        double[][] u3 = [[0, .1, .9], [0, .2, .8], [0, .05, .95]];
        var patterns = new Dictionary<ulong, long>();
        for (var a = 1; a <= 2; a++)
        {
            for (var b = 1; b <= 2; b++)
            {
                for (var c = 1; c <= 2; c++)
                {
                    var count = (0.2 * m3[0][a] * m3[1][b] * m3[2][c]) + (0.8 * u3[0][a] * u3[1][b] * u3[2][c]);
                    patterns[(ulong)(uint)a | ((ulong)(uint)b << 4) | ((ulong)(uint)c << 8)] = (long)(count * 1_000_000);
                }
            }
        }

        var fit = ExpectationMaximisation.Run(patterns, [3, 3, 3], [[0, .7, .3], [0, .7, .3], [0, .7, .3]], u3, estimateU: false, initialLambda: 0.5);
        fit.Lambda.ShouldBe(0.2, 0.01);
        fit.M[0][1].ShouldBe(0.9, 0.01);
        fit.M[1][1].ShouldBe(0.8, 0.01);
        fit.M[2][1].ShouldBe(0.95, 0.01);
    }
}
